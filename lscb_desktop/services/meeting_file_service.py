"""Meeting files: one meeting, its agenda and its committee as JSON, to move a meeting
between databases (another laptop, a colleague, an archive). The format is documented in
docs/meeting-file-format.md and described by resources/schemas/lscb-meeting.schema.json."""

import json
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from ..domain.agenda import AgendaItem
from ..domain.committee import Committee, Member, Officer
from ..domain.meeting import Meeting
from ..export.atomic import write_text_atomic
from ..store import agenda_repo, committee_repo, meeting_repo
from ..store.codec import date_out, time_out
from .meeting_file_contents import MeetingFileContents, read_contents
from .meeting_file_schema import FORMAT, FORMAT_VERSION, MeetingFileError, check_shape

__all__ = [
    "FORMAT", "FORMAT_VERSION", "MeetingFileError", "meeting_to_dict", "export_meeting",
    "import_meeting", "import_meeting_dict", "read_meeting_file",
]


# Export -----------------------------------------------------------------------------------

def meeting_to_dict(db: Database, meeting_id: int) -> dict:
    """The meeting file's data for `meeting_id`; keys in the documented order."""
    meeting = meeting_repo.get(db, meeting_id)
    committee = committee_repo.get(db, meeting.committee_id)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "committee": _committee_dict(
            committee,
            committee_repo.members(db, committee.id),
            committee_repo.officers(db, committee.id),
        ),
        "meeting": _meeting_dict(meeting, agenda_repo.items(db, meeting_id)),
    }


def export_meeting(db: Database, meeting_id: int, path: str | Path) -> None:
    """Write the meeting file: pretty-printed UTF-8 JSON ending with a newline, written
    atomically so that a failed export leaves any earlier file intact."""
    text = json.dumps(meeting_to_dict(db, meeting_id), indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(path, text)


def _committee_dict(committee: Committee, members: list[Member], officers: list[Officer]) -> dict:
    return {
        "name": committee.name,
        "default_venue": committee.default_venue,
        "default_start_time": time_out(committee.default_start_time),
        "minute_numbering": committee.minute_numbering.value,
        "terms_of_reference": committee.terms_of_reference,
        "standard_items": [
            {"key": s.key, "title": s.title, "purpose": s.purpose}
            for s in committee.standard_items
        ],
        "members": [
            {
                "name": m.name,
                "role": m.role.value,
                "organisation": m.organisation,
                "start_date": date_out(m.start_date),
                "end_date": date_out(m.end_date),
            }
            for m in members
        ],
        "officers": [
            {"name": o.name, "job_title": o.job_title, "email": o.email, "phone": o.phone}
            for o in officers
        ],
    }


def _meeting_dict(meeting: Meeting, items: list[AgendaItem]) -> dict:
    return {
        "date": date_out(meeting.date),
        "start_time": time_out(meeting.start_time),
        "venue": meeting.venue,
        "clerk": meeting.clerk,
        "status": meeting.status.value,
        "published_on": date_out(meeting.published_on),
        "list_future_dates": meeting.list_future_dates,
        "items": [
            {
                "title": it.title,
                "purpose": it.purpose,
                "presenter": it.presenter,
                "kind": it.kind.value,
                "standard_key": it.standard_key,
                "part": it.part,
                "exempt_paragraphs": sorted(it.exempt_paragraphs),
            }
            for it in items
        ],
    }


# Import -----------------------------------------------------------------------------------

def read_meeting_file(path: str | Path) -> object:
    """The parsed JSON of the file at `path`; MeetingFileError if it cannot be read."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise MeetingFileError(
            f"The file '{path}' does not exist: check its name and folder."
        ) from None
    except IsADirectoryError:
        raise MeetingFileError(
            f"'{path}' is a folder: choose the meeting file (.json) in it."
        ) from None
    except OSError as exc:
        raise MeetingFileError(
            f"The file '{path}' cannot be read ({exc.strerror}): check that you may open it."
        ) from exc
    try:
        text = raw.decode("utf-8-sig")  # tolerate the byte-order mark some Windows editors add
    except UnicodeDecodeError as exc:
        raise MeetingFileError(
            f"The file '{path}' is not UTF-8 text (byte {exc.start} cannot be read): meeting "
            "files are UTF-8 JSON; save it as UTF-8, or export the meeting again."
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise MeetingFileError(
            f"The file '{path}' is not valid JSON: {exc.msg} at line {exc.lineno}, column "
            f"{exc.colno}. Correct it there, or export the meeting again."
        ) from exc


def import_meeting(db: Database, path: str | Path) -> int:
    """Import the meeting file at `path`; the new meeting's id."""
    return import_meeting_dict(db, read_meeting_file(path))


def import_meeting_dict(db: Database, data: object) -> int:
    """Import a meeting file's data; the new meeting's id. Everything is checked before
    anything is written, and the writes are one transaction: a bad file changes nothing."""
    check_shape(data)
    contents = read_contents(data)
    with db.atomic():
        committee_id = _committee_for(db, contents)
        return _insert_meeting(db, committee_id, contents)


def _committee_for(db: Database, contents: MeetingFileContents) -> int:
    """The committee of that name (case aside), given the members it lacks; else a new one
    exactly as in the file. An existing committee's settings and officers stay as they are."""
    existing = committee_repo.find_by_name(db, contents.committee.name)
    if existing is None:
        committee_id = committee_repo.insert(db, contents.committee)
        for member in contents.members:
            committee_repo.insert_member(db, replace(member, committee_id=committee_id))
        for officer in contents.officers:
            committee_repo.insert_officer(db, replace(officer, committee_id=committee_id))
        return committee_id
    known = {_person(m.name) for m in committee_repo.members(db, existing.id)}
    for member in contents.members:
        if _person(member.name) not in known:
            committee_repo.insert_member(db, replace(member, committee_id=existing.id))
            known.add(_person(member.name))
    return existing.id


def _person(name: str) -> str:
    return " ".join(name.split()).casefold()


def _insert_meeting(db: Database, committee_id: int, contents: MeetingFileContents) -> int:
    """The meeting with exactly the file's agenda (no standard items added on top)."""
    meeting_id = meeting_repo.insert(db, replace(contents.meeting, committee_id=committee_id))
    agenda_repo.replace_all(db, meeting_id, contents.items)
    return meeting_id
