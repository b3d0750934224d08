"""Exporting a report as Word and PDF in its house style: out_dir/report.docx and
out_dir/report.pdf, both or neither. The Word file is also the one an author edits and
imports back (report_import_service.py)."""

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..domain.agenda import numbered
from ..domain.preferences import COUNCIL_NAME, SUPPRESSION_THRESHOLD
from ..export.report_composer import ReportContext, compose_report
from ..store import report_repo
from . import agenda_service, report_service, settings_service, template_service
from .export_service import write_documents

REPORT_DOCX = "report.docx"
REPORT_PDF = "report.pdf"


@dataclass(frozen=True)
class ReportExport:
    docx: Path
    pdf: Path


def report_context(db: Database, report_id: int) -> ReportContext:
    """What the report is printed with: the council, the suppression threshold, and, when
    it is on an agenda, its meeting, item number and any exemption (Part 2)."""
    council = settings_service.get(db, COUNCIL_NAME)
    threshold = settings_service.get(db, SUPPRESSION_THRESHOLD)
    row = report_repo.get_row(db, report_id)
    if row.agenda_item_id is None or row.meeting_id is None:
        return ReportContext(council, suppression_threshold=threshold)
    agenda = numbered(agenda_service.agenda(db, row.meeting_id))
    number, item = next(((n, i) for n, i in agenda if i.id == row.agenda_item_id),
                        (None, None))
    return ReportContext(
        council,
        committee_name=row.committee_name or "",
        meeting_date=row.meeting_date,
        suppression_threshold=threshold,
        agenda_item_number=number,
        exempt_paragraphs=tuple(item.exempt_paragraphs) if item else (),
    )


def export_report(db: Database, report_id: int, out_dir: str | Path) -> ReportExport:
    """Write the report to out_dir/report.docx and out_dir/report.pdf; a failure leaves any
    earlier files there as they were (export_service.ExportError for a folder that cannot
    be written)."""
    report = report_service.get_report(db, report_id)
    template = template_service.get_template(db, report.template_id)
    document = compose_report(report, template, report_context(db, report_id))
    docx_path, pdf_path = write_documents(document, out_dir, REPORT_DOCX, REPORT_PDF, "report")
    return ReportExport(docx=docx_path, pdf=pdf_path)
