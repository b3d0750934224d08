"""Approving minutes and correcting them afterwards. Once the next meeting resolves to approve
them they are the signed record (Local Government Act 1972, Schedule 12 para 41): locked, and
changed only by a recorded correction that keeps the text it replaces."""

from dataclasses import replace
from datetime import date, datetime

from sqlite_utils import Database

from ..domain.dates import long_date
from ..domain.decisions import Decision, minutes_approved
from ..domain.errors import ValidationError
from ..domain.meeting import MeetingStatus
from ..domain.minutes import CorrectedField, Correction, MinuteKind
from ..domain.standard_items import MINUTES
from ..store import meeting_repo, minutes_repo
from .minutes_service import editable_record, record


def approve_minutes(db: Database, meeting_id: int, at_meeting_id: int, approved_by: str,
                    amendment: str = "", today: date | None = None):
    """The meeting `at_meeting_id` resolved to approve the minutes of `meeting_id` (subject to
    `amendment`, if any): lock them, mark the meeting 'minutes approved', and write the
    resolution into the approving meeting's 'Minutes of Previous Meeting' minute."""
    found = editable_record(db, meeting_id)
    meeting = meeting_repo.get(db, meeting_id)
    at = meeting_repo.get(db, at_meeting_id)
    if at.committee_id != meeting.committee_id or (at.date, at.id) <= (meeting.date, meeting.id):
        raise ValidationError(
            f"The minutes of {long_date(meeting.date)} are approved at a later meeting of the "
            "same committee: choose that meeting.", "approved_at_meeting_id")
    if meeting.status is not MeetingStatus.HELD:
        raise ValidationError(
            f"The meeting of {long_date(meeting.date)} is marked '{meeting.status.label}': "
            "mark it held, then approve its minutes.", "status")
    if not approved_by.strip():
        raise ValidationError("Say who is recording the approval.", "approved_by")
    resolution = Decision(minutes_approved(meeting.date, amendment))
    approving = _approving_minute(db, at_meeting_id)
    reference = (f"Minute {approving.number}, {long_date(at.date)}" if approving
                 else f"meeting of {long_date(at.date)}")
    approved = replace(found, approved_on=today or date.today(), approved_at_meeting_id=at.id,
                       approval_reference=reference, amendment=amendment.strip(),
                       approved_by=approved_by.strip())
    with db.atomic():
        if approving is not None:
            minutes_repo.save(db, replace(approving, decisions=[resolution]))
        minutes_repo.save_record(db, approved)
        meeting_repo.update(db, replace(meeting, status=MeetingStatus.MINUTES_APPROVED))
    return approved


def _approving_minute(db: Database, at_meeting_id: int):
    """The 'Minutes of Previous Meeting' minute of the approving meeting, while still a draft."""
    at_record = minutes_repo.find_record(db, at_meeting_id)
    if at_record is None or at_record.locked:
        return None
    return next((m for m in minutes_repo.minutes(db, at_meeting_id)
                 if m.standard_key == MINUTES and m.kind is MinuteKind.ITEM), None)


def correct_minute(db: Database, minute_id: int, corrected: str, resolution_reference: str,
                   corrected_by: str, decision_position: int | None = None,
                   now: datetime | None = None) -> Correction:
    """Correct approved minutes: the narrative, or the text of one decision (0-based
    `decision_position`). The original text is kept in the minute's history."""
    minute = minutes_repo.get(db, minute_id)
    if not record(db, minute.meeting_id).locked:
        raise ValidationError(
            "These minutes have not been approved yet: edit them directly. Corrections are "
            "for approved minutes.", "minutes")
    if decision_position is None:
        field, original = CorrectedField.NARRATIVE, minute.narrative
        changed = replace(minute, narrative=corrected.strip())
    else:
        if not 0 <= decision_position < len(minute.decisions):
            raise ValidationError(
                f"Minute {minute.number} has {len(minute.decisions)} decision(s): choose one "
                "of them to correct.", "decision_position")
        field, original = CorrectedField.DECISION, minute.decisions[decision_position].text
        decisions = list(minute.decisions)
        decisions[decision_position] = replace(decisions[decision_position],
                                               text=corrected.strip())
        changed = replace(minute, decisions=decisions)
    correction = Correction(minute_id, field, original, corrected.strip(), resolution_reference,
                            corrected_by, now or datetime.now(), decision_position)
    correction.validate()
    changed.validate()
    with db.atomic():
        correction.id = minutes_repo.add_correction(db, correction)
        minutes_repo.save(db, changed)
    return correction


def history(db: Database, minute_id: int) -> list[Correction]:
    """Every correction to the minute, oldest first: the original text, the corrected text,
    who, when, and the resolution that authorised it."""
    minutes_repo.get(db, minute_id)
    return minutes_repo.corrections(db, minute_id)
