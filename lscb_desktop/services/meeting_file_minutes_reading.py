"""Reading the minutes in a meeting file (format version 3): `meeting.minutes` turned into
domain records and checked against the minutes' rules before anything is written. Runs after
the schema check, so every key has the right type; optional keys missing take their defaults.

Ids do not travel: a minute and a declaration name their agenda item by its place in
`meeting.items`, and the approving meeting is named by its date."""

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from ..domain.actions import Action, ActionStatus
from ..domain.attendance import Attendance, AttendanceStatus, Attendee, AttendeeKind
from ..domain.committee import MemberRole
from ..domain.decisions import Decision, DecisionKind, Vote, VoteCast
from ..domain.declarations import Declaration, InterestKind
from ..domain.meeting import Meeting, MeetingStatus
from ..domain.errors import ValidationError
from ..domain.minutes import (
    CorrectedField, Correction, Minute, MinuteKind, MinutesRecord, check_times,
)
from .meeting_file_schema import MeetingFileError, checked

WHERE = "meeting.minutes"


@dataclass
class FileMinute:
    minute: Minute  # agenda_item_id is None: `item` names the item by its place in the file
    item: int | None
    actions: list[Action]
    corrections: list[Correction]  # minute_id 0 until the minute is stored


@dataclass
class FileMinutes:
    record: MinutesRecord  # meeting_id 0 and approved_at_meeting_id None until stored
    approved_at: date | None  # the date of the meeting that approved them
    members: list[Attendance]
    attendees: list[Attendee]  # officers in attendance, then others present
    declarations: list[tuple[Declaration, int | None]]  # each with its item's place
    minutes: list[FileMinute] = field(default_factory=list)  # in taken order


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _time(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def read_minutes(data: dict | None, meeting: Meeting, item_count: int) -> FileMinutes | None:
    """The minutes as the file gives them (None when not started), or MeetingFileError naming
    the first problem in the file's order."""
    if data is None:
        return None
    record = MinutesRecord(0, data["first_number"], _time(data.get("commenced")),
                           _time(data.get("concluded")))
    try:
        check_times(record.commenced, record.concluded)
    except ValidationError as exc:
        raise MeetingFileError(str(exc), f"{WHERE}.{exc.field}") from exc
    approval = data.get("approval")
    approved_at = None
    if approval is not None:
        record, approved_at = _approved(record, approval, meeting)
    attendance = data.get("attendance", {})
    at = f"{WHERE}.attendance"
    members = [_member(m, f"{at}.members[{i}]")
               for i, m in enumerate(attendance.get("members", []))]
    attendees = [
        checked(Attendee(p["name"].strip(), p.get("capacity", ""), kind), f"{at}.{key}[{i}]")
        for key, kind in (("officers", AttendeeKind.OFFICER), ("others", AttendeeKind.OTHER))
        for i, p in enumerate(attendance.get(key, []))
    ]
    declarations = [_declaration(d, f"{WHERE}.declarations[{i}]", item_count)
                    for i, d in enumerate(data.get("declarations", []))]
    found = FileMinutes(record, approved_at, members, attendees, declarations)
    items_seen: dict[int, int] = {}
    for index, entry in enumerate(data["minutes"]):
        where = f"{WHERE}.minutes[{index}]"
        expected = record.first_number + index
        if entry["number"] != expected:
            raise MeetingFileError(
                f"must be {expected}, not {entry['number']}: minutes are numbered on from "
                f"first_number ({record.first_number}) in the order the items were taken; "
                "renumber them, or list them in the order taken", f"{where}.number")
        minute = _minute(entry, where, item_count, record.locked)
        if minute.item is not None:
            if minute.item in items_seen:
                raise MeetingFileError(
                    f"agenda item {minute.item} already has its minute ({WHERE}.minutes"
                    f"[{items_seen[minute.item]}]): an item has one minute; correct the number",
                    f"{where}.item")
            items_seen[minute.item] = index
        found.minutes.append(minute)
    return found


def _approved(record: MinutesRecord, data: dict,
              meeting: Meeting) -> tuple[MinutesRecord, date | None]:
    where = f"{WHERE}.approval"
    if meeting.status is not MeetingStatus.MINUTES_APPROVED:
        raise MeetingFileError(
            f"the minutes are approved, so the meeting's status must be 'minutes_approved', not "
            f"'{meeting.status.value}': correct meeting.status, or remove the approval if the "
            "minutes are still a draft", where)
    approved_at = _date(data.get("at_meeting"))
    if approved_at is not None and approved_at < meeting.date:
        raise MeetingFileError(
            f"the minutes of {meeting.date.isoformat()} are approved at that meeting or a "
            f"later one, not on {approved_at.isoformat()}: correct the date", f"{where}.at_meeting")
    return replace(record, approved_on=date.fromisoformat(data["approved_on"]),
                   approval_reference=data.get("reference", "").strip(),
                   amendment=data.get("amendment", "").strip(),
                   approved_by=data.get("approved_by", "").strip()), approved_at


def _item_index(value: int | None, item_count: int, where: str) -> int | None:
    if value is not None and value >= item_count:
        raise MeetingFileError(
            f"there is no agenda item {value}: meeting.items has {item_count} item(s), counted "
            "from 0; correct the number, or make it null", where)
    return value


def _member(data: dict, where: str) -> Attendance:
    return checked(Attendance(
        name=data["name"].strip(),
        role=MemberRole(data.get("role", MemberRole.MEMBER.value)),
        status=AttendanceStatus(data.get("status", AttendanceStatus.PRESENT.value)),
        substitute=data.get("substitute", "").strip(),
    ), where)


def _declaration(data: dict, where: str, item_count: int) -> tuple[Declaration, int | None]:
    declaration = checked(Declaration(
        member_name=data["member"].strip(),
        item_title=data["item_title"].strip(),
        kind=InterestKind(data["kind"]),
        description=data.get("description", "").strip(),
        member_role=MemberRole(data.get("member_role", MemberRole.MEMBER.value)),
    ), where)
    return declaration, _item_index(data.get("item"), item_count, f"{where}.item")


def _minute(data: dict, where: str, item_count: int, locked: bool) -> FileMinute:
    kind = MinuteKind(data.get("kind", MinuteKind.ITEM.value))
    item = _item_index(data.get("item"), item_count, f"{where}.item")
    if kind is MinuteKind.EXCLUSION and item is not None:
        raise MeetingFileError(
            "the exclusion resolution is not the minute of an agenda item: make its item null",
            f"{where}.item")
    decisions = [_decision(d, f"{where}.decisions[{i}]")
                 for i, d in enumerate(data.get("decisions", []))]
    minute = Minute(
        title=data["title"].strip(), narrative=data.get("narrative", ""), decisions=decisions,
        kind=kind, part=data.get("part", 1), exempt_paragraphs=data.get("exempt_paragraphs", []),
        standard_key=data.get("standard_key"), number=data["number"],
    )
    checked(minute, where)
    actions = [_action(a, f"{where}.actions[{i}]") for i, a in enumerate(data.get("actions", []))]
    corrections = [_correction(c, f"{where}.corrections[{i}]", minute, locked)
                   for i, c in enumerate(data.get("corrections", []))]
    return FileMinute(minute, item, actions, corrections)


def _decision(data: dict, where: str) -> Decision:
    vote = data.get("vote")
    return checked(Decision(
        text=data["text"].strip(),
        kind=DecisionKind(data.get("kind", DecisionKind.RESOLVED.value)),
        recommend_to=data.get("recommend_to", "").strip(),
        vote=None if vote is None else Vote(
            vote["for"], vote["against"], vote["abstentions"],
            [(n["name"].strip(), VoteCast(n["vote"])) for n in vote.get("named", [])]),
    ), where)


def _action(data: dict, where: str) -> Action:
    return checked(Action(
        description=data["description"].strip(), owner=data["owner"].strip(),
        due=_date(data.get("due")), status=ActionStatus(data.get("status", "open")),
    ), where)


def _correction(data: dict, where: str, minute: Minute, locked: bool) -> Correction:
    if not locked:
        raise MeetingFileError(
            "corrections are made only to approved minutes, and these have no approval: remove "
            "the correction, or add the minutes' approval (meeting.minutes.approval)", where)
    field_ = CorrectedField(data["field"])
    position = data.get("decision")
    if field_ is CorrectedField.NARRATIVE and position is not None:
        raise MeetingFileError(
            "a correction of the narrative names no decision: make it null, or make the "
            "field 'decision'", f"{where}.decision")
    if field_ is CorrectedField.DECISION and (position is None
                                              or position >= len(minute.decisions)):
        raise MeetingFileError(
            f"a correction of a decision names which one: the minute has "
            f"{len(minute.decisions)} decision(s), counted from 0", f"{where}.decision")
    return checked(Correction(
        minute_id=0, field=field_, original=data["original"], corrected=data["corrected"],
        resolution_reference=data["reference"].strip(), corrected_by=data["by"].strip(),
        corrected_at=datetime.fromisoformat(data["at"]), decision_position=position,
    ), where)
