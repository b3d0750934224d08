"""Officers supporting a committee as a table: name, job title, email and phone."""

from PySide6.QtCore import Qt

from ..domain.committee import Officer
from .record_table_model import AnyIndex, RecordTableModel

COL_NAME, COL_JOB_TITLE, COL_EMAIL, COL_PHONE = range(4)


class OfficerTableModel(RecordTableModel[Officer]):
    HEADERS = ("Name", "Job title", "Email", "Phone")

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        officer = self._rows[index.row()]
        return (officer.name, officer.job_title, officer.email, officer.phone)[index.column()]
