"""Minutes in a meeting file (format version 3): the record (first number, times, approval),
attendance, declarations, and the minutes in taken order with their decisions, actions and
corrections. `minutes_to_file_dict` writes them; an import reads them with
meeting_file_minutes_reading.read_minutes, then `insert_minutes` stores them exactly as the
file gives them, approved minutes locked, inside the import's transaction.

Ids do not travel: an agenda item is named by its place in `meeting.items`, members are
matched by name, and the approving meeting by its date."""

from dataclasses import replace

from sqlite_utils import Database

from ..domain.agenda import AgendaItem
from ..domain.attendance import AttendeeKind
from ..domain.decisions import Decision
from ..domain.minutes import Minute
from ..store import action_repo, attendance_repo, committee_repo, meeting_repo, minutes_repo
from ..store.codec import date_out, time_out
from .meeting_file_minutes_reading import FileMinutes


def person_key(name: str) -> str:
    """A person's name as matched across databases: spacing and capitals aside."""
    return " ".join(name.split()).casefold()


# Export -----------------------------------------------------------------------------------

def minutes_to_file_dict(db: Database, meeting_id: int, items: list[AgendaItem]) -> dict | None:
    """The meeting's minutes as the file holds them (None when not started); keys in the
    documented order. `items` is the agenda as the file lists it."""
    record = minutes_repo.find_record(db, meeting_id)
    if record is None:
        return None
    place = {item.id: index for index, item in enumerate(items)}
    people = attendance_repo.attendees(db, meeting_id)
    return {
        "first_number": record.first_number,
        "commenced": _time(record.commenced),
        "concluded": _time(record.concluded),
        "approval": None if not record.locked else {
            "approved_on": date_out(record.approved_on),
            "at_meeting": _meeting_date(db, record.approved_at_meeting_id),
            "reference": record.approval_reference,
            "amendment": record.amendment,
            "approved_by": record.approved_by,
        },
        "attendance": {
            "members": [{"name": a.name, "role": a.role.value, "status": a.status.value,
                         "substitute": a.substitute}
                        for a in attendance_repo.attendance(db, meeting_id)],
            "officers": [{"name": p.name, "capacity": p.capacity}
                         for p in people if p.kind is AttendeeKind.OFFICER],
            "others": [{"name": p.name, "capacity": p.capacity}
                       for p in people if p.kind is AttendeeKind.OTHER],
        },
        "declarations": [
            {"member": d.member_name, "member_role": d.member_role.value,
             "item": place.get(d.agenda_item_id), "item_title": d.item_title,
             "kind": d.kind.value, "description": d.description}
            for d in attendance_repo.declarations(db, meeting_id)
        ],
        "minutes": [_minute_dict(db, m, place) for m in minutes_repo.minutes(db, meeting_id)],
    }


def _time(t) -> str | None:
    return time_out(t) if t else None


def _meeting_date(db: Database, meeting_id: int | None) -> str | None:
    return None if meeting_id is None else date_out(meeting_repo.get(db, meeting_id).date)


def _minute_dict(db: Database, minute: Minute, place: dict[int, int]) -> dict:
    return {
        "number": minute.number,
        "kind": minute.kind.value,
        "title": minute.title,
        "standard_key": minute.standard_key,
        "part": minute.part,
        "exempt_paragraphs": sorted(minute.exempt_paragraphs),
        "item": place.get(minute.agenda_item_id),
        "narrative": minute.narrative,
        "decisions": [_decision_dict(d) for d in minute.decisions],
        "actions": [
            {"description": a.description, "owner": a.owner, "due": date_out(a.due),
             "status": a.status.value}
            for a in action_repo.for_minute(db, minute.id)
        ],
        "corrections": [
            {"field": c.field.value, "decision": c.decision_position, "original": c.original,
             "corrected": c.corrected, "reference": c.resolution_reference,
             "by": c.corrected_by, "at": c.corrected_at.isoformat(timespec="seconds")}
            for c in minutes_repo.corrections(db, minute.id)
        ],
    }


def _decision_dict(decision: Decision) -> dict:
    vote = decision.vote
    return {
        "kind": decision.kind.value,
        "recommend_to": decision.recommend_to,
        "text": decision.text,
        "vote": None if vote is None else {
            "for": vote.in_favour, "against": vote.against, "abstentions": vote.abstentions,
            "named": [{"name": name, "vote": cast.value} for name, cast in vote.named],
        },
    }


# Import -----------------------------------------------------------------------------------

def insert_minutes(db: Database, meeting_id: int, committee_id: int, found: FileMinutes,
                   item_ids: dict[int, int]) -> None:
    """Store the file's minutes on the new meeting as they are (numbers, order and exclusion
    resolution included: approved minutes are the signed record and are not re-derived).
    `item_ids` maps a place in the file's `meeting.items` to the new item's id. Members are
    linked to the committee's by name, and the approval to the committee's meeting on its
    date when the database has one. Part of the import's transaction."""
    members = {person_key(m.name): m.id for m in committee_repo.members(db, committee_id)}
    minutes_repo.save_record(db, replace(
        found.record, meeting_id=meeting_id,
        approved_at_meeting_id=_meeting_on(db, committee_id, meeting_id, found.approved_at)))
    attendance_repo.insert_attendance(db, meeting_id, [
        replace(a, member_id=members.get(person_key(a.name))) for a in found.members])
    attendance_repo.replace_attendees(db, meeting_id, found.attendees)
    for declaration, item in found.declarations:
        attendance_repo.insert_declaration(db, replace(
            declaration, meeting_id=meeting_id,
            member_id=members.get(person_key(declaration.member_name)),
            agenda_item_id=item_ids.get(item)))
    minute_ids = minutes_repo.replace_all(db, meeting_id, [
        replace(m.minute, taken_position=i, agenda_item_id=item_ids.get(m.item))
        for i, m in enumerate(found.minutes)])
    for minute_id, entry in zip(minute_ids, found.minutes):
        action_repo.insert_all(db, [replace(a, minute_id=minute_id) for a in entry.actions])
        for correction in entry.corrections:
            minutes_repo.add_correction(db, replace(correction, minute_id=minute_id))


def _meeting_on(db: Database, committee_id: int, meeting_id: int, day) -> int | None:
    """The committee's meeting on `day` (other than the one being imported), if any."""
    if day is None:
        return None
    return next((m.id for m in meeting_repo.for_committee(db, committee_id)
                 if m.date == day and m.id != meeting_id), None)
