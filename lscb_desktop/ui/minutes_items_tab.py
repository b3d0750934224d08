"""The Minutes tab of the minutes page: the minutes in the order the items were taken (move
one with Ctrl+Up/Down; the numbers follow), the meeting's times beneath, and the selected
minute's editor beside them."""

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from ..domain.minutes import Minute, MinuteKind, MinutesRecord
from ..services import meeting_service, minutes_service
from . import messages, minutes_commands, style
from .minute_editor import MinuteEditor
from .minutes_commands import MinutesContext
from .minutes_list_model import COL_NUMBER, COL_PART, COL_TITLE, MinutesListModel
from .minutes_style import TABLE_STYLE
from .minutes_times_box import MeetingTimesBox


class MinutesItemsTab(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: MinutesContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.meeting_id: int | None = None
        self.locked = False
        self._showing = False  # selection changes while reloading are not the clerk's
        self.model = MinutesListModel(self)
        self.editor = MinuteEditor(ctx)
        self.editor.status_message.connect(self.status_message)
        self.editor.minute_saved.connect(self._title_saved)
        self.times = MeetingTimesBox()
        self.times.times_edited.connect(self._set_times)
        self.splitter = QSplitter()
        self.splitter.setObjectName("minutesSplitter")
        self.splitter.addWidget(self._list_column())
        self.splitter.addWidget(self._editor_column())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 620])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.splitter)

    def _list_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(14)
        card, card_layout = style.card("In the order taken")
        self.view = QTableView()
        self.view.setObjectName("minutesList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setStyleSheet(TABLE_STYLE)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for fitted in (COL_NUMBER, COL_PART):
            header.setSectionResizeMode(fitted, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.move_up_action = self._move_action("Move &up", "Ctrl+Up", -1)
        self.move_down_action = self._move_action("Move do&wn", "Ctrl+Down", 1)
        buttons = QHBoxLayout()
        for action in (self.move_up_action, self.move_down_action):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            buttons.addWidget(button)
        buttons.addStretch(1)
        card_layout.addWidget(self.view, 1)
        card_layout.addLayout(buttons)
        times_card, times_layout = style.card("Meeting times")
        times_layout.addWidget(self.times)
        layout.addWidget(card, 1)
        layout.addWidget(times_card)
        return column

    def _move_action(self, text: str, key: str, step: int) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the list has the focus
        action.setToolTip(f"The chair took the selected item {'earlier' if step < 0 else 'later'}"
                          f": move its minute ({key}); the numbers follow")
        action.triggered.connect(lambda: self.move_selected(step))
        self.view.addAction(action)
        return action

    def _editor_column(self) -> QWidget:
        # No scroll area of its own: wrapped labels would make it take their preferred height
        # rather than the room there is; the page scrolls on a small screen.
        card, layout = style.card("Minute")
        layout.itemAt(0).widget().hide()  # the editor heads the card with the minute's number
        layout.addWidget(self.editor, 1)
        card.setMinimumWidth(420)
        return card

    # Showing --------------------------------------------------------------------------------

    def load(self, meeting_id: int, record: MinutesRecord, select: int | None) -> None:
        """Show the meeting's minutes, `select` (or the minute selected before) chosen."""
        self.meeting_id, self.locked = meeting_id, record.locked
        keep = select if select is not None else self.selected_id()
        self._showing = True
        try:
            self.model.set_rows(minutes_service.get_minutes(self.db, meeting_id))
            row = self.model.row_of(keep)
            self.select_row(0 if row is None and self.model.rowCount() else row)
        finally:
            self._showing = False
        meeting = meeting_service.get_meeting(self.db, meeting_id)
        self.times.show_record(record, meeting.start_time, record.locked)
        self._show_selected()

    def select_row(self, row: int | None) -> None:
        if row is None:
            self.view.clearSelection()
            return
        index = self.model.index(row, COL_TITLE)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def select_minute(self, minute_id: int) -> None:
        row = self.model.row_of(minute_id)
        if row is not None:
            self.select_row(row)

    def selected_id(self) -> int | None:
        minute = self.selected_minute()
        return minute.id if minute else None

    def selected_minute(self) -> Minute | None:
        index = self.view.selectionModel().currentIndex()
        return self.model.minute_at(index.row()) if index.isValid() else None

    def _current_changed(self, current, previous) -> None:
        if self._showing:
            return
        if previous.isValid() and not self.editor.save_now():
            # What was typed could not be saved: stay on it, so nothing is lost.
            self._showing = True
            self.view.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._showing = False
            messages.show_error(self, "The minute was not saved", self.editor.save_error)
            return
        self._show_selected()

    def _show_selected(self) -> None:
        minute = self.selected_minute()
        inserts = (minutes_service.decision_inserts(self.db, self.meeting_id)
                   if minute is not None else [])
        self.editor.show_minute(minute, self.locked, inserts)
        row = self.view.selectionModel().currentIndex().row()
        movable = not self.locked and minute is not None and minute.kind is MinuteKind.ITEM
        self.move_up_action.setEnabled(movable and row > 0)
        self.move_down_action.setEnabled(movable and row < self.model.rowCount() - 1)

    def _title_saved(self, minute_id: int) -> None:
        row = self.model.row_of(minute_id)
        if row is not None:  # the list shows the new title without a reload
            minute = self.model.minute_at(row)
            minute.title = self.editor.title_edit.text().strip()
            index = self.model.index(row, COL_TITLE)
            self.model.dataChanged.emit(index, index)

    # Editing --------------------------------------------------------------------------------

    def move_selected(self, step: int) -> None:
        minute = self.selected_minute()
        if minute is None or self.locked:
            return
        items = [m for m in self.model.rows if m.kind is MinuteKind.ITEM]
        index = next((i for i, m in enumerate(items) if m.id == minute.id), None)
        if index is None or not 0 <= index + step < len(items):
            return
        try:
            minutes_commands.move_minute(self.ctx, self.meeting_id, minute.id, index + step)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The minute was not moved", error)
            return
        moved = minutes_service.get_minute(self.db, minute.id)
        self.status_message.emit(f"'{moved.title}' is now minute {moved.number}.")

    def _set_times(self, commenced, concluded) -> None:
        try:
            minutes_commands.set_times(self.ctx, self.meeting_id, commenced, concluded)
        except messages.USER_ERRORS as error:
            self.times.show_refusal(messages.error_text(error))
