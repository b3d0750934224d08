"""A performance scorecard inside a section: rows of measures, a column per period (added,
renamed by double-clicking its title, removed), RAG colours, and a switch per row for
measures whose small numbers are not counts of people (and so need no suppression)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QInputDialog, QWidget

from ..domain.scorecard import Scorecard
from .report_context import ReportContext
from .report_table_editor import ReportTableEditor
from .scorecard_table_model import (
    COL_MEASURE, COL_POLARITY, COL_REF, COL_TARGET, ScorecardTableModel,
)

_WIDTHS = {COL_REF: 48, COL_MEASURE: 190, COL_POLARITY: 100, COL_TARGET: 64}


class ScorecardEditor(ReportTableEditor):
    KIND = "Scorecard"

    def __init__(self, scorecard: Scorecard, ctx: ReportContext,
                 parent: QWidget | None = None):
        self.scorecard_model = ScorecardTableModel(scorecard, ctx)
        super().__init__(scorecard, self.scorecard_model, ctx, parent)
        self.add_period_action = self.add_button(
            "Add period...", "+", [], lambda: self.add_period(), "Add a column for a period "
            "(Qu 3 18-19); double-click a period's title to rename it")
        self.remove_period_action = self.add_button(
            "Remove period", "\u2212", [], self.remove_period,
            "Remove the period of the current cell")
        self.counts_check = QCheckBox("&Suppress small counts in the current row")
        self.counts_check.setToolTip(
            "Counts below the threshold are printed as 'Suppressed' so that children cannot "
            "be identified. Untick for a row whose figures are not counts of people.")
        self.counts_check.clicked.connect(self._counts_clicked)
        self.finish_buttons()
        self.layout().addWidget(self.counts_check)  # a line of its own: the page is narrow
        self.view.horizontalHeader().sectionDoubleClicked.connect(self._header_double_clicked)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_row_state())
        self.model.modelReset.connect(self._lay_out_columns)
        self.model.modelReset.connect(self._show_row_state)
        ctx.table_changed.connect(lambda table: table is scorecard and self._show_row_state())
        self._lay_out_columns()
        self._show_row_state()

    def _lay_out_columns(self) -> None:
        """Widths that keep rows a line or two high; a scorecard wider than the page
        scrolls sideways, as a landscape table in a portrait report does."""
        header = self.view.horizontalHeader()
        self.view.fitting = False  # one fit at the end, not one per column
        header.setStretchLastSection(True)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        for column in range(len(self.scorecard_model.scorecard.periods)):
            header.resizeSection(column + COL_TARGET + 1, 100)
        header.resizeSection(self.scorecard_model.col_rag, 70)
        header.resizeSection(self.scorecard_model.col_direction, 96)
        header.resizeSection(self.scorecard_model.col_commentary, 280)
        self.view.fitting = True
        self.view.fit()

    def _show_row_state(self) -> None:
        row = self.current_row()
        self.counts_check.setEnabled(row is not None)
        if row is not None and row < len(self.table.rows):
            self.counts_check.setChecked(self.table.rows[row].counts)
        period = self.scorecard_model.period_of(self.view.currentIndex().column())
        self.remove_period_action.setEnabled(period is not None)

    def _counts_clicked(self, checked: bool) -> None:
        row = self.current_row()
        if row is not None:
            self.scorecard_model.set_counts(row, checked)

    def add_period(self, title: str | None = None) -> None:
        if title is None:
            title, ok = QInputDialog.getText(self, "Add period",
                                             "Title of the period (e.g. Qu 3 18-19):")
            if not ok:
                return
        if title.strip():
            self.scorecard_model.add_period(title)

    def remove_period(self) -> None:
        period = self.scorecard_model.period_of(self.view.currentIndex().column())
        if period is not None:
            self.scorecard_model.remove_period(period)

    def rename_period(self, period: int, title: str | None = None) -> None:
        if title is None:
            title, ok = QInputDialog.getText(self, "Rename period", "Title of the period:",
                                             text=self.table.periods[period])
            if not ok:
                return
        if title.strip():
            self.scorecard_model.rename_period(period, title)

    def _header_double_clicked(self, column: int) -> None:
        period = self.scorecard_model.period_of(column)
        if period is not None:
            self.rename_period(period)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
