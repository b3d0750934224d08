"""Agenda edits made after the minutes were started reach the minutes in the same transaction:
new items get their minute, renamed items rename it, Part 2 changes rewrite the exclusion
resolution, removed items take their minute with them while nothing is written in it, and the
agenda of approved minutes cannot change at all."""

from dataclasses import replace
from datetime import date

import pytest
from minutes_fixtures import board, meeting

from lscb_desktop.domain.actions import Action
from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.domain.decisions import Decision
from lscb_desktop.domain.declarations import InterestKind
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.minutes import MinuteKind
from lscb_desktop.services import (
    action_service, agenda_service, attendance_service, minutes_approval_service, minutes_service,
)

NOV = date(2018, 11, 13)
EXCLUSION = "Exclusion of the Press and Public"


@pytest.fixture
def started(db):
    """A meeting (standard items, Strategy, Update, Voice, Part 2 Fostering Panel) whose
    minutes are started, numbered from 18."""
    b = board(db)
    mid = meeting(db, b.committee_id, NOV, held=True)
    minutes_service.start_minutes(db, mid, first=18)
    return mid


def numbered(db, mid) -> list[tuple[int, str]]:
    return [(m.number, m.title) for m in minutes_service.get_minutes(db, mid)]


def titles(db, mid) -> list[str]:
    return [title for _, title in numbered(db, mid)]


def item(db, mid, title) -> AgendaItem:
    return next(i for i in agenda_service.agenda(db, mid) if i.title == title)


def minute(db, mid, title):
    return next(m for m in minutes_service.get_minutes(db, mid) if m.title == title)


def exclusion_text(db, mid) -> str:
    return minute(db, mid, EXCLUSION).decisions[0].text


def write(db, mid, title, narrative="The committee discussed the item."):
    minutes_service.update_minute(db, replace(minute(db, mid, title), narrative=narrative))


def test_without_minutes_an_agenda_edit_starts_none(db):
    b = board(db)
    mid = meeting(db, b.committee_id, NOV)
    agenda_service.add_item(db, mid, AgendaItem("Late Item"))
    assert minutes_service.find_record(db, mid) is None


def test_a_new_item_gets_its_minute_in_agenda_order_and_the_numbers_follow(db, started):
    agenda_service.add_item(db, started, AgendaItem("Late Item"), index=4)
    assert numbered(db, started) == [
        (18, "Apologies for Absence"), (19, "Declarations of Interest"),
        (20, "Minutes of Previous Meeting"), (21, "Corporate Parenting Strategy"),
        (22, "Late Item"), (23, "Update Report"), (24, "Voice of Children"),
        (25, EXCLUSION), (26, "Fostering Panel Annual Report")]
    late = minute(db, started, "Late Item")
    assert late.agenda_item_id == item(db, started, "Late Item").id
    assert (late.narrative, late.decisions, late.part) == ("", [], 1)


def test_a_new_item_goes_among_the_minutes_not_yet_taken(db, started):
    write(db, started, "Corporate Parenting Strategy")
    write(db, started, "Update Report")
    agenda_service.add_item(db, started, AgendaItem("Late Item"), index=3)  # first report item
    assert titles(db, started)[3:7] == [
        "Corporate Parenting Strategy", "Update Report", "Late Item", "Voice of Children"]


def test_the_order_the_chair_took_the_items_in_is_kept(db, started):
    voice = minute(db, started, "Voice of Children")
    minutes_service.move_minute(db, started, voice.id, 3)  # taken before the strategy
    agenda_service.add_item(db, started, AgendaItem("Late Item"))
    assert titles(db, started)[3:7] == [
        "Voice of Children", "Corporate Parenting Strategy", "Update Report", "Late Item"]


def test_a_new_part_2_item_joins_the_exclusion_resolution(db, started):
    agenda_service.add_item(db, started, AgendaItem("Tenders", part=2, exempt_paragraphs=[3]))
    assert titles(db, started)[-3:] == [EXCLUSION, "Fostering Panel Annual Report", "Tenders"]
    text = exclusion_text(db, started)
    assert "consideration of the following items" in text
    assert "Paragraphs 1, 2 and 3 of Part 1 of Schedule 12A" in text


def test_a_renamed_item_renames_its_minute(db, started):
    update = item(db, started, "Update Report")
    agenda_service.update_item(db, replace(update, title="Performance Update"))
    assert minute(db, started, "Performance Update").agenda_item_id == update.id
    assert "Update Report" not in titles(db, started)


