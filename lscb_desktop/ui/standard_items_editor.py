"""Editing the standard items a committee opens every agenda with: add, edit, remove and
reorder. The editor proposes each change as a whole new list; `apply_change(items, text)`
(the page) saves it as one undoable edit or raises ValidationError to refuse it."""

import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from ..domain.committee import StandardItem
from . import messages
from .form_feedback import muted, standard_icon
from .record_table_panel import RecordTablePanel
from .standard_item_dialog import StandardItemDialog
from .standard_item_table_model import COL_PURPOSE, COL_TITLE, StandardItemTableModel

ApplyChange = Callable[[list[StandardItem], str], None]


def key_for_title(title: str, taken: set[str]) -> str:
    """A stable key for a new standard item: 'Public Speaking Time' -> 'public_speaking_time',
    with a number added if another item already has it."""
    base = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_") or "item"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class StandardItemsEditor(QWidget):
    def __init__(self, apply_change: ApplyChange, parent: QWidget | None = None):
        super().__init__(parent)
        self._apply_change = apply_change
        self.model = StandardItemTableModel(self)
        self.panel = RecordTablePanel(self.model, "item", self)
        self.panel.stretch_columns(COL_TITLE, COL_PURPOSE)
        header = self.panel.view.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, header.ResizeMode.Interactive)
        header.resizeSection(COL_TITLE, 260)
        self.up_button = QPushButton(standard_icon(self, QStyle.StandardPixmap.SP_ArrowUp),
                                     "Move &up", self)
        self.down_button = QPushButton(standard_icon(self, QStyle.StandardPixmap.SP_ArrowDown),
                                       "Move do&wn", self)
        self.up_button.setToolTip("Move the selected item up the agenda (Ctrl+Up)")
        self.down_button.setToolTip("Move the selected item down the agenda (Ctrl+Down)")
        self.panel.toolbar.insertWidget(3, self.up_button)
        self.panel.toolbar.insertWidget(4, self.down_button)
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(+1))
        ctrl = Qt.KeyboardModifier.ControlModifier
        self.panel.bind_key(Qt.Key.Key_Up, ctrl, lambda row: self.move(row, -1))
        self.panel.bind_key(Qt.Key.Key_Down, ctrl, lambda row: self.move(row, +1))
        self.panel.add_requested.connect(self.add)
        self.panel.edit_requested.connect(self.edit)
        self.panel.remove_requested.connect(self.remove)
        self.panel.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        intro = muted(QLabel(
            "Every new meeting of this committee starts its agenda with these items, in this "
            "order. Meetings already created keep their own agenda.", self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.panel, 1)
        self.dialog: StandardItemDialog | None = None
        self._update_buttons()

    def set_items(self, items: list[StandardItem], select: int | None = None) -> None:
        self.model.set_rows(items)
        self.panel.select_row(select)

    def items(self) -> list[StandardItem]:
        return self.model.rows()

    # Actions -----------------------------------------------------------------------------

    def add(self) -> None:
        def submit(item: StandardItem) -> None:
            items = self.items()
            new = replace(item, key=key_for_title(item.title, {s.key for s in items}))
            self._change(items + [new], f"Add standard item {new.title}", len(items))

        self._open(StandardItemDialog(StandardItem("", ""), submit, self))

    def edit(self, row: int) -> None:
        def submit(item: StandardItem) -> None:
            items = self.items()
            items[row] = item
            self._change(items, f"Edit standard item {item.title}", row)

        self._open(StandardItemDialog(self.model.record_at(row), submit, self))

    def remove(self, row: int) -> None:
        item = self.model.record_at(row)
        if not messages.confirm(
            self, "Remove standard item",
            f"Stop opening new agendas with '{item.title}'?\n\nAgendas of meetings already "
            "created keep it. You can undo this with Ctrl+Z.", "Remove item",
        ):
            return
        items = self.items()
        del items[row]
        self._change_or_report(items, f"Remove standard item {item.title}",
                               min(row, len(items) - 1))

    def move(self, row: int, step: int) -> None:
        target = row + step
        items = self.items()
        if not 0 <= target < len(items):
            return
        items.insert(target, items.pop(row))
        self._change_or_report(items, f"Move standard item {items[target].title}", target)

    # -------------------------------------------------------------------------------------

    def _change(self, items: list[StandardItem], text: str, select: int | None) -> None:
        self._apply_change(items, text)
        self.panel.select_row(select)

    def _change_or_report(self, items: list[StandardItem], text: str, select: int | None):
        try:
            self._change(items, text, select)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "Standard items not changed", error)

    def _open(self, dialog: StandardItemDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _move_selected(self, step: int) -> None:
        row = self.panel.selected_row()
        if row is not None:
            self.move(row, step)

    def _update_buttons(self, *_: object) -> None:
        row = self.panel.selected_row()
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)
