"""Importing a report from a Word file into a new report of a chosen template: what fits
the template's sections is placed there, what does not is kept in 'Unplaced content', and
the notes say which is which (export/report_docx_reader.py). A file that cannot be read
stores nothing."""

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ..domain.preferences import SUPPRESSION_THRESHOLD
from ..domain.report import Report
from ..domain.report_header import display_header_value
from ..domain.templates import FieldRole, ReportTemplate
from ..export.docx_reading import DocxReadError
from ..export.report_docx_reader import read_report_docx
from . import report_service, settings_service, template_service
from .report_links import fill_from_item, item_context


class ReportImportError(ValueError):
    """The file is not a Word document that can be read; the message names the file and the
    way out. Nothing was stored."""


@dataclass(frozen=True)
class ImportResult:
    report_id: int
    notes: list[str] = field(default_factory=list)  # what could not be placed, and why


def _take_meeting(db: Database, report: Report, template: ReportTemplate,
                  agenda_item_id: int) -> list[str]:
    """The report goes on the item's meeting (as report_service.link_to_item does): it
    takes the meeting's committee and date. Returns a note for each the file had otherwise."""
    before = dict(report.header)
    fill_from_item(report, template, item_context(db, agenda_item_id))
    notes = []
    for role in (FieldRole.COMMITTEE, FieldRole.MEETING_DATE):
        header_field = template.field_for(role)
        if header_field is None:
            continue
        old, new = before.get(header_field.key, ""), report.header.get(header_field.key, "")
        if old.strip() and old != new:
            notes.append(f"The file gives '{display_header_value(header_field, old)}' as the "
                         f"'{header_field.label}'; the report is on the agenda of "
                         f"'{display_header_value(header_field, new)}', so it says that.")
    return notes


def import_report_docx(db: Database, path: str | Path, template_id: str,
                       agenda_item_id: int | None = None) -> ImportResult:
    """A new draft report of `template_id` from the Word file at `path`, linked to the agenda
    item when one is given."""
    template = template_service.get_template(db, template_id)
    path = Path(path)
    try:
        imported = read_report_docx(path, template, settings_service.get(db, SUPPRESSION_THRESHOLD),
                                    name=path.name)
    except DocxReadError as error:
        raise ReportImportError(str(error)) from error
    report, notes = imported.report, list(imported.notes)
    with db.atomic():
        report.id = report_service.create_report(db, template_id, agenda_item_id)
        if agenda_item_id is not None:
            notes += _take_meeting(db, report, template, agenda_item_id)
        report_service.save_report(db, report)
    return ImportResult(report.id, notes)
