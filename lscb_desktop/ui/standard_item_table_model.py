"""A committee's standard items as a table, numbered as they open each agenda."""

from PySide6.QtCore import Qt

from ..domain.committee import StandardItem
from ..domain.standard_items import MINUTES
from .record_table_model import AnyIndex, RecordTableModel, muted_role_value

# meeting_service writes the minutes item's purpose for each meeting, naming the date of
# the previous meeting; the committee's own wording for it is not used.
AUTOMATIC_MINUTES_PURPOSE = "To approve the minutes of the meeting held on [previous meeting]"
AUTOMATIC_NOTE = "Written for each meeting, with the date of the previous meeting."


def has_automatic_purpose(item: StandardItem) -> bool:
    return item.key == MINUTES


COL_NUMBER, COL_TITLE, COL_PURPOSE = range(3)


class StandardItemTableModel(RecordTableModel[StandardItem]):
    HEADERS = ("No.", "Title", "Purpose")

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
        return muted_role_value(role) if automatic else None
