"""The actions log as a table: one action per row with where it arose (committee, meeting,
minute), what is to be done, by whom and when, and its status. An overdue action's row is
soft red and its status reads "Overdue" in bold beside a warning icon, so it is told apart
without colour too; done and cancelled actions are greyed."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from ..domain.actions import ActionStatus
from ..services.action_service import ActionEntry
from .record_table_model import AnyIndex, RecordTableModel, muted_role_value

COL_COMMITTEE, COL_MEETING, COL_MINUTE, COL_ACTION, COL_OWNER, COL_DUE, COL_STATUS = range(7)
OVERDUE_BACKGROUND = QColor("#fbeaea")
OVERDUE_TEXT = QColor("#8a1c1c")
OVERDUE = "Overdue"


def short_date(day: date | None) -> str:
    """'20 Oct 2026': the whole date, narrow enough for a table column."""
    return f"{day.day} {day:%b %Y}" if day else ""


def status_text(entry: ActionEntry) -> str:
    return OVERDUE if entry.overdue else entry.action.status.label


class ActionsLogTableModel(RecordTableModel[ActionEntry]):
    HEADERS = ("Committee", "Meeting", "Minute", "Action", "Owner", "Due", "Status")

    def row_of(self, record_id: int | None) -> int | None:
        """The row of the action with id `record_id`."""
        return next((i for i, e in enumerate(self._rows) if e.action.id == record_id), None)

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if entry.overdue:
            return self._overdue_role(column, role)
        if entry.action.status is not ActionStatus.OPEN:
            return muted_role_value(role)
        return None

    @staticmethod
    def _text(entry: ActionEntry, column: int) -> str:
        logged, action = entry.logged, entry.action
        return {
            COL_COMMITTEE: logged.committee_name,
            COL_MEETING: short_date(logged.meeting_date),
            COL_MINUTE: f"{logged.minute_number}. {logged.minute_title}",
            COL_ACTION: action.description,
            COL_OWNER: action.owner,
            COL_DUE: short_date(action.due),
            COL_STATUS: status_text(entry),
        }[column]

    @staticmethod
    def _tooltip(entry: ActionEntry) -> str:
        logged, action = entry.logged, entry.action
        due = f"due {short_date(action.due)}" if action.due else "no due date"
        lines = [action.description, f"{action.owner}, {due} ({status_text(entry).lower()})",
                 f"Minute {logged.minute_number}: {logged.minute_title}",
                 f"{logged.committee_name}, {short_date(logged.meeting_date)}",
                 "Double-click to open the minute."]
        return "\n".join(lines)

    @staticmethod
    def _overdue_role(column: int, role):
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if column != COL_STATUS:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None
