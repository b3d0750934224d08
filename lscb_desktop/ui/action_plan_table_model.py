"""An action plan as an editable table: action, timeframe, update and RAG (a coloured cell)."""

from PySide6.QtCore import QModelIndex, Qt

from ..domain.report_tables import ACTION_PLAN_HEADER, ActionPlan, ActionRow
from ..domain.scorecard import Rag
from .report_context import ReportContext
from .report_table_model import CHOICES_ROLE, RAG_LABELS, ReportTableModel, rag_cell

COL_ACTION, COL_TIMEFRAME, COL_UPDATE, COL_RAG = range(4)
_ATTRIBUTES = {COL_ACTION: "action", COL_TIMEFRAME: "timeframe", COL_UPDATE: "update"}


class ActionPlanTableModel(ReportTableModel):
    HEADERS = tuple(ACTION_PLAN_HEADER)

    def __init__(self, plan: ActionPlan, ctx: ReportContext, parent=None):
        super().__init__(ctx, parent)
        self.plan = plan
        self.set_rows()

    def subject(self) -> ActionPlan:
        return self.plan

    def row_count(self) -> int:
        return len(self.plan.rows)

    def cell_text(self, row: int, column: int) -> str:
        r = self.plan.rows[row]
        if column == COL_RAG:
            return r.rag.value if r.rag else ""
        return getattr(r, _ATTRIBUTES[column])

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == COL_RAG:
            if role == CHOICES_ROLE:
                return RAG_LABELS
            coloured = rag_cell(self.plan.rows[index.row()].rag, role)
            if coloured is not None:
                return coloured
        if role == CHOICES_ROLE:
            return []
        return super().data(index, role)

    def set_cell(self, state: ActionPlan, row: int, column: int, value: str) -> None:
        r = state.rows[row]
        if column == COL_RAG:
            r.rag = Rag.parse(value) if value.strip() else None
        else:
            setattr(r, _ATTRIBUTES[column], value.strip())

    def add_row(self, after: int | None = None) -> int:
        at = len(self.plan.rows) if after is None else after + 1
        self.edit("Add action", lambda p: p.rows.insert(at, ActionRow()))
        return at

    def remove_row(self, row: int) -> None:
        self.edit("Remove action", lambda p: p.rows.pop(row))