def test_a_minute_the_clerk_retitled_keeps_its_title(db, started):
    minutes_service.update_minute(db, replace(minute(db, started, "Update Report"),
                                              title="Update on Performance"))
    update = item(db, started, "Update Report")
    agenda_service.update_item(db, replace(update, title="Performance Update"))
    assert "Update on Performance" in titles(db, started)
    assert "Performance Update" not in titles(db, started)


def test_a_paragraph_change_rewrites_the_exclusion_resolution(db, started):
    fostering = item(db, started, "Fostering Panel Annual Report")
    agenda_service.update_item(db, replace(fostering, exempt_paragraphs=[7]))
    assert "Paragraph 7 of Part 1 of Schedule 12A" in exclusion_text(db, started)
    assert minute(db, started, "Fostering Panel Annual Report").exempt_paragraphs == [7]


def test_an_item_moved_to_part_2_takes_its_untaken_minute_behind_the_exclusion(db, started):
    update = item(db, started, "Update Report")
    agenda_service.update_item(db, replace(update, part=2, exempt_paragraphs=[4]))
    assert numbered(db, started)[3:] == [
        (21, "Corporate Parenting Strategy"), (22, "Voice of Children"), (23, EXCLUSION),
        (24, "Fostering Panel Annual Report"), (25, "Update Report")]
    assert "Paragraphs 1, 2 and 4" in exclusion_text(db, started)
    assert minute(db, started, "Update Report").part == 2


def test_with_no_part_2_item_left_the_exclusion_resolution_goes(db, started):
    fostering = item(db, started, "Fostering Panel Annual Report")
    agenda_service.update_item(db, replace(fostering, part=1, exempt_paragraphs=[]))
    assert EXCLUSION not in titles(db, started)
    assert numbered(db, started)[-1] == (24, "Fostering Panel Annual Report")


def test_an_item_moved_on_the_agenda_moves_its_untaken_minute(db, started):
    agenda_service.move_item(db, started, item(db, started, "Voice of Children").id, 3)
    assert titles(db, started)[3:6] == [
        "Voice of Children", "Corporate Parenting Strategy", "Update Report"]


def test_a_taken_minute_stays_where_it_was_taken_when_its_item_moves(db, started):
    write(db, started, "Voice of Children")
    agenda_service.move_item(db, started, item(db, started, "Voice of Children").id, 3)
    assert titles(db, started)[3:6] == [
        "Corporate Parenting Strategy", "Update Report", "Voice of Children"]


def test_a_removed_items_empty_minute_goes_and_the_numbers_close_up(db, started):
    agenda_service.delete_item(db, item(db, started, "Update Report").id)
    assert numbered(db, started)[3:] == [
        (21, "Corporate Parenting Strategy"), (22, "Voice of Children"), (23, EXCLUSION),
        (24, "Fostering Panel Annual Report")]


def test_the_minutes_drafted_for_the_standard_items_do_not_count_as_written(db, started):
    assert minute(db, started, "Apologies for Absence").narrative  # drafted at the start
    agenda_service.delete_item(db, item(db, started, "Apologies for Absence").id)
    assert titles(db, started)[0] == "Declarations of Interest"


def written_narrative(db, mid, m):
    write(db, mid, m.title)


def written_decision(db, mid, m):
    minutes_service.add_decision(db, m.id, Decision("That the report be noted."))


def written_action(db, mid, m):
    action_service.add_action(db, m.id, Action("Write to the provider", "Marcus Reid"))


@pytest.mark.parametrize("what, shown", [
    (written_narrative, "already has narrative"),
    (written_decision, "already has decisions"),
    (written_action, "already has actions"),
])
def test_removing_an_item_whose_minute_has_been_written_is_refused(db, started, what, shown):
    what(db, started, minute(db, started, "Update Report"))
    agenda = agenda_service.agenda(db, started)
    minutes = minutes_service.get_minutes(db, started)
    with pytest.raises(ValidationError) as err:
        agenda_service.delete_item(db, item(db, started, "Update Report").id)
    assert f"'Update Report' cannot be removed from the agenda: its minute (Minute 22) {shown}" \
        in str(err.value)
    assert "Clear the minute first" in str(err.value)
    assert agenda_service.agenda(db, started) == agenda  # the whole edit undone
    assert minutes_service.get_minutes(db, started) == minutes


