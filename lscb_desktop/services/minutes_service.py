"""Writing a meeting's minutes: start them from the agenda, edit each minute's narrative and
decisions, record the order the chair took the items in and the times the meeting ran.
Approved minutes are locked (minutes_approval_service.py): every edit here is refused then."""

from dataclasses import replace
from datetime import date, time

from sqlite_utils import Database

from ..domain.attendance import Attendance, apologies_minute
from ..domain.committee import MemberRole, members_on
from ..domain.decisions import Decision, minutes_approved, quick_inserts
from ..domain.declarations import declarations_minute
from ..domain.errors import ValidationError
from ..domain.minute_order import arranged, first_number, minutes_from_agenda, moved
from ..domain.minutes import Minute, MinuteKind, MinutesRecord, check_times
from ..domain.standard_items import APOLOGIES, DECLARATIONS, MINUTES
from ..store import agenda_repo, attendance_repo, committee_repo, meeting_repo, minutes_repo
from .meeting_service import previous_meeting


def find_record(db: Database, meeting_id: int) -> MinutesRecord | None:
    return minutes_repo.find_record(db, meeting_id)


def record(db: Database, meeting_id: int) -> MinutesRecord:
    found = minutes_repo.find_record(db, meeting_id)
    if found is None:
        meeting_repo.get(db, meeting_id)
        raise ValidationError(
            "The minutes of this meeting have not been started: start them from the agenda "
            "(in LSCB Desktop: Minutes > Start minutes).", "minutes")
    return found


def editable_record(db: Database, meeting_id: int) -> MinutesRecord:
    """The record of minutes that may still be edited; refuses approved minutes."""
    found = record(db, meeting_id)
    found.check_editable(meeting_repo.get(db, meeting_id).date)
    return found


def suggested_first_number(db: Database, meeting_id: int) -> int:
    """One after the committee's last minute before this meeting, within the municipal year
    unless the committee numbers its minutes continuously."""
    meeting = meeting_repo.get(db, meeting_id)
    committee = committee_repo.get(db, meeting.committee_id)
    earlier = [(date.fromisoformat(day), last)
               for mid, day, last in minutes_repo.last_numbers(db, meeting.committee_id)
               if (date.fromisoformat(day), mid) < (meeting.date, meeting_id)]
    return first_number(committee.minute_numbering, meeting.date, earlier)


def start_minutes(db: Database, meeting_id: int, first: int | None = None) -> list[Minute]:
    """One minute per agenda item, numbered on from the committee's last minute (or from
    `first`), with the members serving on the day all marked present and the standard
    minutes written for a meeting with no apologies and no declarations."""
    meeting = meeting_repo.get(db, meeting_id)
    if minutes_repo.find_record(db, meeting_id) is not None:
        raise ValidationError("The minutes of this meeting have been started already: open them.",
                              "minutes")
    first = suggested_first_number(db, meeting_id) if first is None else first
    _check_first(first)
    before = previous_meeting(db, meeting.committee_id, meeting.date)
    drafted = [_standard_text(m, before.date if before else None)
               for m in minutes_from_agenda(agenda_repo.items(db, meeting_id))]
    # standing substitutes are not expected to attend: they appear as a member's substitute
    members = [m for m in members_on(committee_repo.members(db, meeting.committee_id),
                                     meeting.date) if m.role is not MemberRole.SUBSTITUTE]
    with db.atomic():
        minutes_repo.save_record(db, MinutesRecord(meeting_id, first))
        attendance_repo.insert_attendance(
            db, meeting_id, [Attendance(m.name, m.role, member_id=m.id) for m in members])
        minutes_repo.replace_all(db, meeting_id, arranged(drafted, first))
    return minutes_repo.minutes(db, meeting_id)


def _check_first(first: int) -> None:
    if first < 1:
        raise ValidationError(f"Minute numbers start at 1, not {first}: enter 1 or more.",
                              "first_number")


def _standard_text(minute: Minute, previous: date | None) -> Minute:
    if minute.standard_key == APOLOGIES:
        return replace(minute, narrative=apologies_minute([]))
    if minute.standard_key == DECLARATIONS:
        return replace(minute, narrative=declarations_minute([]))
    if minute.standard_key == MINUTES and previous is not None:
        return replace(minute, decisions=[Decision(minutes_approved(previous))])
    return minute


def get_minutes(db: Database, meeting_id: int) -> list[Minute]:
    """The meeting's minutes in the order the items were taken."""
    record(db, meeting_id)
    return minutes_repo.minutes(db, meeting_id)


