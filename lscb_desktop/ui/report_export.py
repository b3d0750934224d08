"""Exporting a report as Word and PDF in the background, and importing a report from Word.

Export: the author picks a folder; report_export_service.export_report runs on a worker with
its own database connection; a message lists the two files, with a button to open the
folder. Import: the author picks a .docx and a template; report_import_service places what
it can and lists what it could not, which is shown."""

from pathlib import Path

from ..services import report_export_service, report_import_service
from .agenda_export import DocumentExporter


class ReportExporter(DocumentExporter):
    WHAT = "report"
    export = staticmethod(report_export_service.export_report)


def import_from_word(db, path: str | Path, template_id: str,
                     agenda_item_id: int | None = None):
    """Import the Word file; returns the service's ImportResult (report id and notes).
    Raises what the service refuses, having created nothing."""
    return report_import_service.import_report_docx(db, path, template_id, agenda_item_id)


def import_notes_text(notes: list[str]) -> str:
    """What the import could not place, for the message shown after it."""
    if not notes:
        return "Everything in the document was placed in the report's sections."
    listed = "\n".join(f"- {note}" for note in notes)
    return ("Some of the document could not be placed; check the report, and move what is "
            f"in 'Unplaced content' to where it belongs:\n{listed}")
