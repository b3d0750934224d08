"""Actions arising from minutes, and the actions log across meetings."""

from datetime import date

import pytest
from minutes_fixtures import board, meeting

from lscb_desktop.domain.actions import Action, ActionStatus
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.services import action_service, minutes_service

TODAY = date(2019, 1, 22)


@pytest.fixture
def actions(db):
    b = board(db)
    november = minutes_service.start_minutes(db, meeting(db, b.committee_id, date(2018, 11, 13)))
    january = minutes_service.start_minutes(db, meeting(db, b.committee_id, TODAY))
    other = board(db, "Scrutiny Committee")
    elsewhere = minutes_service.start_minutes(db, meeting(db, other.committee_id, TODAY))
    ids = {
        "late": action_service.add_action(db, november[3].id, Action(
            "Contact the venue", "Julie Zientek", date(2018, 12, 1))),
        "done": action_service.add_action(db, november[4].id, Action(
            "Circulate the strategy", "Kerry Birtles", date(2018, 12, 1), ActionStatus.DONE)),
        "due": action_service.add_action(db, january[3].id, Action(
            "Report on taster flats", "Kerry Birtles", date(2019, 3, 19))),
        "scrutiny": action_service.add_action(db, elsewhere[3].id, Action(
            "Invite the Cabinet member", "Democratic Services", date(2019, 1, 1))),
    }
    return b.committee_id, ids


def described(entries):
    return [e.action.description for e in entries]


def test_the_log_lists_actions_across_meetings_with_where_they_arose(db, actions):
    committee_id, _ = actions
    log = action_service.actions_log(db, committee_id, today=TODAY)
    assert described(log) == ["Contact the venue", "Circulate the strategy",
                              "Report on taster flats"]
    first = log[0].logged
    assert (first.meeting_date, first.minute_number, first.minute_title) == (
        date(2018, 11, 13), 4, "Corporate Parenting Strategy")
    assert [e.overdue for e in log] == [True, False, False]


def test_overdue_actions_are_open_and_due_before_today_across_committees(db, actions):
    overdue = action_service.actions_log(db, overdue_only=True, today=TODAY)
    assert described(overdue) == ["Contact the venue", "Invite the Cabinet member"]
    assert described(action_service.actions_log(db, overdue_only=True, today=date(2018, 12, 1))) == []


def test_an_action_done_leaves_the_overdue_list(db, actions):
    _, ids = actions
    action_service.set_status(db, ids["late"], ActionStatus.DONE)
    assert "Contact the venue" not in described(
        action_service.actions_log(db, overdue_only=True, today=TODAY))
    assert described(action_service.actions_log(db, open_only=True, today=TODAY)) == [
        "Invite the Cabinet member", "Report on taster flats"]


def test_an_action_needs_a_description_and_an_owner(db, actions):
    _, ids = actions
    minute_id = action_service.actions_log(db, today=TODAY)[0].logged.action.minute_id
    with pytest.raises(ValidationError, match="enter who will do it"):
        action_service.add_action(db, minute_id, Action("Book the room", ""))
    stored = action_service.actions_for_minute(db, minute_id)
    assert described_actions(stored) == ["Contact the venue"]
    action_service.update_action(db, Action("Contact the new venue", "Ben Tranter",
                                            id=ids["late"]))
    assert described_actions(action_service.actions_for_minute(db, minute_id)) == [
        "Contact the new venue"]
    action_service.delete_action(db, ids["late"])
    assert action_service.actions_for_minute(db, minute_id) == []


def described_actions(actions):
    return [a.description for a in actions]