def get_minute(db: Database, minute_id: int) -> Minute:
    return minutes_repo.get(db, minute_id)


def decision_inserts(db: Database, meeting_id: int) -> list[str]:
    """Quick inserts for this meeting, naming the previous meeting's date."""
    meeting = meeting_repo.get(db, meeting_id)
    before = previous_meeting(db, meeting.committee_id, meeting.date)
    return quick_inserts(before.date if before else None)


def update_minute(db: Database, minute: Minute) -> None:
    """Save a minute's title, narrative and decisions. Its number, place and part follow
    from the agenda and the order of taking, and stay as they are."""
    stored = minutes_repo.get(db, minute.id)
    editable_record(db, stored.meeting_id)
    if stored.kind is MinuteKind.EXCLUSION and minute.decisions != stored.decisions:
        raise ValidationError(
            "The exclusion resolution is written from the Schedule 12A paragraphs of the Part 2 "
            "items: change the paragraphs on the agenda item instead.", "decisions")
    edited = replace(stored, title=minute.title.strip(), narrative=minute.narrative.strip(),
                     decisions=list(minute.decisions))
    edited.validate()
    minutes_repo.save(db, edited)


def add_decision(db: Database, minute_id: int, decision: Decision) -> None:
    minute = minutes_repo.get(db, minute_id)
    update_minute(db, replace(minute, decisions=[*minute.decisions, decision]))


def move_minute(db: Database, meeting_id: int, minute_id: int, to_index: int) -> list[Minute]:
    """The chair took an item at another point: the minute moves to `to_index` among the
    items and every number follows the order of taking."""
    found = editable_record(db, meeting_id)
    current = minutes_repo.minutes(db, meeting_id)
    if minute_id not in {m.id for m in current}:
        raise ValidationError(f"Minute {minute_id} is not in the minutes of this meeting.", "id")
    minutes_repo.replace_all(db, meeting_id,
                             arranged(moved(current, minute_id, to_index), found.first_number))
    return minutes_repo.minutes(db, meeting_id)


def set_first_number(db: Database, meeting_id: int, first: int) -> list[Minute]:
    """Number the minutes from `first`: for a committee whose earlier minutes of the year
    were written before it used this application."""
    found = editable_record(db, meeting_id)
    _check_first(first)
    with db.atomic():
        minutes_repo.save_record(db, replace(found, first_number=first))
        minutes_repo.replace_all(db, meeting_id, arranged(minutes_repo.minutes(db, meeting_id),
                                                          first))
    return minutes_repo.minutes(db, meeting_id)


def set_times(db: Database, meeting_id: int, commenced: time | None,
              concluded: time | None) -> MinutesRecord:
    """When the meeting commenced and concluded ('The meeting commenced at 4.00 pm ...')."""
    found = editable_record(db, meeting_id)
    check_times(commenced, concluded)
    updated = replace(found, commenced=commenced, concluded=concluded)
    minutes_repo.save_record(db, updated)
    return updated


def refresh_standard_minutes(db: Database, meeting_id: int) -> None:
    """Rewrite the apologies and declarations minutes from the attendance and declarations."""
    texts = {
        APOLOGIES: apologies_minute(attendance_repo.attendance(db, meeting_id)),
        DECLARATIONS: declarations_minute(attendance_repo.declarations(db, meeting_id)),
    }
    with db.atomic():
        for minute in minutes_repo.minutes(db, meeting_id):
            if minute.standard_key in texts and minute.kind is MinuteKind.ITEM:
                minutes_repo.save(db, replace(minute, narrative=texts[minute.standard_key]))


def restore_order(db: Database, meeting_id: int, order: list[int]) -> list[Minute]:
    """Put the minutes back in the taken order `order` (minute ids, as listed before a move):
    undoing a move. Minutes not named keep their place after those named; numbers follow."""
    found = editable_record(db, meeting_id)
    place = {minute_id: i for i, minute_id in enumerate(order)}
    current = minutes_repo.minutes(db, meeting_id)
    reordered = [replace(m, taken_position=place.get(m.id, len(order) + m.taken_position))
                 for m in current]
    minutes_repo.replace_all(db, meeting_id, arranged(reordered, found.first_number))
    return minutes_repo.minutes(db, meeting_id)


def minuted_meetings(db: Database, committee_id: int) -> set[int]:
    """The ids of the committee's meetings whose minutes have been started (one query for
    the whole committee, so the navigation tree stays quick over years of meetings)."""
    return {meeting_id for meeting_id, _day, _last in minutes_repo.last_numbers(db, committee_id)}
