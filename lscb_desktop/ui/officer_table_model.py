"""Officers supporting a committee as a table: name, job title, email and phone."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..domain.committee import Officer

COL_NAME, COL_JOB_TITLE, COL_EMAIL, COL_PHONE = range(4)
HEADERS = ("Name", "Job title", "Email", "Phone")
AnyIndex = QModelIndex | QPersistentModelIndex


class OfficerTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Officer] = []

    def set_rows(self, rows: list[Officer]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record_at(self, row: int) -> Officer:
        return self._rows[row]

    def row_of(self, officer_id: int | None) -> int | None:
        return next((i for i, o in enumerate(self._rows) if o.id == officer_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        officer = self._rows[index.row()]
        return (officer.name, officer.job_title, officer.email, officer.phone)[index.column()]
