"""Tables of a minute's records: its decisions as they will print, its actions, and the
meeting's declarations of interest."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ..domain.actions import Action, ActionStatus
from ..domain.dates import long_date
from ..domain.decisions import DASH, Decision
from ..domain.declarations import Declaration
from .record_table_model import AnyIndex, RecordTableModel, muted_role_value

DECISION_HEADING, DECISION_TEXT = range(2)
ACTION_DESCRIPTION, ACTION_OWNER, ACTION_DUE, ACTION_STATUS = range(4)
DECLARATION_MEMBER, DECLARATION_ITEM, DECLARATION_KIND, DECLARATION_DESCRIPTION = range(4)


class DecisionTableModel(RecordTableModel[Decision]):
    HEADERS = ("", "Decision")

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        decision = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == DECISION_HEADING:
                return f"{decision.heading} {DASH}"
            vote = f"  ({decision.vote.sentence()})" if decision.vote else ""
            return decision.text + vote
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DECISION_TEXT:
            return decision.text + (f"\n{decision.vote.sentence()}" if decision.vote else "")
        if role == Qt.ItemDataRole.FontRole and index.column() == DECISION_HEADING:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ActionTableModel(RecordTableModel[Action]):
    HEADERS = ("Action", "Owner", "Due", "Status")

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = long_date(action.due) if action.due else "No date"
            return (action.description, action.owner, due, action.status.label)[index.column()]
        if action.status is not ActionStatus.OPEN:
            return muted_role_value(role)
        return None


class DeclarationTableModel(RecordTableModel[Declaration]):
    HEADERS = ("Member", "Item", "Interest", "Description")

    def data(self, index: AnyIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        d = self._rows[index.row()]
        return (d.member_name, d.item_title, d.kind.label.capitalize(),
                d.description)[index.column()]
