"""A table of records (members, officers, standard items) with Add / Edit / Remove.

Keyboard: Enter or double-click edits, Delete removes (the page asks first). The view takes
those keys even when a window-wide shortcut uses the same key (e.g. the Agenda menu's
Delete), because the selected row is what the user is pointing at."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

_PLAIN = Qt.KeyboardModifier.NoModifier
# Room around cell text and a quiet header: tables read as lists, not spreadsheets.
_TABLE_STYLE = """
QTableView { border: 1px solid #d0d0d0; }
QTableView::item { padding: 0px 7px; }
QHeaderView::section { background: #f4f4f4; padding: 5px 10px; border: none;
                       border-bottom: 1px solid #d0d0d0; font-weight: 600; }
"""


class _RowKeys(QObject):
    """Keys acting on the selected row of a table view: Enter edits, Delete removes, and
    whatever else is bound. Accepting ShortcutOverride lets the view have the key even when
    a window-wide shortcut uses it too."""

    def __init__(self, panel: "RecordTablePanel"):
        super().__init__(panel)
        self._panel = panel
        self.bindings: dict[tuple[Qt.Key, Qt.KeyboardModifier], Callable[[int], None]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = self.bindings.get((Qt.Key(key_event.key()), modifiers))
        row = self._panel.selected_row()
        if action is None or row is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        action(row)
        return True


class RecordTablePanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)    # row
    remove_requested = Signal(int)  # row

    def __init__(self, model, noun: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.add_button = QPushButton(f"A&dd {noun}…", self)
        self.edit_button = QPushButton("Ed&it…", self)
        self.remove_button = QPushButton("&Remove", self)
        self.add_button.setToolTip(f"Add a {noun}")
        self.edit_button.setToolTip(f"Edit the selected {noun} (Enter)")
        self.remove_button.setToolTip(f"Remove the selected {noun} (Delete)")
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_for_selection(self.edit_requested))
        self.remove_button.clicked.connect(
            lambda: self._emit_for_selection(self.remove_requested))

        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setStyleSheet(_TABLE_STYLE)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.edit_requested.emit(index.row()))
        self._keys = _RowKeys(self)
        self.view.installEventFilter(self._keys)
        self.bind_key(Qt.Key.Key_Return, _PLAIN, self.edit_requested.emit)
        self.bind_key(Qt.Key.Key_Enter, _PLAIN, self.edit_requested.emit)
        self.bind_key(Qt.Key.Key_Delete, _PLAIN, self.remove_requested.emit)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)

        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(6)
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.toolbar.addWidget(button)
        self.toolbar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    def stretch_columns(self, *columns: int, widths: dict[int, str] | None = None) -> None:
        """Give the spare width to `columns`; a column in `widths` is as wide as its sample
        text (e.g. the longest date), the others fit their contents."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        widths = widths or {}
        for column in range(self.model.columnCount()):
            if column in columns:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif column in widths:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, self.fontMetrics().horizontalAdvance(
                    widths[column]) + 28)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int | None) -> None:
        if row is None or row >= self.model.rowCount():
            self.view.clearSelection()
            return
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))

    def _emit_for_selection(self, signal) -> None:
        row = self.selected_row()
        if row is not None:
            signal.emit(row)

    def _update_buttons(self, *_: object) -> None:
        has_row = self.selected_row() is not None
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)

    def bind_key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier,
                 action: Callable[[int], None]) -> None:
        """Run `action(selected row)` when the table has the focus and `key` is pressed."""
        self._keys.bindings[(key, modifiers)] = action