def test_removing_an_item_a_member_declared_an_interest_in_is_refused(db, started):
    strategy = item(db, started, "Corporate Parenting Strategy")
    member = attendance_service.attendance(db, started)[2]
    attendance_service.declare_interest(db, started, member.member_id, strategy.id,
                                        InterestKind.NON_REGISTRABLE, "as a foster carer")
    with pytest.raises(ValidationError,
                       match="Councillor L Durham declared an interest in it. Withdraw"):
        agenda_service.delete_item(db, strategy.id)
    assert item(db, started, "Corporate Parenting Strategy") == strategy


def test_undoing_a_removal_brings_the_minute_back(db, started):
    agenda = agenda_service.agenda(db, started)
    agenda_service.delete_item(db, item(db, started, "Update Report").id)
    agenda_service.restore_agenda(db, started, agenda)
    assert numbered(db, started)[4] == (22, "Update Report")
    assert minute(db, started, "Update Report").agenda_item_id == agenda[4].id


def test_an_edit_the_minutes_do_not_show_leaves_them_untouched(db, started):
    minutes = minutes_service.get_minutes(db, started)
    update = item(db, started, "Update Report")
    agenda_service.update_item(db, replace(update, purpose="To note the quarterly update."))
    assert minutes_service.get_minutes(db, started) == minutes  # decision ids included


@pytest.fixture
def approved(db):
    """A held meeting whose minutes were approved at the next meeting."""
    b = board(db)
    mid = meeting(db, b.committee_id, NOV, held=True)
    minutes_service.start_minutes(db, mid, first=18)
    later = meeting(db, b.committee_id, date(2019, 1, 22))
    minutes_approval_service.approve_minutes(db, mid, later, "Ben Tranter", today=date(2019, 1, 22))
    return mid


@pytest.mark.parametrize("edit", [
    lambda db, mid: agenda_service.add_item(db, mid, AgendaItem("Late Item")),
    lambda db, mid: agenda_service.update_item(db, replace(item(db, mid, "Update Report"),
                                                           title="Renamed")),
    lambda db, mid: agenda_service.update_item(db, replace(item(db, mid, "Update Report"),
                                                           purpose="Another purpose")),
    lambda db, mid: agenda_service.delete_item(db, item(db, mid, "Update Report").id),
    lambda db, mid: agenda_service.move_item(db, mid, item(db, mid, "Update Report").id, 3),
    lambda db, mid: agenda_service.restore_agenda(db, mid, agenda_service.agenda(db, mid)[:4]),
], ids=["add", "rename", "purpose", "remove", "move", "restore"])
def test_the_agenda_of_approved_minutes_cannot_change(db, approved, edit):
    agenda = agenda_service.agenda(db, approved)
    minutes = minutes_service.get_minutes(db, approved)
    with pytest.raises(ValidationError) as err:
        edit(db, approved)
    assert "The minutes of the meeting held on 13 November 2018 were approved (" in str(err.value)
    assert "its agenda can no longer change" in str(err.value)
    assert "record a correction" in str(err.value)
    assert agenda_service.agenda(db, approved) == agenda
    assert minutes_service.get_minutes(db, approved) == minutes


def test_every_minute_is_the_minute_of_an_item_on_the_agenda_after_many_edits(db, started):
    agenda_service.add_item(db, started, AgendaItem("A", part=2, exempt_paragraphs=[5]))
    agenda_service.add_item(db, started, AgendaItem("B"), index=0)
    agenda_service.move_item(db, started, item(db, started, "B").id, 5)
    agenda_service.delete_item(db, item(db, started, "Voice of Children").id)
    agenda_service.update_item(db, replace(item(db, started, "A"), part=1, exempt_paragraphs=[]))
    minutes = minutes_service.get_minutes(db, started)
    items = [m for m in minutes if m.kind is MinuteKind.ITEM]
    assert sorted(m.agenda_item_id for m in items) == sorted(
        i.id for i in agenda_service.agenda(db, started))
    assert [m.number for m in minutes] == list(range(18, 18 + len(minutes)))
    kinds = [(m.kind, m.part) for m in minutes]
    assert kinds.index((MinuteKind.EXCLUSION, 1)) == kinds.index((MinuteKind.ITEM, 2)) - 1
