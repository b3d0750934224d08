"""Meetings open with the committee's standard items; agenda edits keep the rules."""

from datetime import date, time

import pytest

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.domain.preferences import CLEAR_DAYS
from lscb_desktop.services import agenda_service, committee_service, meeting_service, settings_service
from lscb_desktop.domain.errors import NotFound


@pytest.fixture
def committee_id(db):
    return committee_service.create_committee(
        db, Committee("Corporate Parenting Committee", "Committee Room 2", time(16, 0))
    )


def titles(db, meeting_id):
    return [i.title for i in agenda_service.agenda(db, meeting_id)]


def test_a_new_meeting_opens_with_the_standard_items_and_names_the_previous_meeting(db, committee_id):
    meeting_service.create_meeting(db, committee_id, date(2018, 11, 13))
    meeting_id = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    items = agenda_service.agenda(db, meeting_id)
    assert [i.title for i in items] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes of Previous Meeting"]
    assert all(i.kind is ItemKind.STANDARD for i in items)
    assert items[1].purpose.startswith("To provide an opportunity for Members and Officers")
    assert items[2].purpose == "To approve the minutes of the meeting held on 13 November 2018."


def test_a_meeting_takes_the_committees_defaults(db, committee_id):
    meeting = meeting_service.get_meeting(
        db, meeting_service.create_meeting(db, committee_id, date(2019, 1, 22)))
    assert meeting.venue == "Committee Room 2"
    assert meeting.start_time == time(16, 0)
    assert meeting.status is MeetingStatus.DRAFT


def test_committee_names_are_unique(db, committee_id):
    with pytest.raises(ValidationError) as err:
        committee_service.create_committee(db, Committee("corporate parenting committee"))
    assert err.value.field == "name"


def test_items_are_added_at_the_end_of_their_part(db, committee_id):
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    agenda_service.add_item(db, mid, AgendaItem("Tenders", part=2, exempt_paragraphs=[3]))
    agenda_service.add_item(db, mid, AgendaItem("Scorecard"))
    assert titles(db, mid)[-2:] == ["Scorecard", "Tenders"]


def test_an_item_moved_to_part_2_goes_after_part_1_and_back(db, committee_id):
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    a = agenda_service.add_item(db, mid, AgendaItem("A"))
    agenda_service.add_item(db, mid, AgendaItem("B"))
    item = next(i for i in agenda_service.agenda(db, mid) if i.id == a)
    item.part, item.exempt_paragraphs = 2, [1, 2]
    agenda_service.update_item(db, item)
    assert titles(db, mid)[-2:] == ["B", "A"]
    item.part = 1
    agenda_service.update_item(db, item)
    stored = next(i for i in agenda_service.agenda(db, mid) if i.id == a)
    assert stored.exempt_paragraphs == []
    assert titles(db, mid)[-1] == "A"


def test_a_bad_item_changes_nothing(db, committee_id):
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    before = agenda_service.agenda(db, mid)
    with pytest.raises(ValidationError):
        agenda_service.add_item(db, mid, AgendaItem("Secret", part=2))
    assert agenda_service.agenda(db, mid) == before


def test_move_delete_and_restore(db, committee_id):
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    report = agenda_service.add_item(db, mid, AgendaItem("Report"))
    snapshot = agenda_service.agenda(db, mid)
    agenda_service.move_item(db, mid, report, 0)
    assert titles(db, mid)[0] == "Report"
    agenda_service.delete_item(db, report)
    assert "Report" not in titles(db, mid)
    agenda_service.restore_agenda(db, mid, snapshot)
    assert agenda_service.agenda(db, mid) == snapshot


def test_deadline_reads_the_clear_days_setting(db, committee_id):
    meeting = meeting_service.get_meeting(
        db, meeting_service.create_meeting(db, committee_id, date(2019, 1, 22)))
    assert meeting_service.deadline(db, meeting, date(2019, 1, 14)).publish_by == date(2019, 1, 14)
    assert not meeting_service.deadline(db, meeting, date(2019, 1, 14)).passed
    assert meeting_service.deadline(db, meeting, date(2019, 1, 15)).passed
    settings_service.set_value(db, CLEAR_DAYS, 3)
    assert meeting_service.deadline(db, meeting, date(2019, 1, 15)).publish_by == date(2019, 1, 16)
    assert meeting_service.list_meetings(db)[0].publish_by == date(2019, 1, 16)


def test_a_published_agenda_has_no_passed_deadline(db, committee_id):
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    meeting = meeting_service.set_status(db, mid, MeetingStatus.AGENDA_PUBLISHED, date(2019, 1, 10))
    assert meeting.published_on == date(2019, 1, 10)
    assert not meeting_service.deadline(db, meeting, date(2019, 1, 20)).passed
    with pytest.raises(ValidationError):
        meeting_service.set_status(db, mid, MeetingStatus.MINUTES_APPROVED)


def test_future_meetings_are_the_later_ones_of_the_same_committee(db, committee_id):
    other = committee_service.create_committee(db, Committee("Audit Committee", "Room 1"))
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    meeting_service.create_meeting(db, committee_id, date(2019, 3, 19))
    meeting_service.create_meeting(db, committee_id, date(2018, 11, 13))
    meeting_service.create_meeting(db, other, date(2019, 2, 1))
    later = meeting_service.future_meetings(db, meeting_service.get_meeting(db, mid))
    assert [m.date for m in later] == [date(2019, 3, 19)]


def test_unknown_records_are_named(db):
    with pytest.raises(NotFound, match="meeting with id 42"):
        meeting_service.get_meeting(db, 42)


def test_deleting_a_committee_removes_its_meetings_and_items(db, committee_id):
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    committee_service.delete_committee(db, committee_id)
    assert agenda_service.agenda(db, mid) == []
    assert meeting_service.list_meetings(db) == []
