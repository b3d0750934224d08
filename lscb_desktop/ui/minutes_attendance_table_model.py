"""Attendance at a meeting as tables: the members with their status (the substitute's name
can be typed into its cell), and the officers and others present."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from ..domain.attendance import Attendance, AttendanceStatus, Attendee, AttendeeKind
from .record_table_model import AnyIndex, RecordTableModel, muted_role_value

COL_NAME, COL_ROLE, COL_STATUS, COL_SUBSTITUTE = range(4)
ATTENDEE_NAME, ATTENDEE_CAPACITY, ATTENDEE_KIND = range(3)
KIND_LABELS = {AttendeeKind.OFFICER: "Officer in attendance", AttendeeKind.OTHER: "Also present"}
STATUS_COLOURS = {AttendanceStatus.PRESENT: "#1e6b34", AttendanceStatus.APOLOGIES: "#7a4b00",
                  AttendanceStatus.ABSENT: "#8a1c1c", AttendanceStatus.SUBSTITUTED: "#1d4f8c"}


class MemberAttendanceModel(RecordTableModel[Attendance]):
    """Typing a name into the substitute cell asks for the member to be marked substituted
    (clearing it, for apologies); the tab turns the request into an undoable edit."""

    HEADERS = ("Member", "Role", "Attendance", "Substitute")
    substitute_entered = Signal(int, str)  # row, the name typed
    editable = True

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (member.name, member.role.value, member.status.label,
                    member.substitute)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QColor(STATUS_COLOURS[member.status])
        if column == COL_ROLE and role == Qt.ItemDataRole.ForegroundRole:
            return muted_role_value(role)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUBSTITUTE:
            return "Type the substitute's name to mark the member substituted"
        return None

    def flags(self, index: AnyIndex):
        flags = super().flags(index)
        if self.editable and index.column() == COL_SUBSTITUTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_SUBSTITUTE:
            return False
        if str(value).strip() != self._rows[index.row()].substitute:
            self.substitute_entered.emit(index.row(), str(value).strip())
        return True


class AttendeeTableModel(RecordTableModel[Attendee]):
    HEADERS = ("Name", "Capacity", "")

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (person.name, person.capacity, KIND_LABELS[person.kind])[index.column()]
        if index.column() == ATTENDEE_KIND:
            return muted_role_value(role)
        return None
