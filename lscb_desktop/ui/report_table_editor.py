"""What the table editors of a report share: a table view that grows with its rows (the
page scrolls, not the table), cells with a fixed set of values (RAG, polarity, direction)
edited with a list whose RAG entries carry their colour, and a frame with a caption, the
table, and its buttons. Row buttons act on the row of the current cell."""

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QStyledItemDelegate, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from ..domain.scorecard import Rag
from .report_context import ReportContext
from .report_table_model import CHOICES_ROLE, ReportTableModel
from .style import BORDER, DESTRUCTIVE, MUTED, glyph_icon

_FRAME_STYLE = (f"QFrame#reportTable {{ background: #fbfcfd; border: 1px solid {BORDER}; "
                "border-radius: 6px; }"
                f"QLabel#tableKind {{ color: {MUTED}; font-weight: 600; }}"
                "QToolButton { border: none; padding: 3px 6px; border-radius: 3px; }"
                "QToolButton:hover { background: #e8edf3; }"
                "QTableView::item { padding: 2px 4px; }")


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ChoiceDelegate(QStyledItemDelegate):
    """A list for cells whose model gives CHOICES_ROLE; plain typing for the rest."""

    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE) or []
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for choice in choices:
            rag = next((r for r in Rag if r.value == choice), None)
            if rag is not None:
                combo.addItem(_swatch(rag.colour), choice)
            else:
                combo.addItem(choice or "\u2014")  # a dash for "not set"
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            choices = index.data(CHOICES_ROLE) or []
            current = index.data(Qt.ItemDataRole.EditRole) or ""
            editor.setCurrentIndex(choices.index(current) if current in choices else 0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            choices = index.data(CHOICES_ROLE) or []
            model.setData(index, choices[editor.currentIndex()], Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class GrowingTableView(QTableView):
    """A table as tall as its rows, so that a report reads from top to bottom in one scroll."""

    def __init__(self, model: ReportTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ChoiceDelegate(self))
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                             & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(26)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted,
                       model.rowsRemoved):
            signal.connect(self.fit)
        header.sectionResized.connect(lambda *_: self.fit())

    fitting = True  # False while columns are laid out one by one

    def fit(self, *_args) -> None:
        if not self.fitting:
            return
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        scroll = self.horizontalScrollBar()
        extra = scroll.sizeHint().height() if scroll.isVisible() else 0
        header = 0 if self.horizontalHeader().isHidden() else self.horizontalHeader().height()
        self.setFixedHeight(rows + header + 2 * self.frameWidth() + extra + 2)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())


class ReportTableEditor(QFrame):
    """A table block: a caption, the table, and buttons; subclasses add their own buttons
    with `add_button` and say which model row a row button acts on."""

    KIND = "Table"
    remove_requested = Signal(object)  # the table block
    status_message = Signal(str)

    def __init__(self, table, model: ReportTableModel, ctx: ReportContext,
                 parent: QWidget | None = None, captioned: bool = True):
        super().__init__(parent)
        self.table, self.model, self.ctx = table, model, ctx
        self.setObjectName("reportTable")
        self.setStyleSheet(_FRAME_STYLE)
        self.view = GrowingTableView(model, self)
        kind = QLabel(self.KIND)
        kind.setObjectName("tableKind")
        self.caption_edit = QLineEdit(table.caption if captioned else "")
        self.caption_edit.setPlaceholderText("Caption (optional): what the table shows")
        self.caption_edit.textEdited.connect(self._caption_edited)
        self.caption_edit.setVisible(captioned)
        self.top = QHBoxLayout()
        self.top.addWidget(kind)
        self.top.addWidget(self.caption_edit, 1)
        kind.setVisible(captioned)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(self.top)  # empty, and taking no room, without a caption
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)
        self.add_row_action = self.add_button(
            "Add row", "+", ["Ctrl+Return", "Ctrl+="], self.add_row,
            "Add a row below the current one")
        self.remove_row_action = self.add_button(
            "Remove row", "\u2212", ["Ctrl+-"], self.remove_row, "Remove the current row")

    def finish_buttons(self) -> None:
        """After the subclass's own buttons: the table's removal, top right."""
        self.buttons.addStretch(1)
        self.remove_table_action = QAction(glyph_icon("\u2715", DESTRUCTIVE),
                                           f"Remove {self.KIND.lower()}", self)
        self.remove_table_action.setToolTip(
            "Take this table out of the report (Undo brings it back)")
        self.remove_table_action.triggered.connect(self._remove_table)
        button = QToolButton()
        button.setDefaultAction(self.remove_table_action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(12, 12))
        self.top.addWidget(button)

    def add_button(self, text: str, glyph: str, shortcuts: list[str], slot, tip: str,
                   colour: str | None = None) -> QAction:
        action = QAction(glyph_icon(glyph, colour) if colour else glyph_icon(glyph), text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut = f" ({QKeySequence(shortcuts[0]).toString()})" if shortcuts else ""
        action.setToolTip(tip + shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(14, 14))
        self.buttons.addWidget(button)
        return action

    def refresh_caption(self) -> None:
        if not self.caption_edit.isHidden() and self.caption_edit.text() != self.table.caption:
            self.caption_edit.setText(self.table.caption)

    def _caption_edited(self, text: str) -> None:
        self.table.caption = text
        self.ctx.edited()

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def focus_cell(self, row: int, column: int = 0) -> None:
        index = self.model.index(row, column)
        if index.isValid():
            self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_row(self) -> None:
        row = self.model.add_row(self.current_row())
        self.focus_cell(row)

    def remove_row(self) -> None:
        row = self.current_row()
        if row is not None:
            self.model.remove_row(row)
            self.focus_cell(min(row, self.model.rowCount() - 1))

    def _remove_table(self) -> None:
        self.remove_requested.emit(self.table)

    def first_focus(self) -> QWidget:
        return self.view

    def index_of(self, row: int, column: int) -> QModelIndex:
        return self.model.index(row, column)
