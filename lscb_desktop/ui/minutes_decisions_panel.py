"""A minute's decisions: the list as the minutes print them (add, edit, remove, move up and
down) and the quick inserts a clerk most often needs ("That the report be noted."), each on
a button and a shortcut (Ctrl+1, Ctrl+2, ...). Every change is an undoable command."""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.attendance import AttendanceStatus, titled_name
from ..domain.decisions import Decision
from ..domain.minutes import Minute
from ..services import attendance_service
from . import messages, minutes_commands
from .decision_dialog import DecisionDialog
from .form_feedback import muted
from .minutes_commands import MinutesContext
from .minutes_records_table_model import DECISION_TEXT, DecisionTableModel
from .minutes_style import TABLE_STYLE
from .record_table_panel import RecordTablePanel

_CTRL = Qt.KeyboardModifier.ControlModifier
MAX_QUICK_INSERTS = 9  # Ctrl+1 to Ctrl+9


def short_label(text: str, limit: int = 44) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


class DecisionsPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: MinutesContext, scope: QWidget, parent: QWidget | None = None):
        """`scope`: the widget whose children hear the quick-insert shortcuts."""
        super().__init__(parent)
        self.ctx, self.db, self.scope = ctx, ctx.db, scope
        self.minute: Minute | None = None
        self.editable = False
        self.dialog: DecisionDialog | None = None
        self.model = DecisionTableModel(self)
        self.panel = RecordTablePanel(self.model, "decision", self)
        self.panel.add_button.setText("Add &decision...")
        self.panel.view.setStyleSheet(TABLE_STYLE)
        self.panel.stretch_columns(DECISION_TEXT)
        self.panel.view.horizontalHeader().hide()
        self.panel.view.setWordWrap(True)
        self.panel.view.setMinimumHeight(64)
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        self.up_button.setToolTip("Move the selected decision up (Ctrl+Up in the list)")
        self.down_button.setToolTip("Move the selected decision down (Ctrl+Down in the list)")
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(1))
        self.panel.toolbar.insertWidget(3, self.up_button)
        self.panel.toolbar.insertWidget(4, self.down_button)
        self.panel.bind_key(Qt.Key.Key_Up, _CTRL, lambda row: self.move(row, -1))
        self.panel.bind_key(Qt.Key.Key_Down, _CTRL, lambda row: self.move(row, 1))
        self.panel.add_requested.connect(self.add_decision)
        self.panel.edit_requested.connect(self.edit_decision)
        self.panel.remove_requested.connect(self.remove_decision)
        self.panel.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.inserts_box = QWidget()  # rebuilt when the inserts change (quick_inserts)
        self._insert_texts: list[str] = []
        self.insert_buttons: list[QPushButton] = []
        self.insert_actions: list[QAction] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.inserts_box)

    # Showing --------------------------------------------------------------------------------

    def show_minute(self, minute: Minute, editable: bool, inserts: list[str]) -> None:
        row = self.panel.selected_row()
        self.minute, self.editable = minute, editable
        self.model.set_rows(minute.decisions)
        self.panel.view.resizeRowsToContents()
        self.panel.select_row(row)
        self._show_inserts(inserts)
        self._update_buttons()

    def _show_inserts(self, inserts: list[str]) -> None:
        texts = inserts[:MAX_QUICK_INSERTS]
        if texts != self._insert_texts:
            self._insert_texts = texts
            for action in self.insert_actions:
                self.scope.removeAction(action)
                action.deleteLater()
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(muted(QLabel("Quick insert:")))
            self.insert_buttons, self.insert_actions = [], []
            for n, text in enumerate(texts, start=1):
                shortcut = QKeySequence(f"Ctrl+{n}")
                button = QPushButton(short_label(text))
                button.setToolTip(f"Add the decision: RESOLVED \u2013 {text} "
                                  f"({shortcut.toString()})")
                button.clicked.connect(lambda _=False, t=text: self.insert(t))
                action = QAction(button.text(), self.scope)
                action.setShortcut(shortcut)
                # heard anywhere in the minute editor, so they work while typing the narrative
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(lambda _=False, t=text: self.insert(t))
                self.scope.addAction(action)
                row.addWidget(button)
                self.insert_buttons.append(button)
                self.insert_actions.append(action)
            row.addStretch(1)
            self.layout().replaceWidget(self.inserts_box, box)
            self.inserts_box.deleteLater()
            self.inserts_box = box
        for widget in [*self.insert_buttons, *self.insert_actions]:
            widget.setEnabled(self.editable)
        self.inserts_box.setVisible(self.editable and bool(texts))

    def _update_buttons(self, *_) -> None:
        row = self.panel.selected_row() if self.editable else None
        for button in (self.panel.add_button, self.panel.edit_button, self.panel.remove_button,
                       self.up_button, self.down_button):
            button.setVisible(self.editable)  # read-only decisions show just their text
        self.panel.add_button.setEnabled(self.editable)
        self.panel.edit_button.setEnabled(row is not None)
        self.panel.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)

    # Editing --------------------------------------------------------------------------------

    def _voters(self) -> list[str]:
        voters = []
        for a in attendance_service.attendance(self.db, self.minute.meeting_id):
            if a.status is AttendanceStatus.PRESENT:
                voters.append(titled_name(a.name, a.role))
            elif a.status is AttendanceStatus.SUBSTITUTED:
                voters.append(a.substitute)
        return voters

    def _set(self, decisions: list[Decision], text: str, raise_refusal: bool = False) -> bool:
        try:
            return minutes_commands.set_decisions(self.ctx, self.minute.id, decisions, text)
        except messages.USER_ERRORS as error:
            if raise_refusal:
                raise
            messages.show_error(self, "The decisions were not changed", error)
            return False

    def insert(self, text: str) -> None:
        if self.editable and self.minute is not None:
            if self._set([*self.model.rows(), Decision(text)], "Insert a decision"):
                self.panel.select_row(self.model.rowCount() - 1)
                self.status_message.emit(f"Added: RESOLVED \u2013 {text}")

    def _open_dialog(self, decision: Decision | None, submit) -> None:
        dialog = DecisionDialog(decision, self._voters(), submit, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def add_decision(self) -> None:
        if self.editable:
            self._open_dialog(None, lambda d: self._set(
                [*self.model.rows(), d], "Add a decision", raise_refusal=True))

    def edit_decision(self, row: int) -> None:
        if not self.editable:
            return
        rows = self.model.rows()

        def submit(edited: Decision) -> None:
            self._set(rows[:row] + [edited] + rows[row + 1:], "Edit a decision",
                      raise_refusal=True)
        self._open_dialog(rows[row], submit)

    def remove_decision(self, row: int) -> None:
        if self.editable:
            rows = self.model.rows()
            rows.pop(row)
            if self._set(rows, "Remove a decision"):
                self.status_message.emit("Decision removed. Undo (Ctrl+Z) brings it back.")

    def _move_selected(self, step: int) -> None:
        row = self.panel.selected_row()
        if row is not None:
            self.move(row, step)

    def move(self, row: int, step: int) -> None:
        target = row + step
        rows = self.model.rows()
        if not self.editable or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        if self._set([replace(d) for d in rows], "Move a decision"):
            self.panel.select_row(target)
