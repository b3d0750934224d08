"""Exporting a meeting's minutes as Word and PDF in the background (the agenda's exporter:
a folder dialog, a worker with its own database connection, a message listing the files).
Only the wording differs: "minutes" is plural."""

from PySide6.QtWidgets import QMessageBox

from ..services import minutes_export_service
from . import messages
from .agenda_export import DocumentExporter


class MinutesExporter(DocumentExporter):
    WHAT = "minutes"
    export = staticmethod(minutes_export_service.export_minutes)

    def _result_box(self, result) -> QMessageBox:
        box = super()._result_box(result)
        box.setText("The minutes have been saved as Word and PDF:")
        return box

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.failed.emit(messages.error_text(error))
        messages.show_error(self.window, "The minutes were not exported", error)
