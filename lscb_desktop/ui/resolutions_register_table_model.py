"""The resolutions register as a table: date, committee, minute and decision, one row a
decision (RegisterEntry from resolutions_register_service)."""

from PySide6.QtCore import Qt

from ..domain.dates import long_date
from .record_table_model import AnyIndex, RecordTableModel

COL_DATE, COL_COMMITTEE, COL_MINUTE, COL_DECISION = range(4)


def minute_text(entry) -> str:
    exempt = " (Part 2)" if entry.part == 2 else ""
    return f"{entry.minute_number}. {entry.minute_title}{exempt}"


class RegisterTableModel(RecordTableModel):
    HEADERS = ("Date", "Committee", "Minute", "Decision")

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (long_date(entry.meeting_date), entry.committee, minute_text(entry),
                    entry.decision)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.decision}\n\nDouble-click to open minute {entry.minute_number}."
        return None
