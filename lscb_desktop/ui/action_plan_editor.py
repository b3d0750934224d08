"""An action plan inside a section: action, timeframe, update and RAG."""

from PySide6.QtWidgets import QHeaderView, QWidget

from ..domain.report_tables import ActionPlan
from .action_plan_table_model import COL_ACTION, COL_RAG, COL_TIMEFRAME, ActionPlanTableModel
from .report_context import ReportContext
from .report_table_editor import ReportTableEditor


class ActionPlanEditor(ReportTableEditor):
    KIND = "Action plan"

    def __init__(self, plan: ActionPlan, ctx: ReportContext, parent: QWidget | None = None):
        super().__init__(plan, ActionPlanTableModel(plan, ctx), ctx, parent)
        self.finish_buttons()
        header = self.view.horizontalHeader()
        header.resizeSection(COL_ACTION, 260)
        header.resizeSection(COL_TIMEFRAME, 110)
        header.setSectionResizeMode(COL_RAG, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_RAG, 80)
        self.view.horizontalHeader().setStretchLastSection(False)
        header.setSectionResizeMode(COL_RAG - 1, QHeaderView.ResizeMode.Stretch)
