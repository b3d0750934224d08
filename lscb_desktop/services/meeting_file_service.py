"""Meeting files: one meeting, its agenda with the reports on it, its minutes (attendance,
declarations, decisions, actions and corrections: meeting_file_minutes.py), and its committee
as JSON, to move a meeting between databases (another laptop, a colleague, an archive). The
format is documented in docs/meeting-file-format.md and described by
resources/schemas/lscb-meeting.schema.json. The reports' appendix files travel beside the
file (meeting_file_appendices.py)."""

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from ..domain.agenda import AgendaItem
from ..domain.committee import Committee, Member, Officer
from ..domain.meeting import Meeting
from ..domain.report import Report
from ..export.atomic import write_text_atomic
from ..store import agenda_repo, committee_repo, meeting_repo, report_repo
from ..store.codec import date_out, time_out
from .meeting_file_appendices import (
    appendix_folder, files_to_store, folders_to_search, write_appendix_files,
)
from .meeting_file_contents import MeetingFileContents, read_contents
from .meeting_file_minutes import insert_minutes, minutes_to_file_dict, person_key
from .meeting_file_reports import check_against_template, insert_report, report_to_file_dict
from .meeting_file_schema import FORMAT, FORMAT_VERSION, MeetingFileError, check_shape
from .report_service import get_report

__all__ = [
    "FORMAT", "FORMAT_VERSION", "MeetingFileError", "meeting_to_dict", "export_meeting",
    "import_meeting", "import_meeting_dict", "read_meeting_file", "appendix_folder",
]


# Export -----------------------------------------------------------------------------------

def meeting_to_dict(db: Database, meeting_id: int) -> dict:
    """The meeting file's data for `meeting_id`; keys in the documented order."""
    meeting = meeting_repo.get(db, meeting_id)
    items = agenda_repo.items(db, meeting_id)
    return _file_data(db, meeting, items, _reports(db, items))


def export_meeting(db: Database, meeting_id: int, path: str | Path) -> list[Path]:
    """Write the meeting file, pretty-printed UTF-8 JSON ending with a newline, and its
    reports' appendix files into the folder beside it (appendix_folder); returns the appendix
    files written. Every file is written atomically, the meeting file last, so that a failed
    export leaves any earlier meeting file intact and never one naming missing files."""
    meeting = meeting_repo.get(db, meeting_id)
    items = agenda_repo.items(db, meeting_id)
    reports = _reports(db, items)
    appendices = [a for report in reports.values() for a in report.appendices]
    written = write_appendix_files(db, appendices, appendix_folder(path)) if appendices else []
    data = _file_data(db, meeting, items, reports)
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return written


def _reports(db: Database, items: list[AgendaItem]) -> dict[int, Report]:
    """The report on each item that has one, by item id."""
    found = {}
    for item in items:
        report_id = report_repo.report_for_item(db, item.id)
        if report_id is not None:
            found[item.id] = get_report(db, report_id)
    return found


def _file_data(db: Database, meeting: Meeting, items: list[AgendaItem],
               reports: dict[int, Report]) -> dict:
    committee = committee_repo.get(db, meeting.committee_id)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "committee": _committee_dict(
            committee,
            committee_repo.members(db, committee.id),
            committee_repo.officers(db, committee.id),
        ),
        "meeting": {**_meeting_dict(meeting, items, reports),
                    "minutes": minutes_to_file_dict(db, meeting.id, items)},
    }


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


def _meeting_dict(meeting: Meeting, items: list[AgendaItem], reports: dict[int, Report]) -> dict:
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
                "report": report_to_file_dict(reports[it.id]) if it.id in reports else None,
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


def import_meeting(db: Database, path: str | Path, appendix_dir: str | Path | None = None) -> int:
    """Import the meeting file at `path`; the new meeting's id. Appendix files the database
    lacks are taken from the folder `appendix_dir`; by default from the folder an export
    writes them to beside the meeting file, or else the meeting file's own folder."""
    folders = [Path(appendix_dir)] if appendix_dir is not None else folders_to_search(path)
    return import_meeting_dict(db, read_meeting_file(path), folders)


def import_meeting_dict(db: Database, data: object, appendix_folders: Sequence[Path] = ()) -> int:
    """Import a meeting file's data; the new meeting's id. Everything is checked before
    anything is written (the reports' templates, and their appendix files, in the database
    or in `appendix_folders`), and the writes are one transaction: a bad file changes
    nothing."""
    check_shape(data)
    contents = read_contents(data)
    reports = [r for r in contents.reports if r is not None]
    templates = {r.where: check_against_template(db, r) for r in reports}
    files = files_to_store(db, reports, list(appendix_folders))
    with db.atomic():
        committee_id = _committee_for(db, contents)
        meeting_id, item_ids = _insert_meeting(db, committee_id, contents)
        for item_id, report in zip(item_ids, contents.reports):
            if report is not None:
                insert_report(db, item_id, report, templates[report.where], files)
        if contents.minutes is not None:
            insert_minutes(db, meeting_id, committee_id, contents.minutes,
                           dict(zip(contents.places, item_ids)))
        return meeting_id


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
    known = {person_key(m.name) for m in committee_repo.members(db, existing.id)}
    for member in contents.members:
        if person_key(member.name) not in known:
            committee_repo.insert_member(db, replace(member, committee_id=existing.id))
            known.add(person_key(member.name))
    return existing.id


def _insert_meeting(db: Database, committee_id: int,
                    contents: MeetingFileContents) -> tuple[int, list[int]]:
    """The meeting with exactly the file's agenda (no standard items added on top): its id
    and its items' ids, in agenda order."""
    meeting_id = meeting_repo.insert(db, replace(contents.meeting, committee_id=committee_id))
    return meeting_id, agenda_repo.replace_all(db, meeting_id, contents.items)
