"""Reports: their content (JSON, report_codec.py), status and its history, the agenda item
each is linked to, and the search index. Appendices are in appendix_repo.py.

A report's status and appendices have their own homes (the status column, the
report_appendices table), so `content` holds the codec's dict without them and a save of
the content can never undo a status change or an attachment made meanwhile.
"""

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone

from sqlite_utils import Database

from ..domain.errors import NotFound
from ..domain.report import Report, ReportStatus
from . import appendix_repo, report_search
from .codec import date_in
from .report_codec import report_from_dict, report_to_dict

_SEPARATE = ("status", "appendices")  # kept outside the content column


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ReportRow:
    """A report's record without its content, with where it sits on an agenda (None for a
    report not linked to an agenda item): what listings and search results need."""

    id: int
    template_id: str
    title: str
    status: ReportStatus
    agenda_item_id: int | None
    created_at: str
    updated_at: str
    meeting_id: int | None = None
    meeting_date: date | None = None
    committee_name: str | None = None
    part: int | None = None


_ROWS = """
    SELECT r.id, r.template_id, r.title, r.status, r.agenda_item_id, r.created_at,
           r.updated_at, i.meeting_id, m.date AS meeting_date, c.name AS committee_name, i.part
    FROM reports r
    LEFT JOIN agenda_items i ON i.id = r.agenda_item_id
    LEFT JOIN meetings m ON m.id = i.meeting_id
    LEFT JOIN committees c ON c.id = m.committee_id
"""


@dataclass(frozen=True)
class StatusRow:
    changed_at: str
    changed_by: str
    from_status: ReportStatus
    to_status: ReportStatus
    note: str


def _content(report: Report) -> str:
    data = report_to_dict(report)
    for key in _SEPARATE:
        del data[key]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _row(row: dict) -> ReportRow:
    return ReportRow(**{**row, "status": ReportStatus(row["status"]),
                        "meeting_date": date_in(row["meeting_date"])})


def insert(db: Database, report: Report, title: str) -> int:
    stamp = _now()
    with db.atomic():
        report_id = db["reports"].insert({
            "template_id": report.template_id, "status": report.status.value, "title": title,
            "content": _content(report), "created_at": stamp, "updated_at": stamp,
        }).last_pk
        report_search.index_report(db, report_id, title, report_search.search_text(report))
    return report_id


def update_content(db: Database, report: Report, title: str) -> None:
    """Save header, sections and parts (not status or appendices) and re-index, at once."""
    with db.atomic():
        get_row(db, report.id)
        db["reports"].update(report.id, {"title": title, "content": _content(report),
                                         "updated_at": _now()})
        stored = replace(report, appendices=appendix_repo.appendices(db, report.id))
        report_search.index_report(db, report.id, title, report_search.search_text(stored))


def reindex(db: Database, report_id: int) -> None:
    """Index the report as stored (its appendices' titles included)."""
    report_search.index_report(db, report_id, get_row(db, report_id).title,
                               report_search.search_text(get(db, report_id)))


def appendices_changed(db: Database, report_id: int) -> None:
    """After an attachment, removal, move or new title: the report counts as changed and its
    appendices' titles are searchable."""
    with db.atomic():
        db["reports"].update(report_id, {"updated_at": _now()})
        reindex(db, report_id)


def get_row(db: Database, report_id: int) -> ReportRow:
    rows = list(db.query(_ROWS + "WHERE r.id = ?", [report_id]))
    if not rows:
        raise NotFound(f"There is no report with id {report_id}: it may have been deleted; "
                       "choose the report again from the list.")
    return _row(rows[0])


def get(db: Database, report_id: int) -> Report:
    row = db.execute("SELECT content, status FROM reports WHERE id = ?", [report_id]).fetchone()
    if row is None:
        get_row(db, report_id)  # raises NotFound with its message
    report = report_from_dict(json.loads(row[0]))
    report.id = report_id
    report.status = ReportStatus(row[1])
    report.appendices = appendix_repo.appendices(db, report_id)
    return report


def rows(db: Database, meeting_id: int | None = None) -> list[ReportRow]:
    """Every report (or those on `meeting_id`'s agenda): linked ones by meeting date, the
    others after them, by id."""
    where, params = ("", [])
    if meeting_id is not None:
        where, params = "WHERE i.meeting_id = ? ", [meeting_id]
    return [_row(r) for r in db.query(
        _ROWS + where + "ORDER BY m.date IS NULL, m.date, m.id, i.position, r.id", params)]


def ids_using_template(db: Database, template_id: str) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM reports WHERE template_id = ? ORDER BY id",
                                     [template_id])]


def delete(db: Database, report_id: int) -> None:
    """Delete the report with its history and appendices (the search row goes by trigger),
    and any appendix file no other report uses."""
    with db.atomic():
        db.execute("DELETE FROM reports WHERE id = ?", [report_id])
        appendix_repo.delete_unused_files(db)


# Status ----------------------------------------------------------------------------------

def set_status(db: Database, report_id: int, old: ReportStatus, new: ReportStatus, by: str,
               note: str) -> None:
    """Move the report's status and record the step, together."""
    stamp = _now()
    with db.atomic():
        db["reports"].update(report_id, {"status": new.value, "updated_at": stamp})
        db["report_status_history"].insert({
            "report_id": report_id, "changed_at": stamp, "changed_by": by,
            "from_status": old.value, "to_status": new.value, "note": note,
        })


def history(db: Database, report_id: int) -> list[StatusRow]:
    return [StatusRow(r["changed_at"], r["changed_by"], ReportStatus(r["from_status"]),
                      ReportStatus(r["to_status"]), r["note"])
            for r in db.query("SELECT * FROM report_status_history WHERE report_id = ? "
                              "ORDER BY id", [report_id])]


# Agenda items ----------------------------------------------------------------------------

def link(db: Database, report_id: int, agenda_item_id: int | None) -> None:
    with db.atomic():
        db["reports"].update(report_id, {"agenda_item_id": agenda_item_id, "updated_at": _now()})


def report_for_item(db: Database, agenda_item_id: int) -> int | None:
    row = db.execute("SELECT id FROM reports WHERE agenda_item_id = ?",
                     [agenda_item_id]).fetchone()
    return row[0] if row else None


def set_item_heading(db: Database, agenda_item_id: int, title: str | None,
                     presenter: str | None) -> None:
    """The linked agenda item takes the report's title and presenter (None: leave as is).
    Written here rather than through agenda_repo.replace_all, which rewrites the whole agenda:
    this runs on every autosave."""
    changes = {k: v for k, v in (("title", title), ("presenter", presenter)) if v is not None}
    if changes:
        with db.atomic():
            db["agenda_items"].update(agenda_item_id, changes)
