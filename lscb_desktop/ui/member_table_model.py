"""Committee members as a table: name, role, organisation and dates of membership."""

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..domain.committee import Member, MemberRole
from ..domain.dates import long_date

COL_NAME, COL_ROLE, COL_ORGANISATION, COL_FROM, COL_TO = range(5)
HEADERS = ("Name", "Role", "Organisation", "From", "To")
_ROLE_ORDER = {role: i for i, role in enumerate(MemberRole)}
AnyIndex = QModelIndex | QPersistentModelIndex


def is_former(member: Member, today: date) -> bool:
    return member.end_date is not None and member.end_date < today


def listed_members(members: list[Member], today: date, show_former: bool) -> list[Member]:
    """Members in the order papers list them (Chairman, Vice-Chairman, then by role and
    name); former members, when shown, come last."""
    shown = [m for m in members if show_former or not is_former(m, today)]
    return sorted(shown, key=lambda m: (is_former(m, today), _ROLE_ORDER[m.role], m.name))


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Member] = []
        self.today = date.today()  # former members (end date before today) are greyed

    def set_rows(self, rows: list[Member]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record_at(self, row: int) -> Member:
        return self._rows[row]

    def row_of(self, member_id: int | None) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.id == member_id), None)

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
        member = self._rows[index.row()]
        former = is_former(member, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(member, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if former:
                return f"{member.name} left the committee on {long_date(member.end_date)}."
            if member.start_date and member.start_date > self.today:
                return f"{member.name} joins the committee on {long_date(member.start_date)}."
        if role == Qt.ItemDataRole.ForegroundRole and former:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and former:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _text(member: Member, column: int) -> str:
        if column == COL_NAME:
            return member.name
        if column == COL_ROLE:
            return member.role.value
        if column == COL_ORGANISATION:
            return member.organisation
        day = member.start_date if column == COL_FROM else member.end_date
        return long_date(day) if day else ""
