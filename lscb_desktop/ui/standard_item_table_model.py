"""A committee's standard items as a table, numbered as they open each agenda."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..domain.committee import StandardItem
from ..domain.standard_items import MINUTES

# meeting_service writes the minutes item's purpose for each meeting, naming the date of
# the previous meeting; the committee's own wording for it is not used.
AUTOMATIC_MINUTES_PURPOSE = "To approve the minutes of the meeting held on [previous meeting]"
AUTOMATIC_NOTE = "Written for each meeting, with the date of the previous meeting."


def has_automatic_purpose(item: StandardItem) -> bool:
    return item.key == MINUTES

COL_NUMBER, COL_TITLE, COL_PURPOSE = range(3)
HEADERS = ("No.", "Title", "Purpose")
AnyIndex = QModelIndex | QPersistentModelIndex


class StandardItemTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[StandardItem] = []

    def set_rows(self, rows: list[StandardItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[StandardItem]:
        return list(self._rows)

    def record_at(self, row: int) -> StandardItem:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        automatic = index.column() == COL_PURPOSE and has_automatic_purpose(item)
        if role == Qt.ItemDataRole.DisplayRole:
            purpose = AUTOMATIC_MINUTES_PURPOSE if automatic else item.purpose
            return (f"{index.row() + 1}.", item.title, purpose)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_PURPOSE:
            return AUTOMATIC_NOTE if automatic else (item.purpose or None)
        if automatic and role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if automatic and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None
