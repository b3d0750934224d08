"""Matters arising: open actions put on the committee's next agenda as one item."""

from datetime import date

import pytest
from minutes_fixtures import board, meeting

from lscb_desktop.domain.actions import Action, ActionStatus
from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import (
    action_service, agenda_service, matters_arising_service, meeting_service, minutes_service,
)
from lscb_desktop.services.matters_arising_service import MATTERS_ARISING, put_on_next_agenda

TODAY = date(2019, 1, 2)
NEXT = date(2019, 1, 22)


@pytest.fixture
def committee(db):
    """November's minutes with a late action, an open one and a done one; January's meeting
    still to come; another committee with an open action of its own."""
    b = board(db)
    november = minutes_service.start_minutes(
        db, meeting(db, b.committee_id, date(2018, 11, 13), held=True))
    next_id = meeting(db, b.committee_id, NEXT)
    other = board(db, "Scrutiny Committee")
    elsewhere = minutes_service.start_minutes(db, meeting(db, other.committee_id,
                                                         date(2018, 12, 4)))
    ids = {
        "late": action_service.add_action(db, november[4].id, Action(
            "Contact the venue", "Julie Zientek", date(2018, 12, 1))),
        "open": action_service.add_action(db, november[3].id, Action(
            "Report on taster flats", "Kerry Birtles", date(2019, 3, 19))),
        "done": action_service.add_action(db, november[5].id, Action(
            "Circulate the strategy", "Kerry Birtles", date(2018, 12, 1), ActionStatus.DONE)),
        "scrutiny": action_service.add_action(db, elsewhere[3].id, Action(
            "Invite the Cabinet member", "Democratic Services")),
    }
    return b.committee_id, next_id, ids


def titles(db, meeting_id):
    return [item.title for item in agenda_service.agenda(db, meeting_id)]


def matters_arising_items(db, meeting_id):
    return [it for it in agenda_service.agenda(db, meeting_id)
            if it.standard_key == MATTERS_ARISING]


def test_open_actions_go_after_the_minutes_item_with_minute_date_owner_and_due(db, committee):
    committee_id, next_id, _ = committee
    result = put_on_next_agenda(db, committee_id, today=TODAY)
    assert (result.meeting.id, result.added, result.action_count) == (next_id, True, 2)
    assert titles(db, next_id)[:4] == ["Apologies for Absence", "Declarations of Interest",
                                       "Minutes of Previous Meeting", "Matters Arising"]
    item = agenda_service.agenda(db, next_id)[3]
    assert item.id == result.item_id and item.is_standard and item.part == 1
    assert item.purpose.splitlines() == [
        "To note progress on the actions arising from previous meetings:",
        "\u2022 Minute 4 (13 November 2018): Report on taster flats \u2013 Kerry Birtles, "
        "due 19 March 2019",
        "\u2022 Minute 5 (13 November 2018): Contact the venue \u2013 Julie Zientek, "
        "due 1 December 2018 (OVERDUE)",
    ]


def test_doing_it_again_updates_the_one_item(db, committee):
    committee_id, next_id, ids = committee
    first = put_on_next_agenda(db, committee_id, today=TODAY)
    action_service.set_status(db, ids["late"], ActionStatus.DONE)
    again = put_on_next_agenda(db, committee_id, today=TODAY)
    assert (again.item_id, again.added, again.action_count) == (first.item_id, False, 1)
    [item] = matters_arising_items(db, next_id)
    assert "Report on taster flats" in item.purpose
    assert "Contact the venue" not in item.purpose


def test_only_the_chosen_actions_are_listed_in_the_logs_order(db, committee):
    committee_id, next_id, ids = committee
    put_on_next_agenda(db, committee_id, [ids["late"]], today=TODAY)
    [item] = matters_arising_items(db, next_id)
    assert "Contact the venue" in item.purpose and "taster flats" not in item.purpose
    put_on_next_agenda(db, committee_id, [ids["late"], ids["open"]], today=TODAY)
    [item] = matters_arising_items(db, next_id)
    assert item.purpose.index("taster flats") < item.purpose.index("Contact the venue")


