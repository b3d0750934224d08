"""Exporting a report as Word and PDF in the background, and importing a report from Word.

Export: the author picks a folder; report_export_service.export_report runs on a worker with
its own database connection; a message lists the two files, with a button to open the
folder. Import: the author picks a .docx and a template; report_import_service places what
it can and lists what it could not, which is shown."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..services import report_export_service, report_import_service
from . import messages
from .agenda_export import AgendaExporter
from .workers import run_in_background


class ReportExporter(AgendaExporter):
    """The agenda exporter's folder choice, worker, busy state and result message, for a
    report: export_service.export_agenda becomes report_export_service.export_report."""

    def choose_folder_and_export(self, report_id: int) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Export report to folder",
                                                  self.folder)
        if folder:
            self.export_to(report_id, folder)

    def export_to(self, report_id: int, folder: str | Path) -> None:
        if self.busy:
            return
        self.folder = str(folder)
        self._set_busy(True)
        run_in_background(
            self.db_path,
            lambda db: report_export_service.export_report(db, report_id, folder),
            self._done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.failed.emit(messages.error_text(error))
        messages.show_error(self.window, "The report was not exported", error)

    def _result_box(self, result) -> QMessageBox:
        box = super()._result_box(result)
        box.setWindowTitle("Report exported")
        box.setText("The report has been saved as Word and PDF:")
        return box


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
