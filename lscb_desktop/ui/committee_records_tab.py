"""Members or officers of a committee on the committee page: a table with Add / Edit /
Remove, each edit an undoable command through committee_service."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from . import messages
from .committee_commands import (
    RecordIds,
    RecordKind,
    RemoveRecordCommand,
    SaveRecordCommand,
    push_applied,
)
from .record_dialog import RecordDialog
from .record_table_panel import RecordTablePanel


class CommitteeRecordsTab(QWidget):
    def __init__(
        self,
        db,
        kind: RecordKind,
        model,
        make_dialog: Callable[[object, Callable[[object], None], QWidget], RecordDialog],
        undo_stack: QUndoStack,
        refresh: Callable[[int | None], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.model = model
        self.ids = RecordIds()
        self.dialog: RecordDialog | None = None
        self._make_dialog = make_dialog
        self._undo_stack = undo_stack
        self._refresh = refresh
        # Set by the page: a blank record for the committee shown, and the removal question.
        self.new_record: Callable[[], object] | None = None
        self.removal_question: Callable[[object], str] = lambda record: (
            f"Remove {record.name}? You can undo this with Ctrl+Z.")

        self.panel = RecordTablePanel(model, kind.noun, self)
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.remove_requested.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def show_rows(self, rows: list, select_id: int | None = None) -> None:
        self.model.set_rows(rows)
        self.panel.select_row(self.model.row_of(select_id))

    def forget_history(self) -> None:
        """The undo stack was cleared: no command refers to records by token any more."""
        self.ids = RecordIds()

    # Actions -----------------------------------------------------------------------------

    def add(self) -> None:
        if self.new_record is not None:
            self._open(self._make_dialog(self.new_record(), self._save_new, self))

    def edit(self, row: int) -> None:
        before = self.model.record_at(row)
        self._open(self._make_dialog(before, lambda after: self._save(before, after), self))

    def remove(self, row: int) -> None:
        record = self.model.record_at(row)
        title = f"Remove {self.kind.noun}"
        if not messages.confirm(self, title, self.removal_question(record), title):
            return
        try:
            push_applied(self._undo_stack, RemoveRecordCommand(
                self.db, self.kind, self.ids, record, self._refresh, self._report))
        except messages.USER_ERRORS as error:
            messages.show_error(self, f"{self.kind.noun.capitalize()} not removed", error)

    # -------------------------------------------------------------------------------------

    def _save_new(self, after) -> None:
        self._save(None, after)

    def _save(self, before, after) -> None:
        """Raises ValidationError / NotFound to the dialog, which stays open."""
        push_applied(self._undo_stack, SaveRecordCommand(
            self.db, self.kind, self.ids, before, after, self._refresh, self._report))

    def _report(self, message: str) -> None:
        messages.show_error(self, f"{self.kind.noun.capitalize()}s", message)

    def _open(self, dialog: RecordDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
