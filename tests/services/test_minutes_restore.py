"""Putting minutes back as they were (the minutes page's undo and redo): the order of
taking, the declarations, a minute's actions; and which meetings have minutes started."""

from datetime import date

import pytest
from minutes_fixtures import board, meeting

from lscb_desktop.domain.actions import Action, ActionStatus
from lscb_desktop.domain.declarations import InterestKind
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.services import (
    action_service, agenda_service, attendance_service, minutes_approval_service,
    minutes_service,
)

NOV = date(2018, 11, 13)


@pytest.fixture
def held(db):
    b = board(db)
    mid = meeting(db, b.committee_id, NOV, held=True)
    minutes_service.start_minutes(db, mid)
    return b, mid


def test_restore_order_puts_a_moved_minute_back_and_the_numbers_follow(db, held):
    _, mid = held
    before = minutes_service.get_minutes(db, mid)
    update = next(m for m in before if m.title == "Update Report")
    minutes_service.move_minute(db, mid, update.id, 0)
    assert minutes_service.get_minutes(db, mid)[0].title == "Update Report"
    restored = minutes_service.restore_order(db, mid, [m.id for m in before])
    assert [(m.id, m.number) for m in restored] == [(m.id, m.number) for m in before]


def test_restore_order_is_refused_on_approved_minutes(db, held):
    b, mid = held
    later = meeting(db, b.committee_id, date(2019, 1, 22))
    order = [m.id for m in minutes_service.get_minutes(db, mid)]
    minutes_approval_service.approve_minutes(db, mid, later, "Clerk")
    with pytest.raises(ValidationError, match="signed record"):
        minutes_service.restore_order(db, mid, list(reversed(order)))


def test_minuted_meetings_lists_the_meetings_whose_minutes_have_started(db, held):
    b, mid = held
    meeting(db, b.committee_id, date(2019, 1, 22))
    assert minutes_service.minuted_meetings(db, b.committee_id) == {mid}


def test_restore_declarations_rewrites_the_declarations_minute(db, held):
    b, mid = held
    item = next(i for i in agenda_service.agenda(db, mid) if i.title == "Update Report")
    attendance_service.declare_interest(db, mid, b.members["L Durham"], item.id,
                                        InterestKind.NON_REGISTRABLE, "as a foster carer")
    declared = attendance_service.declarations(db, mid)
    attendance_service.restore_declarations(db, mid, [])
    assert attendance_service.declarations(db, mid) == []
    attendance_service.restore_declarations(db, mid, declared)
    [back] = attendance_service.declarations(db, mid)
    assert (back.member_name, back.item_title, back.description) == (
        "L Durham", "Update Report", "as a foster carer")
    minute = next(m for m in minutes_service.get_minutes(db, mid)
                  if m.title == "Declarations of Interest")
    assert minute.narrative.startswith("Councillor L Durham declared a non-registrable")


def test_restore_actions_keeps_ids_and_brings_back_deleted_ones(db, held):
    _, mid = held
    minute = minutes_service.get_minutes(db, mid)[3]
    first = action_service.add_action(db, minute.id, Action("Contact the venue", "Ben"))
    second = action_service.add_action(db, minute.id, Action("Book the room", "Amy"))
    before = action_service.actions_for_minute(db, minute.id)
    action_service.set_status(db, first, ActionStatus.DONE)
    action_service.delete_action(db, second)
    action_service.restore_actions(db, minute.id, before)
    after = action_service.actions_for_minute(db, minute.id)
    assert [(a.description, a.status) for a in after] == [
        ("Contact the venue", ActionStatus.OPEN), ("Book the room", ActionStatus.OPEN)]
    assert after[0].id == first
    action_service.restore_actions(db, minute.id, [])
    assert action_service.actions_for_minute(db, minute.id) == []