def test_without_a_minutes_item_it_goes_after_the_last_standard_item(db, committee):
    committee_id, next_id, _ = committee
    minutes_item = agenda_service.agenda(db, next_id)[2]
    agenda_service.delete_item(db, minutes_item.id)
    put_on_next_agenda(db, committee_id, today=TODAY)
    assert titles(db, next_id)[:3] == ["Apologies for Absence", "Declarations of Interest",
                                       "Matters Arising"]


def test_the_next_meeting_is_the_first_after_today_not_yet_held(db, committee):
    committee_id, next_id, _ = committee
    later = meeting(db, committee_id, date(2019, 3, 19))
    assert matters_arising_service.next_meeting(db, committee_id, TODAY).id == next_id
    assert matters_arising_service.next_meeting(db, committee_id, NEXT).id == later


def test_no_next_meeting_says_to_add_it_first(db, committee):
    committee_id, _, _ = committee
    with pytest.raises(ValidationError, match="Add the next meeting first"):
        put_on_next_agenda(db, committee_id, today=NEXT)


def test_a_published_agenda_is_refused_and_left_as_it_was(db, committee):
    committee_id, next_id, _ = committee
    meeting_service.set_status(db, next_id, MeetingStatus.AGENDA_PUBLISHED, today=TODAY)
    before = agenda_service.agenda(db, next_id)
    with pytest.raises(ValidationError, match="has been published.*Set the meeting back to "
                                              "Draft"):
        put_on_next_agenda(db, committee_id, today=TODAY)
    assert agenda_service.agenda(db, next_id) == before


@pytest.mark.parametrize("chosen, message", [
    ("done", "is done: only open actions are matters arising"),
    ("scrutiny", "arose at Scrutiny Committee, not Corporate Parenting Committee"),
])
def test_an_action_that_cannot_be_a_matter_arising_writes_nothing(db, committee, chosen,
                                                                  message):
    committee_id, next_id, ids = committee
    before = agenda_service.agenda(db, next_id)
    with pytest.raises(ValidationError, match=message):
        put_on_next_agenda(db, committee_id, [ids["open"], ids[chosen]], today=TODAY)
    assert agenda_service.agenda(db, next_id) == before


def test_an_unknown_action_or_none_at_all_is_refused(db, committee):
    committee_id, _, _ = committee
    with pytest.raises(NotFound, match="no action with id 999"):
        put_on_next_agenda(db, committee_id, [999], today=TODAY)
    with pytest.raises(ValidationError, match="Choose at least one open action"):
        put_on_next_agenda(db, committee_id, [], today=TODAY)


def test_a_committee_with_no_open_actions_has_no_matters_arising(db, committee):
    committee_id, next_id, ids = committee
    for key in ("late", "open"):
        action_service.set_status(db, ids[key], ActionStatus.CANCELLED)
    with pytest.raises(ValidationError, match="no open actions from earlier meetings"):
        put_on_next_agenda(db, committee_id, today=TODAY)
    assert matters_arising_items(db, next_id) == []


def test_the_plan_says_where_the_actions_will_go_before_anything_is_written(db, committee):
    committee_id, next_id, _ = committee
    plan = matters_arising_service.prepare(db, committee_id, today=TODAY)
    assert plan.meeting.id == next_id and plan.existing_item_id is None
    assert plan.summary() == ("2 actions go on the agenda of the meeting on Tuesday 22 January "
                              "2019, as a new item 'Matters Arising'.")
    assert matters_arising_items(db, next_id) == []
    put_on_next_agenda(db, committee_id, today=TODAY)
    assert "replacing the list" in matters_arising_service.prepare(
        db, committee_id, today=TODAY).summary()
