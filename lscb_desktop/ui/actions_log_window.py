"""The actions log: every action arising from minutes, across meetings and committees, in a
window of its own (non-modal) that the clerk keeps beside the main window.

Filter by committee, overdue only, open only; mark the selected actions done or cancelled or
reopen them, edit one (every change undoable); put open actions on the committee's next
agenda as matters arising; double-click (or Enter) opens the minute an action arose at."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QStyle, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from ..domain.actions import ActionStatus
from ..domain.dates import weekday_date
from ..services import action_service, committee_service
from ..services.action_service import ActionEntry
from . import actions_log_matters, messages
from .actions_log_commands import change_actions, status_change_text
from .actions_log_dialog import ActionDialog
from .actions_log_table_model import (
    COL_ACTION, COL_COMMITTEE, COL_MINUTE, COL_OWNER, COL_STATUS, ActionsLogTableModel,
)
from .form_feedback import muted, standard_icon
from .style import PAGE_STYLE, glyph_icon, page_title

_TABLE_STYLE = ("QTableView::item { padding: 0 8px; } "
                "QHeaderView::section { padding: 4px 8px; }")
_NOTHING_SHOWN = ("No actions to show. Actions are recorded with the minutes; change the "
                  "filters above to see others.")
_MAX_WIDTHS = {COL_COMMITTEE: 220, COL_MINUTE: 280, COL_OWNER: 160, COL_STATUS: 130}


class ActionsLogWindow(QWidget):
    open_minute = Signal(int, int)  # meeting id, minute id
    agenda_changed = Signal(int)  # meeting id, after matters arising were put on its agenda

    def __init__(self, db, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, even with a parent
        self.setWindowTitle("Actions log - LSCB Desktop")
        self.setStyleSheet(PAGE_STYLE + _TABLE_STYLE)
        self.db = db
        self._today = today
        self.undo_stack = QUndoStack(self)
        self.dialog: ActionDialog | None = None  # the open edit dialog, if any
        self.model = ActionsLogTableModel(self)
        self._build()
        self._build_actions()
        self._load_committees()
        self.refresh()
        self.resize(1120, 580)

    # Layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.committee_combo = QComboBox(self)
        self.committee_combo.setMinimumWidth(240)
        committee_label = QLabel("Comm&ittee:", self)
        committee_label.setBuddy(self.committee_combo)
        self.overdue_check = QCheckBox("&Overdue only", self)
        self.open_check = QCheckBox("O&pen only", self)
        self.count_label = muted(QLabel(self))
        self.count_label.setWordWrap(False)
        filters = QHBoxLayout()
        filters.setSpacing(12)
        for widget in (committee_label, self.committee_combo, self.overdue_check,
                       self.open_check):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.view.setShowGrid(False)
        self.view.doubleClicked.connect(lambda index: self._open_minute(index.row()))

        self.note = muted(QLabel(self))
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(page_title("Actions log"))
        layout.addWidget(muted(QLabel(
            "Actions arising from minutes, across meetings. An action is overdue when it is "
            "still open after its due date.", self)))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons())
        layout.addWidget(self.note)

    def _buttons(self) -> QHBoxLayout:
        sp = QStyle.StandardPixmap
        self.edit_button = QPushButton("&Edit...", self)
        self.done_button = QPushButton("Mark &done", self)
        self.done_button.setIcon(standard_icon(self, sp.SP_DialogApplyButton))
        self.cancel_button = QPushButton("Mark &cancelled", self)
        self.reopen_button = QPushButton("&Reopen", self)
        self.matters_button = QPushButton("Put on next agenda as &matters arising...", self)
        self.matters_button.setIcon(standard_icon(self, sp.SP_FileDialogDetailedView))
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(glyph_icon("\u21b6"))
        self.redo_action = self.undo_stack.createRedoAction(self, "Re&do")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(glyph_icon("\u21b7"))
        self.addActions([self.undo_action, self.redo_action])
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in (self.edit_button, self.done_button, self.cancel_button,
                       self.reopen_button):
            row.addWidget(button)
        for action in (self.undo_action, self.redo_action):
            tool = QToolButton(self)
            tool.setDefaultAction(action)
            tool.setAutoRaise(True)
            row.addWidget(tool)
        row.addStretch(1)
        row.addWidget(self.matters_button)
        return row

    def _build_actions(self) -> None:
        def shortcut(keys: str, slot, widget: QWidget | None = None) -> QAction:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            (widget or self).addAction(action)
            return action

        self.committee_combo.currentIndexChanged.connect(lambda: self.refresh())
        self.overdue_check.toggled.connect(lambda: self.refresh())
        self.open_check.toggled.connect(lambda: self.refresh())
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(lambda: self.set_status(ActionStatus.DONE))
        self.cancel_button.clicked.connect(lambda: self.set_status(ActionStatus.CANCELLED))
        self.reopen_button.clicked.connect(lambda: self.set_status(ActionStatus.OPEN))
        self.matters_button.clicked.connect(self.put_on_next_agenda)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        shortcut("F2", self.edit_selected)
        open_action = shortcut("Return", lambda: self._open_minute(self.view.currentIndex().row()),
                               self.view)
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _load_committees(self) -> None:
        self.committee_combo.blockSignals(True)
        self.committee_combo.addItem("All committees", None)
        for committee in committee_service.list_committees(self.db):
            self.committee_combo.addItem(committee.name, committee.id)
        self.committee_combo.blockSignals(False)

    # Showing ------------------------------------------------------------------------------

    def committee_id(self) -> int | None:
        return self.committee_combo.currentData()

    def set_committee(self, committee_id: int | None) -> None:
        self.committee_combo.setCurrentIndex(max(0, self.committee_combo.findData(committee_id)))

    def refresh(self, select_ids: list[int] | None = None) -> None:
        """Read the log again, keeping the selection (or selecting `select_ids`)."""
        keep = select_ids if select_ids is not None else [
            e.action.id for e in self.selected_entries()]
        entries = action_service.actions_log(
            self.db, self.committee_id(), overdue_only=self.overdue_check.isChecked(),
            open_only=self.open_check.isChecked(), today=self._today())
        if entries != self.model.rows() or select_ids is not None:
            self.model.set_rows(entries)  # unchanged rows stay put: a click is not lost
            self._fit_columns()
            self._select(keep)
        overdue = sum(e.overdue for e in entries)
        count = f"{len(entries)} action{'s' if len(entries) != 1 else ''}"
        self.count_label.setText(f"{count}, {overdue} overdue" if overdue else count)
        if not entries:
            self.note.setText(_NOTHING_SHOWN)
        elif self.note.text() == _NOTHING_SHOWN:
            self.note.clear()
        self._update_buttons()

    def _fit_columns(self) -> None:
        # one committee's actions need no committee column: the room goes to the actions
        one_committee = self.committee_id() is not None or self.committee_combo.count() <= 2
        self.view.setColumnHidden(COL_COMMITTEE, one_committee)
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for column, widest in _MAX_WIDTHS.items():
            header.resizeSection(column, min(header.sectionSize(column), widest))
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)

    def _select(self, action_ids: list[int]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        rows = [row for row in map(self.model.row_of, action_ids) if row is not None]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_entries(self) -> list[ActionEntry]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.record_at(row) for row in rows]

    def _update_buttons(self) -> None:
        statuses = {e.action.status for e in self.selected_entries()}
        self.edit_button.setEnabled(len(self.selected_entries()) == 1)
        self.done_button.setEnabled(bool(statuses - {ActionStatus.DONE}))
        self.cancel_button.setEnabled(bool(statuses - {ActionStatus.CANCELLED}))
        self.reopen_button.setEnabled(bool(statuses - {ActionStatus.OPEN}))

    def event(self, event) -> bool:
        if event.type() == event.Type.WindowActivate:
            self.refresh()  # the minutes may have changed in the main window meanwhile
        return super().event(event)

    # Changing -----------------------------------------------------------------------------

    def set_status(self, status: ActionStatus) -> None:
        """Give the selected actions `status` (one undoable step)."""
        before = [e.action for e in self.selected_entries() if e.action.status is not status]
        if not before:
            return
        after = [replace(a, status=status) for a in before]
        self._change(status_change_text(status, before), before, after)
        self.note.setText(f"{status_change_text(status, before)}. Undo with Ctrl+Z.")

    def edit_selected(self) -> None:
        entries = self.selected_entries()
        if len(entries) != 1:
            return
        entry = entries[0]

        def save(action) -> None:
            self._change(f"Edit '{action.description}'", [entry.action], [action], raise_=True)

        dialog = ActionDialog(entry, save, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _change(self, text: str, before, after, raise_: bool = False) -> None:
        try:
            change_actions(self.undo_stack, self.db, text, before, after, self.refresh,
                           self._report_error)
        except messages.USER_ERRORS as error:
            if raise_:  # the dialog shows it beside the fields and stays open
                raise
            self._report_error(error)

    def _report_error(self, error: BaseException) -> None:
        messages.show_error(self, "Actions log", error)
        self.refresh()

    def put_on_next_agenda(self) -> None:
        done = actions_log_matters.put_on_next_agenda(
            self, self.db, self.selected_entries(), self.committee_id(), self.model.rows(),
            self._today())
        if done is None:
            return
        how = "added to" if done.added else "brought up to date on"
        self.note.setText(f"'Matters Arising' ({done.action_count} action"
                          f"{'s' if done.action_count != 1 else ''}) {how} the agenda of the "
                          f"meeting on {weekday_date(done.meeting.date)}.")
        self.agenda_changed.emit(done.meeting.id)

    def _open_minute(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            logged = self.model.record_at(row).logged
            self.open_minute.emit(logged.meeting_id, logged.action.minute_id)
