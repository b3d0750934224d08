"""Report > Import report from Word...: choose the .docx, then its house style; the report
is created (on the agenda item selected on the meeting page, when that is a report item
without a report) and opened, and a message says what could not be placed."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.agenda import AgendaItem, ItemKind
from ..services import report_service
from . import messages
from .file_dialogs import documents_folder
from .report_export import import_from_word, import_notes_text
from .report_template_dialog import ReportTemplateDialog


def _item_to_link(db, item: AgendaItem | None) -> AgendaItem | None:
    if item is None or item.kind is not ItemKind.REPORT:
        return None
    return item if report_service.report_for_item(db, item.id) is None else None


def import_report(window: QWidget, db, item: AgendaItem | None, on_imported,
                  path: str | None = None) -> ReportTemplateDialog | None:
    """Ask for the file (unless `path` is given) and then the template, without blocking;
    returns the template dialog (kept as window.report_import_dialog)."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, "Import report from Word", documents_folder(),
                                              "Word documents (*.docx)")
        if not path:
            return None
    link = _item_to_link(db, item)
    where = f" It will be the report for '{link.title}'." if link else ""
    dialog = ReportTemplateDialog(
        db, window, title="Import report from Word", accept_text="&Import",
        intro=f"Choose the house style of '{Path(path).name}': its headings are matched to "
              f"the style's sections.{where}")
    dialog.accepted.connect(lambda: run_import(window, db, path, dialog.selected_template_id(),
                                               link.id if link else None, on_imported))
    dialog.finished.connect(dialog.deleteLater)
    window.report_import_dialog = dialog
    dialog.open()
    return dialog


def run_import(window: QWidget, db, path: str, template_id: str | None,
               agenda_item_id: int | None, on_imported) -> int | None:
    if template_id is None:
        return None
    try:
        result = import_from_word(db, path, template_id, agenda_item_id)
    except messages.USER_ERRORS as error:
        messages.show_error(window, "The report was not imported", error)
        return None
    on_imported(result.report_id)
    box = QMessageBox(QMessageBox.Icon.Information, "Report imported",
                      f"'{Path(path).name}' has been imported.", parent=window)
    box.setInformativeText(import_notes_text(list(result.notes)))
    box.addButton(QMessageBox.StandardButton.Ok)
    window.report_import_box = box
    box.open()  # not exec(): the report is on screen behind it, and tests carry on
    return result.report_id


def delete_report(window: QWidget, db, report_id: int, on_deleted) -> bool:
    """Report > Delete report...: after confirmation the report, its appendices and history
    go; `on_deleted(meeting_id or None)` then shows where it was. A published report is kept
    (the service refuses, and the message says why)."""
    summary = next((r for r in report_service.list_reports(db) if r.id == report_id), None)
    if summary is None:
        return False
    where = f" and taken off item {summary.item_number} of its agenda" if summary.item_number else ""
    if not messages.confirm(window, "Delete report",
                            f"Delete the report '{summary.title or 'Untitled report'}'? Its "
                            f"appendices and history are deleted too{where}. This cannot be undone.",
                            "&Delete report"):
        return False
    try:
        report_service.delete_report(db, report_id)
    except messages.USER_ERRORS as error:
        messages.show_error(window, "The report was not deleted", error)
        return False
    on_deleted(summary.meeting_id)
    return True
