"""The base of the models of a report's tables (scorecard, action plan, plain table,
background papers): cells shown from the live domain object, every edit an undoable command
(report_commands.edit_part) that writes a new state of the whole table.

After a command, a change of shape (rows or columns) resets the model; a change of cells
only reports the cells, so that Tab moves on to the next cell as the author expects."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain.scorecard import Rag
from . import report_commands
from .report_context import ReportContext

AnyIndex = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10  # the values a cell may take ([] for free text)
HEADER_BACKGROUND = QColor("#eef1f5")
MUTED_TEXT = QColor("#6b7785")
RAG_LABELS = ["", *[rag.value for rag in Rag]]


def rag_cell(rag: Rag | None, role):
    """Background and text colours of a RAG cell, as the exports print them."""
    if rag is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(rag.colour))
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(rag.text_colour))
    return None


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def italic_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class ReportTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, ctx: ReportContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._shape = (0, 0)
        ctx.table_changed.connect(self._changed)

    # What subclasses provide ---------------------------------------------------------------

    def subject(self) -> object:
        """The object this model shows (a table, or the list of background papers)."""
        raise NotImplementedError

    def write(self, state: object) -> None:
        """Make the subject equal to `state`, keeping it the same object. The caption is
        typed straight into the table (with the line's own undo), so no command touches it."""
        report_commands.restore_fields(self.subject(), state, keep=("caption",))

    def cell_text(self, row: int, column: int) -> str:
        raise NotImplementedError

    def set_cell(self, state, row: int, column: int, value: str) -> None:
        """Write `value` into the cell of `state` (a copy of the subject)."""
        raise NotImplementedError

    def row_count(self) -> int:
        raise NotImplementedError

    def headers(self) -> list[str]:
        return list(self.HEADERS)

    # Editing -------------------------------------------------------------------------------

    def edit(self, text: str, mutate: Callable[[object], None]) -> bool:
        """One undoable change of the subject."""
        subject = self.subject()
        return report_commands.edit_part(
            self.ctx.undo_stack, text, lambda: subject, self.write, mutate,
            lambda: self.ctx.refresh_table(subject))

    def set_rows(self, _rows=None) -> None:
        """Show the subject afresh (after it changed shape)."""
        self.beginResetModel()
        self._shape = (self.row_count(), len(self.headers()))
        self.endResetModel()

    def _changed(self, subject: object) -> None:
        if subject is not self.subject():
            return
        if (self.row_count(), len(self.headers())) != self._shape:
            self.set_rows()
        elif self._shape[0] and self._shape[1]:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._shape[0] - 1, self._shape[1] - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._shape[1] - 1)

    # Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shape[0]

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shape[1]

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if section < len(headers) else None
        return None

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_text(index.row(), index.column()) or None
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        value = "" if value is None else str(value)
        row, column = index.row(), index.column()
        if value == self.cell_text(row, column):
            return False
        header = self.headers()[column] or f"column {column + 1}"
        try:
            return self.edit(f"Edit '{header}'",
                             lambda state: self.set_cell(state, row, column, value))
        except ValueError:  # a choice typed that is not one; the cell keeps its value
            return False
