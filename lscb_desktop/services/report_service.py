"""Reports: creating them from a template, autosaving, linking them to agenda items, moving
their status on (with its history), listing and full-text search.

save_report stores what the author wrote (header, sections, parts). A report's status moves
only through change_status and its appendices only through appendix_service, so an autosave
from an editor holding an older copy never undoes either. A published report is part of a
published pack and stays as it was published.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from ..domain.agenda import numbered
from ..domain.errors import ValidationError
from ..domain.report import Report, ReportStatus, header_value, new_report
from ..domain.report_conform import conformed
from ..domain.report_status import StatusChange, with_status
from ..domain.templates import FieldRole
from ..store import agenda_repo, meeting_repo, report_repo, report_search
from .report_links import check_linkable, fill_from_item, item_context, item_follows
from .template_service import get_template


@dataclass(frozen=True)
class ReportSummary:
    id: int
    title: str
    template_id: str
    status: ReportStatus
    meeting_id: int | None  # None while the report is not on an agenda
    agenda_item_id: int | None
    item_number: int | None  # the item's number on the agenda (agenda.numbered)
    part: int | None = None  # 2: exempt, never in a public pack
    meeting_date: date | None = None
    updated_at: str = ""


@dataclass(frozen=True)
class SearchHit:
    report_id: int
    title: str
    snippet: str  # the text around the match, plain
    highlights: tuple[tuple[int, int], ...]  # (start, end) of each matched word in snippet
    status: ReportStatus
    meeting_id: int | None = None
    meeting_date: date | None = None
    committee: str | None = None
    part: int | None = None


def _name(row: report_repo.ReportRow) -> str:
    return f"'{row.title}'" if row.title else f"Report {row.id}"


def _refuse_if_published(row: report_repo.ReportRow, doing: str) -> None:
    if row.status is ReportStatus.PUBLISHED:
        raise ValidationError(
            f"{_name(row)} is published and stays as it was published, so it cannot be "
            f"{doing}: publish a correction as a new report.", "status")


def create_report(db: Database, template_id: str, agenda_item_id: int | None = None) -> int:
    """A new draft report from the template, linked to the agenda item when one is given."""
    template = get_template(db, template_id)
    report = new_report(template)
    context = None
    if agenda_item_id is not None:
        context = item_context(db, agenda_item_id)
        check_linkable(db, context, None)
        fill_from_item(report, template, context)
    with db.atomic():
        report_id = report_repo.insert(db, report, header_value(report, template, FieldRole.TITLE))
        if context is not None:
            report_repo.link(db, report_id, agenda_item_id)
            item_follows(db, report, template, agenda_item_id)
    return report_id


def get_report(db: Database, report_id: int) -> Report:
    """The report with its status and appendices, and every field and section its template
    has now (a re-imported template may have gained some)."""
    report = report_repo.get(db, report_id)
    return conformed(report, get_template(db, report.template_id))


def save_report(db: Database, report: Report) -> None:
    """Store the report's header, sections and parts in one transaction (called on every
    autosave): the search index is updated and a linked agenda item follows the title and
    presenter."""
    if report.id is None:
        raise ValidationError("The report has not been created yet: create it from a template "
                              "first, then save it.", "id")
    row = report_repo.get_row(db, report.id)
    if report.template_id != row.template_id:
        raise ValidationError(
            f"{_name(row)} is written in the template '{row.template_id}', not "
            f"'{report.template_id}': a report keeps its template; create a new report to use "
            "another one.", "template_id")
    _refuse_if_published(row, "changed")
    template = get_template(db, row.template_id)
    with db.atomic():
        report_repo.update_content(db, report, header_value(report, template, FieldRole.TITLE))
        if row.agenda_item_id is not None:
            item_follows(db, report, template, row.agenda_item_id)


def delete_report(db: Database, report_id: int) -> None:
    """Delete a report with its appendices and history; a published one is kept (papers are
    open to inspection for six years, LGA 1972 s100C)."""
    _refuse_if_published(report_repo.get_row(db, report_id), "deleted")
    report_repo.delete(db, report_id)


# Agenda items ------------------------------------------------------------------------------

def link_to_item(db: Database, report_id: int, agenda_item_id: int) -> None:
    """Put the report on an agenda: it takes the meeting's committee and date, and the item
    takes the report's title and presenter. A report moves from any item it was on before."""
    row = report_repo.get_row(db, report_id)
    _refuse_if_published(row, "moved to another agenda item")
    context = item_context(db, agenda_item_id)
    check_linkable(db, context, report_id)
    report = get_report(db, report_id)
    template = get_template(db, report.template_id)
    fill_from_item(report, template, context)
    with db.atomic():
        report_repo.update_content(db, report, header_value(report, template, FieldRole.TITLE))
        report_repo.link(db, report_id, agenda_item_id)
        item_follows(db, report, template, agenda_item_id)


