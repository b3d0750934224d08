"""The resolutions register: every decision with its committee, meeting date, minute number
and title, and its text as the minutes print it; filtered by committee, date range and
words (the full-text search of decision_search), and exported as Word, PDF and CSV."""

import csv
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path

from sqlite_utils import Database

from ..domain.dates import long_date
from ..domain.decisions import DASH, Decision
from ..domain.errors import ValidationError
from ..domain.preferences import COUNCIL_NAME
from ..export.atomic import atomic_path
from ..export.docx_renderer import render_docx
from ..export.pdf_renderer import render_pdf
from ..export.register_composer import RegisterLine, compose_register
from ..store import register_repo
from . import committee_service, settings_service
from .decision_search import search_minutes
from .export_service import ExportError

REGISTER_DOCX = "register.docx"
REGISTER_PDF = "register.pdf"
REGISTER_CSV = "register.csv"
CSV_HEADER = ("Date", "Committee", "Minute", "Minute title", "Part", "Decision")
ALL_COMMITTEES = "All committees"
# Every matching minute, not a page of best matches: the register is complete or it misleads.
SEARCH_LIMIT = 1_000_000


@dataclass(frozen=True)
class RegisterFilters:
    committee_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    query: str = ""


@dataclass(frozen=True)
class RegisterEntry:
    """One decision, as the register lists it."""

    decision_id: int
    minute_id: int
    meeting_id: int
    committee_id: int
    committee: str
    meeting_date: date
    minute_number: int
    minute_title: str
    part: int  # 2: an exempt (Schedule 12A) item
    decision: str  # 'RESOLVED – That ...', '(2)' when one of several; a vote after it


@dataclass(frozen=True)
class RegisterExport:
    docx: Path
    pdf: Path
    csv: Path


def printed_decisions(decisions: tuple[Decision, ...] | list[Decision]) -> list[str]:
    """Each decision as the minutes print it, standing alone: 'RESOLVED – That ...', or
    'RESOLVED – (2) That ...' when it is one of several under one heading (consecutive
    decisions with the same heading, as domain.decisions.decision_lines groups them)."""
    lines = []
    for _, block in groupby(decisions, key=lambda d: d.heading):
        block = list(block)
        for n, decision in enumerate(block, start=1):
            number = f"({n}) " if len(block) > 1 else ""
            vote = f" {decision.vote.sentence()}" if decision.vote else ""
            lines.append(f"{decision.heading} {DASH} {number}{decision.text.strip()}{vote}")
    return lines


def _check(db: Database, filters: RegisterFilters) -> None:
    if filters.committee_id is not None:
        committee_service.get_committee(db, filters.committee_id)  # NotFound naming the id
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise ValidationError(
            f"The register cannot run from {long_date(filters.date_from)} to the earlier "
            f"{long_date(filters.date_to)}: make the 'to' date the later one.", "date_to")


def register(db: Database, filters: RegisterFilters = RegisterFilters()) -> list[RegisterEntry]:
    """Every decision passing `filters`, oldest meeting first. With a query, only the
    decisions of minutes whose title, decisions or narrative hold its words."""
    _check(db, filters)
    minute_ids = None
    if filters.query.strip():
        hits = search_minutes(db, filters.query, filters.committee_id, filters.date_from,
                              filters.date_to, limit=SEARCH_LIMIT)
        minute_ids = [hit.match.minute_id for hit in hits]
    minutes = register_repo.decided_minutes(db, filters.committee_id, filters.date_from,
                                            filters.date_to, minute_ids)
    return [
        RegisterEntry(d.id, m.minute_id, m.meeting_id, m.committee_id, m.committee_name,
                      m.meeting_date, m.number, m.title, m.part, text)
        for m in minutes for d, text in zip(m.decisions, printed_decisions(m.decisions))
    ]


def describe_filters(db: Database, filters: RegisterFilters) -> list[tuple[str, str]]:
    """The filters in words, as the exported register states them."""
    committee = (committee_service.get_committee(db, filters.committee_id).name
                 if filters.committee_id is not None else ALL_COMMITTEES)
    if filters.date_from and filters.date_to:
        period = f"{long_date(filters.date_from)} to {long_date(filters.date_to)}"
    elif filters.date_from:
        period = f"From {long_date(filters.date_from)}"
    elif filters.date_to:
        period = f"Up to {long_date(filters.date_to)}"
    else:
        period = "All dates"
    described = [("Committee:", committee), ("Meetings:", period)]
    if filters.query.strip():
        described.append(("Search:", filters.query.strip()))
    return described


def _write_csv(entries: list[RegisterEntry], target: Path) -> None:
    # UTF-8 with a byte-order mark: Excel then reads the dashes and accents right.
    with open(target, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(CSV_HEADER)
        writer.writerows((e.meeting_date.isoformat(), e.committee, e.minute_number,
                          e.minute_title, e.part, e.decision) for e in entries)


def export_register(db: Database, out_dir: str | Path,
                    filters: RegisterFilters = RegisterFilters()) -> RegisterExport:
    """Write the register to out_dir/register.docx, .pdf and .csv: all three or none, so a
    failure leaves the previous files as they were (ExportError names the folder)."""
    entries = register(db, filters)
    document = compose_register(
        [RegisterLine(e.meeting_date, e.committee, e.minute_number, e.minute_title, e.part,
                      e.decision) for e in entries],
        describe_filters(db, filters), settings_service.get(db, COUNCIL_NAME))
    folder = Path(out_dir)
    paths = RegisterExport(folder / REGISTER_DOCX, folder / REGISTER_PDF, folder / REGISTER_CSV)
    try:
        with (atomic_path(paths.docx) as docx_tmp, atomic_path(paths.pdf) as pdf_tmp,
              atomic_path(paths.csv) as csv_tmp):
            render_docx(document, docx_tmp)
            render_pdf(document, pdf_tmp)
            _write_csv(entries, csv_tmp)
    except OSError as error:
        raise ExportError(
            f"The resolutions register could not be saved in the folder '{folder}': "
            f"{error.strerror or error}. Choose a folder you can write to, and close "
            f"{REGISTER_DOCX}, {REGISTER_PDF} or {REGISTER_CSV} if another program has it "
            "open.") from error
    return paths
