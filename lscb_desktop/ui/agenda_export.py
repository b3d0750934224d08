"""Exporting documents (Word and PDF) in the background: the agenda here, reports in
report_export.py.

The user picks a folder; the export service runs on a worker with its own database
connection; then a message lists the two files, with a button to open the folder."""

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..services import export_service
from . import messages
from .file_dialogs import documents_folder
from .workers import run_in_background


class DocumentExporter(QObject):
    """Subclasses name WHAT they export and the service function that writes it:
    export(db, record_id, folder) -> a result with .docx and .pdf paths."""

    WHAT = "document"
    busy_changed = Signal(bool)
    exported = Signal(object)  # the service's result (.docx, .pdf)
    failed = Signal(str)

    def __init__(self, db_path: str | Path, parent: QWidget):
        super().__init__(parent)
        self.db_path = db_path
        self.window = parent
        self.busy = False
        self.result_box: QMessageBox | None = None
        self.folder = documents_folder()

    def choose_folder_and_export(self, record_id: int) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, f"Export {self.WHAT} to folder", self.folder
        )
        if folder:
            self.export_to(record_id, folder)

    def export_to(self, record_id: int, folder: str | Path) -> None:
        if self.busy:
            return
        self.folder = str(folder)
        self._set_busy(True)
        run_in_background(
            self.db_path,
            lambda db: self.export(db, record_id, folder),
            self._done,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def _done(self, result) -> None:
        self._set_busy(False)
        self.exported.emit(result)
        self.result_box = self._result_box(result)
        self.result_box.open()  # not exec(): the event loop, and any test, carries on

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.failed.emit(messages.error_text(error))
        messages.show_error(self.window, f"The {self.WHAT} was not exported", error)

    def _result_box(self, result) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, f"{self.WHAT.capitalize()} exported",
                          f"The {self.WHAT} has been saved as Word and PDF:", parent=self.window)
        box.setInformativeText(f"{result.docx}\n{result.pdf}")
        open_folder = box.addButton("&Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_folder)
        box.buttonClicked.connect(lambda button: self._clicked(box, button, result))
        return box

    def _clicked(self, box: QMessageBox, button, result) -> None:
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            self.open_folder(result.pdf.parent)

    @staticmethod
    def open_folder(folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AgendaExporter(DocumentExporter):
    WHAT = "agenda"
    export = staticmethod(export_service.export_agenda)
