"""Attendance statistics as tables: each member's counts and rate, and each organisation's
(MemberAttendance and OrganisationAttendance from attendance_statistics_service)."""

from PySide6.QtCore import Qt

from ..domain.attendance_statistics import percent
from .record_table_model import AnyIndex, RecordTableModel

(COL_MEMBER, COL_ORGANISATION, COL_EXPECTED, COL_ATTENDED, COL_APOLOGIES, COL_ABSENT,
 COL_SUBSTITUTED, COL_RATE) = range(8)
(COL_ORG_NAME, COL_ORG_MEMBERS, COL_ORG_EXPECTED, COL_ORG_ATTENDED, COL_ORG_SUBSTITUTED,
 COL_ORG_RATE) = range(6)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MemberStatisticsTableModel(RecordTableModel):
    HEADERS = ("Member", "Organisation", "Expected", "Attended", "Apologies", "Absent",
               "Substituted", "Rate")

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (m.name, m.organisation, m.expected, m.attended, m.apologies, m.absent,
                    m.substituted, percent(m.rate))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= COL_EXPECTED:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_RATE:
            return (f"{m.name} attended {m.attended} of the {m.expected} meetings held while "
                    "they were a member.")
        return None


class OrganisationStatisticsTableModel(RecordTableModel):
    HEADERS = ("Organisation", "Members", "Expected", "Attended", "By substitute", "Rate")

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        o = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (o.name, o.members, o.expected, o.attended, o.substituted,
                    percent(o.rate))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= COL_ORG_MEMBERS:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_ORG_RATE:
            return (f"{o.name} was represented at {o.attended + o.substituted} of "
                    f"{o.expected} expected attendances, {o.substituted} by a substitute.")
        return None
