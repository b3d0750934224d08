"""A plain table inside a section: its header row, rows and columns added and removed, and
an optional totals row that adds up as the author types."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHeaderView, QWidget

from ..domain.report_tables import PlainTable
from .plain_table_table_model import PlainTableTableModel
from .report_context import ReportContext
from .report_table_editor import ReportTableEditor


class PlainTableEditor(ReportTableEditor):
    KIND = "Table"

    def __init__(self, table: PlainTable, ctx: ReportContext, parent: QWidget | None = None):
        self.plain_model = PlainTableTableModel(table, ctx)
        super().__init__(table, self.plain_model, ctx, parent)
        self.add_column_action = self.add_button(
            "Add column", "+", ["Ctrl+Shift+="], self.add_column,
            "Add a column after the current one")
        self.remove_column_action = self.add_button(
            "Remove column", "\u2212", ["Ctrl+Shift+-"], self.remove_column,
            "Remove the current column")
        self.totals_check = QCheckBox("&Totals row")
        self.totals_check.setToolTip("End the table with a row that adds up each column of "
                                     "figures, worked out as you type")
        self.totals_check.setChecked(table.totals)
        self.totals_check.toggled.connect(self.plain_model.set_totals)
        self.buttons.addSpacing(12)
        self.buttons.addWidget(self.totals_check)
        self.finish_buttons()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().hide()  # the table's own header is its first row
        self.view.fit()
        ctx.table_changed.connect(self._show_totals)

    def _show_totals(self, table) -> None:
        if table is self.table and self.totals_check.isChecked() != self.table.totals:
            self.totals_check.blockSignals(True)  # showing the value is not changing it
            self.totals_check.setChecked(self.table.totals)
            self.totals_check.blockSignals(False)

    def add_row(self) -> None:
        current = self.current_row()
        table_row = self.plain_model.data_row(current) if current is not None else None
        if current == 0:  # on the header row: the new row comes first
            table_row = -1
        row = self.plain_model.add_row(table_row)
        self.focus_cell(row)

    def remove_row(self) -> None:
        current = self.current_row()
        table_row = self.plain_model.data_row(current) if current is not None else None
        if table_row is None:
            self.status_message.emit("Choose a row of the table to remove: the header row "
                                     "and the totals row stay.")
            return
        self.plain_model.remove_row(table_row)
        self.focus_cell(min(current, self.model.rowCount() - 1))

    def add_column(self) -> None:
        index = self.view.currentIndex()
        self.plain_model.add_column(index.column() if index.isValid() else None)

    def remove_column(self) -> None:
        index = self.view.currentIndex()
        if len(self.table.header) <= 1:
            self.status_message.emit("A table keeps at least one column; remove the table "
                                     "instead.")
            return
        column = index.column() if index.isValid() else len(self.table.header) - 1
        self.plain_model.remove_column(column)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
