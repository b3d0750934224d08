"""Approved minutes are the signed record: locked, and changed only by a recorded correction
that keeps the original text."""

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from minutes_fixtures import board, meeting

from lscb_desktop.domain.attendance import AttendanceStatus
from lscb_desktop.domain.declarations import InterestKind
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.domain.minutes import CorrectedField
from lscb_desktop.services import (
    attendance_service, meeting_service, minutes_approval_service, minutes_service,
)

SEPT, NOV = date(2018, 9, 18), date(2018, 11, 13)


@pytest.fixture
def two_meetings(db):
    """September's held meeting with draft minutes; November's, which approves them."""
    b = board(db)
    september = meeting(db, b.committee_id, SEPT, held=True)
    minutes_service.start_minutes(db, september, first=10)
    november = meeting(db, b.committee_id, NOV)
    minutes_service.start_minutes(db, november)
    return b, september, november


def approve(db, september, november, amendment=""):
    return minutes_approval_service.approve_minutes(db, september, november, "Julie Zientek",
                                                    amendment, today=NOV)


def test_approval_locks_the_minutes_and_records_the_resolution(db, two_meetings):
    _, september, november = two_meetings
    record = approve(db, september, november,
                     "an amendment to add apologies for absence from Councillor M Warren")
    assert record.locked and record.approved_on == NOV
    assert record.approval_reference == "Minute 20, 13 November 2018"
    assert record.amendment == "an amendment to add apologies for absence from Councillor M Warren"
    assert meeting_service.get_meeting(db, september).status is MeetingStatus.MINUTES_APPROVED
    approving = minutes_service.get_minutes(db, november)[2]
    assert approving.number == 20
    assert [d.text for d in approving.decisions] == [
        "That the minutes of the meeting held on 18 September 2018 be approved as a correct "
        "record, subject to an amendment to add apologies for absence from Councillor M Warren."]


def test_every_edit_of_approved_minutes_is_refused_with_the_way_out(db, two_meetings):
    b, september, november = two_meetings
    approve(db, september, november)
    minute = minutes_service.get_minutes(db, september)[3]
    attendance = attendance_service.attendance(db, september)[2]
    item_id = minute.agenda_item_id
    edits = [
        lambda: minutes_service.update_minute(db, replace(minute, narrative="Changed.")),
        lambda: minutes_service.move_minute(db, september, minute.id, 0),
        lambda: minutes_service.set_times(db, september, time(16), time(17)),
        lambda: minutes_service.set_first_number(db, september, 1),
        lambda: attendance_service.set_attendance(db, attendance.id, AttendanceStatus.ABSENT),
        lambda: attendance_service.set_attendees(db, september, []),
        lambda: attendance_service.declare_interest(db, september, b.members["L Durham"],
                                                    item_id, InterestKind.NON_REGISTRABLE),
        lambda: approve(db, september, november),
    ]
    for edit in edits:
        with pytest.raises(ValidationError, match="Record a correction instead") as refused:
            edit()
        assert "18 September 2018 were approved (Minute 20, 13 November 2018)" in str(
            refused.value)
    assert minutes_service.get_minute(db, minute.id) == minute


def test_a_correction_changes_approved_minutes_and_keeps_the_original(db, two_meetings):
    _, september, november = two_meetings
    minute = minutes_service.get_minutes(db, september)[3]
    minutes_service.update_minute(db, replace(minute, narrative="The Committee noted it."))
    approve(db, september, november)
    when = datetime(2019, 1, 22, 16, 30)
    minutes_approval_service.correct_minute(
        db, minute.id, "The Committee noted the strategy.", "Minute 31, 22 January 2019",
        "Julie Zientek", now=when)
    assert minutes_service.get_minute(db, minute.id).narrative == "The Committee noted the strategy."
    [entry] = minutes_approval_service.history(db, minute.id)
    assert (entry.field, entry.original, entry.corrected) == (
        CorrectedField.NARRATIVE, "The Committee noted it.", "The Committee noted the strategy.")
    assert (entry.corrected_by, entry.corrected_at, entry.resolution_reference) == (
        "Julie Zientek", when, "Minute 31, 22 January 2019")


def test_a_decision_of_approved_minutes_is_corrected_in_place(db, two_meetings):
    _, september, november = two_meetings
    approve(db, september, november)
    approving = minutes_service.get_minutes(db, november)[2]
    next_meeting = meeting(db, two_meetings[0].committee_id, date(2019, 1, 22))
    minutes_service.start_minutes(db, next_meeting)
    for status in (MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD):
        meeting_service.set_status(db, november, status)
    approve(db, november, next_meeting)
    minutes_approval_service.correct_minute(
        db, approving.id, "That the minutes be approved.", "Minute 30, 22 January 2019",
        "Julie Zientek", decision_position=0)
    assert [d.text for d in minutes_service.get_minute(db, approving.id).decisions] == [
        "That the minutes be approved."]
    assert minutes_approval_service.history(db, approving.id)[0].original.startswith(
        "That the minutes of the meeting held on 18 September 2018")
    with pytest.raises(ValidationError, match="choose one of them"):
        minutes_approval_service.correct_minute(db, approving.id, "x", "Minute 30", "J",
                                                decision_position=3)


def test_a_correction_needs_its_authority_and_approved_minutes(db, two_meetings):
    _, september, november = two_meetings
    minute = minutes_service.get_minutes(db, september)[3]
    with pytest.raises(ValidationError, match="edit them directly"):
        minutes_approval_service.correct_minute(db, minute.id, "New.", "Minute 31", "J Z")
    approve(db, september, november)
    with pytest.raises(ValidationError, match="resolution that authorised it"):
        minutes_approval_service.correct_minute(db, minute.id, "New.", " ", "J Z")
    assert minutes_approval_service.history(db, minute.id) == []
    assert minutes_service.get_minute(db, minute.id).narrative == ""


def test_minutes_are_approved_by_a_later_meeting_of_the_committee_once_held(db, two_meetings):
    b, september, november = two_meetings
    with pytest.raises(ValidationError, match="later meeting of the same committee"):
        approve(db, november, september)
    other = board(db, "Children and Families Scrutiny")
    elsewhere = meeting(db, other.committee_id, date(2019, 1, 22))
    with pytest.raises(ValidationError, match="later meeting of the same committee"):
        approve(db, september, elsewhere)
    later = meeting(db, b.committee_id, date(2019, 1, 22))
    with pytest.raises(ValidationError, match="mark it held, then approve"):
        approve(db, november, later)
    assert not minutes_service.record(db, november).locked


def test_the_status_of_a_meeting_with_signed_minutes_cannot_step_back(db, two_meetings):
    _, september, november = two_meetings
    approve(db, september, november)
    with pytest.raises(ValidationError, match="Record a correction"):
        meeting_service.set_status(db, september, MeetingStatus.HELD)
    assert meeting_service.get_meeting(db, september).status is MeetingStatus.MINUTES_APPROVED
