"""The minutes of a meeting in the order the items were taken: number, title, and Part 2
marked (Vorta style: COL_* constants, set_rows inside a model reset)."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ..domain.minutes import Minute, MinuteKind

COL_NUMBER, COL_TITLE, COL_PART = range(3)
HEADERS = ("No.", "Minute", "Part")
PART_TWO = QColor("#8a4b00")  # exempt items stand out quietly
EXCLUSION = QColor("#5f6b7a")


class MinutesListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Minute] = []

    def set_rows(self, rows: list[Minute]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def minute_at(self, row: int) -> Minute:
        return self.rows[row]

    def row_of(self, minute_id: int | None) -> int | None:
        return next((i for i, m in enumerate(self.rows) if m.id == minute_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        minute = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return str(minute.number)
            if column == COL_TITLE:
                return minute.title
            if column == COL_PART:
                return "Part 2" if minute.part == 2 else ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if minute.kind is MinuteKind.EXCLUSION:
                return EXCLUSION
            if minute.part == 2 and column == COL_PART:
                return PART_TWO
        if role == Qt.ItemDataRole.ToolTipRole:
            if minute.kind is MinuteKind.EXCLUSION:
                return "The resolution excluding the press and public before the Part 2 items"
            if minute.part == 2:
                paragraphs = ", ".join(str(p) for p in minute.exempt_paragraphs)
                return f"Part 2: exempt under Schedule 12A, paragraph(s) {paragraphs}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
