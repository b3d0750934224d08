"""The main window's report page: one report editor open at a time, in the window's page
stack with its undo stack in the window's undo group. Opening another report saves the one
open and closes it; the tree hears of title and status changes."""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QStackedWidget

from .report_editor import ReportEditor


class ReportPageHost(QObject):
    report_changed = Signal(int)  # a report's title or status changed
    status_message = Signal(str)

    def __init__(self, db, db_path: str | Path, pages: QStackedWidget, undo_group: QUndoGroup,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db, self.db_path = db, db_path
        self.pages, self.undo_group = pages, undo_group
        self.editor: ReportEditor | None = None

    def page(self, report_id: int) -> ReportEditor:
        """The editor of `report_id`: the one open, or a new one (the previous one saved and
        closed). Raises what the services raise for a report that cannot be shown."""
        if self.editor is not None and self.editor.report_id == report_id:
            return self.editor
        editor = ReportEditor(self.db, self.db_path, report_id, self.pages)
        self.close()
        editor.report_changed.connect(self.report_changed)
        editor.status_message.connect(self.status_message)
        self.pages.addWidget(editor)
        self.undo_group.addStack(editor.undo_stack)
        self.editor = editor
        return editor

    def close(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.save_pending_changes()
            self.undo_group.removeStack(editor.undo_stack)
            self.pages.removeWidget(editor)
            editor.deleteLater()

    def is_shown(self) -> bool:
        return self.editor is not None and self.pages.currentWidget() is self.editor

    def save_pending_changes(self) -> None:
        if self.editor is not None:
            self.editor.save_pending_changes()

    def refresh_settings(self) -> None:
        if self.editor is not None:
            self.editor.refresh_settings()