def unlink(db: Database, report_id: int) -> None:
    """Take the report off its agenda item; the item keeps its title and presenter."""
    row = report_repo.get_row(db, report_id)
    _refuse_if_published(row, "taken off its agenda item")
    report_repo.link(db, report_id, None)


def report_for_item(db: Database, agenda_item_id: int) -> int | None:
    return report_repo.report_for_item(db, agenda_item_id)


# Status ------------------------------------------------------------------------------------

def change_status(db: Database, report_id: int, status: ReportStatus | str, by: str,
                  note: str = "") -> Report:
    """Move the report to `status` under the domain's rules (report_status.py: one step at a
    time, forward only when the completeness check finds nothing, ReportNotReady listing the
    problems) and record who did it. Returns the report as it now is."""
    try:
        target = ReportStatus(status)
    except ValueError:
        allowed = ", ".join(s.value for s in ReportStatus)
        raise ValidationError(f"'{status}' is not a report status: use one of {allowed}.",
                              "status") from None
    if not by.strip():
        raise ValidationError("Say who is changing the report's status: enter your name.", "by")
    row = report_repo.get_row(db, report_id)
    if target is ReportStatus.PUBLISHED and row.agenda_item_id is None:
        raise ValidationError(f"{_name(row)} is not on any agenda: link it to an agenda item "
                              "before it is published.", "status")
    report = get_report(db, report_id)
    moved = with_status(report, get_template(db, report.template_id), target)
    report_repo.set_status(db, report_id, report.status, target, by.strip(), note.strip())
    return moved


def history(db: Database, report_id: int) -> list[StatusChange]:
    """The report's status changes, oldest first."""
    report_repo.get_row(db, report_id)
    return [StatusChange(datetime.fromisoformat(h.changed_at), h.changed_by, h.from_status,
                         h.to_status, h.note) for h in report_repo.history(db, report_id)]


# Listing and search ------------------------------------------------------------------------

def _item_numbers(db: Database, meeting_ids: set[int]) -> dict[int, int]:
    numbers: dict[int, int] = {}
    for meeting_id in meeting_ids:
        numbers.update({item.id: n for n, item in numbered(agenda_repo.items(db, meeting_id))})
    return numbers


def list_reports(db: Database, meeting_id: int | None = None) -> list[ReportSummary]:
    """Every report, or the reports on one meeting's agenda, in agenda order; reports on no
    agenda come last."""
    if meeting_id is not None:
        meeting_repo.get(db, meeting_id)  # NotFound naming the meeting
    rows = report_repo.rows(db, meeting_id)
    numbers = _item_numbers(db, {r.meeting_id for r in rows if r.meeting_id is not None})
    summaries = [
        ReportSummary(r.id, r.title, r.template_id, r.status, r.meeting_id, r.agenda_item_id,
                      numbers.get(r.agenda_item_id), r.part, r.meeting_date, r.updated_at)
        for r in rows
    ]
    return sorted(summaries, key=lambda s: (s.meeting_id is None, s.meeting_date or date.max,
                                            s.meeting_id or 0, s.item_number or 0, s.id))


def search_reports(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Reports whose words match `query`, best first. Any text is a valid query: punctuation
    and FTS5 operators are taken as ordinary characters; 'word*' finds words starting so."""
    hits = []
    for match in report_search.search(db, query, limit):
        row = report_repo.get_row(db, match.report_id)
        hits.append(SearchHit(row.id, row.title, match.snippet, match.highlights, row.status,
                              row.meeting_id, row.meeting_date, row.committee_name, row.part))
    return hits
