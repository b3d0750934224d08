"""Committee members as a table: name, role, organisation and dates of membership."""

from datetime import date

from PySide6.QtCore import Qt

from ..domain.committee import Member, MemberRole
from ..domain.dates import long_date
from .record_table_model import AnyIndex, RecordTableModel, muted_role_value

COL_NAME, COL_ROLE, COL_ORGANISATION, COL_FROM, COL_TO = range(5)
_ROLE_ORDER = {role: i for i, role in enumerate(MemberRole)}


def is_former(member: Member, today: date) -> bool:
    return member.end_date is not None and member.end_date < today


def listed_members(members: list[Member], today: date, show_former: bool) -> list[Member]:
    """Members in the order papers list them (Chairman, Vice-Chairman, then by role and
    name); former members, when shown, come last."""
    shown = [m for m in members if show_former or not is_former(m, today)]
    return sorted(shown, key=lambda m: (is_former(m, today), _ROLE_ORDER[m.role], m.name))


class MemberTableModel(RecordTableModel[Member]):
    HEADERS = ("Name", "Role", "Organisation", "From", "To")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = date.today()  # former members (end date before today) are greyed

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
        return muted_role_value(role) if former else None

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
