"""A plain table (a budget, partner contributions ...) as an editable grid: the first row is
the table's header row, shaded; then the rows; then, when the table has one, the totals row,
computed live from the figures above it (only its label can be typed)."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from ..domain.figures import parse_figure
from ..domain.report_tables import PlainTable
from .report_context import ReportContext
from .report_table_model import HEADER_BACKGROUND, MUTED_TEXT, ReportTableModel, bold_font

HEADER_ROW = 0


class PlainTableTableModel(ReportTableModel):
    def __init__(self, table: PlainTable, ctx: ReportContext, parent=None):
        super().__init__(ctx, parent)
        self.table = table
        self.set_rows()

    def subject(self) -> PlainTable:
        return self.table

    def headers(self) -> list[str]:
        """Column letters: the table's own header is its first row, typed like any other."""
        return [chr(ord("A") + i) if i < 26 else str(i + 1) for i in range(len(self.table.header))]

    def row_count(self) -> int:
        return 1 + len(self.table.rows) + (1 if self.table.totals else 0)

    def is_totals_row(self, row: int) -> bool:
        return self.table.totals and row == self.row_count() - 1

    def cell_text(self, row: int, column: int) -> str:
        if row == HEADER_ROW:
            return self.table.header[column]
        if self.is_totals_row(row):
            return self.table.totals_row()[column]
        cells = self.table.rows[row - 1]
        return cells[column] if column < len(cells) else ""

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if self.is_totals_row(index.row()) and index.column() > 0:
            return flags & ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        special = row == HEADER_ROW or self.is_totals_row(row)
        if special and role == Qt.ItemDataRole.FontRole:
            return bold_font()
        if row == HEADER_ROW and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(HEADER_BACKGROUND)
        if self.is_totals_row(row) and column > 0:
            if role == Qt.ItemDataRole.ToolTipRole:
                return ("Worked out from the figures above. A column is totalled when every "
                        "cell in it is a figure (not a percentage).")
            if role == Qt.ItemDataRole.ForegroundRole and not self.cell_text(row, column):
                return MUTED_TEXT
        if (role == Qt.ItemDataRole.TextAlignmentRole and row != HEADER_ROW
                and parse_figure(self.cell_text(row, column)) is not None):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # figures
        return super().data(index, role)

    def set_cell(self, state: PlainTable, row: int, column: int, value: str) -> None:
        if row == HEADER_ROW:
            state.header[column] = value.strip()
        elif state.totals and row == 1 + len(state.rows):
            state.totals_label = value.strip() or "Total"
        else:
            cells = state.rows[row - 1]
            cells += [""] * (len(state.header) - len(cells))
            cells[column] = value.strip()

    # Shape ---------------------------------------------------------------------------------

    def data_row(self, row: int) -> int | None:
        """The index in table.rows of the model row, or None for the header and totals."""
        index = row - 1
        return index if 0 <= index < len(self.table.rows) else None

    def add_row(self, after: int | None = None) -> int:
        """Add a row after the table row `after` (at the end by default); its model row."""
        at = len(self.table.rows) if after is None else after + 1
        self.edit("Add table row", lambda t: t.rows.insert(at, [""] * len(t.header)))
        return at + 1

    def remove_row(self, index: int) -> None:
        self.edit("Remove table row", lambda t: t.rows.pop(index))

    def add_column(self, after: int | None = None) -> None:
        at = len(self.table.header) if after is None else after + 1

        def mutate(t: PlainTable) -> None:
            t.header.insert(at, "")
            for cells in t.rows:
                cells.insert(at, "")
        self.edit("Add table column", mutate)

    def remove_column(self, column: int) -> None:
        def mutate(t: PlainTable) -> None:
            del t.header[column]
            for cells in t.rows:
                if column < len(cells):
                    del cells[column]
        self.edit("Remove table column", mutate)

    def set_totals(self, totals: bool) -> None:
        self.edit("Add totals row" if totals else "Remove totals row",
                  lambda t: setattr(t, "totals", totals))
