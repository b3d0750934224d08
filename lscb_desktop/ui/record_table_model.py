"""The common base of the application's table models: a list of records shown one per row
under fixed column headers (Vorta style: COL_* constants and set_rows)."""

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

Record = TypeVar("Record")
AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Record] = []

    def set_rows(self, rows: list[Record]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Record]:
        return list(self._rows)

    def record_at(self, row: int) -> Record:
        return self._rows[row]

    def row_of(self, record_id: int | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


def muted_role_value(role):
    """Foreground and font for a muted (greyed, italic) cell; None for other roles."""
    if role == Qt.ItemDataRole.ForegroundRole:
        return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setItalic(True)
        return font
    return None



