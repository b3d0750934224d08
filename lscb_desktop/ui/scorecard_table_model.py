"""A performance scorecard as an editable table: ref, measure, polarity, target, one column
per period, RAG (a coloured cell), direction of travel and commentary.

A small count is printed as "Suppressed" in every export; here the typed value stays visible
with "Suppressed" beside it, so the author knows what readers will see and can still correct
the figure. A direction of travel left unset is worked out from the last two values and
shown in grey."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from ..domain.scorecard import Direction, Polarity, Rag, Scorecard, ScorecardRow
from ..domain.suppression import SUPPRESSED, is_suppressed
from .report_context import ReportContext
from .report_table_model import (
    CHOICES_ROLE, MUTED_TEXT, RAG_LABELS, ReportTableModel, italic_font, rag_cell,
)

COL_REF, COL_MEASURE, COL_POLARITY, COL_TARGET = range(4)
FIRST_PERIOD = 4
POLARITY_LABELS = ["", *[p.value for p in Polarity]]
AUTO_DIRECTION = "Work out from the values"
DIRECTION_LABELS = [AUTO_DIRECTION, *[f"{d.arrow} {d.word}" for d in Direction]]


def _direction_text(direction: Direction | None) -> str:
    return f"{direction.arrow} {direction.word}" if direction else ""


def _parse_direction(text: str) -> Direction | None:
    for direction in Direction:
        if text in (_direction_text(direction), direction.word, direction.value):
            return direction
    return None


class ScorecardTableModel(ReportTableModel):
    def __init__(self, scorecard: Scorecard, ctx: ReportContext, parent=None):
        super().__init__(ctx, parent)
        self.scorecard = scorecard
        self.set_rows()

    def subject(self) -> Scorecard:
        return self.scorecard

    def headers(self) -> list[str]:
        return self.scorecard.header()

    def row_count(self) -> int:
        return len(self.scorecard.rows)

    # Columns after the periods move with the number of periods.
    @property
    def col_rag(self) -> int:
        return FIRST_PERIOD + len(self.scorecard.periods)

    @property
    def col_direction(self) -> int:
        return self.col_rag + 1

    @property
    def col_commentary(self) -> int:
        return self.col_rag + 2

    def period_of(self, column: int) -> int | None:
        """The period index shown in `column`, or None for another column."""
        index = column - FIRST_PERIOD
        return index if 0 <= index < len(self.scorecard.periods) else None

    def cell_text(self, row: int, column: int) -> str:
        r = self.scorecard.rows[row]
        period = self.period_of(column)
        if period is not None:
            return self.scorecard.padded(r)[period]
        if column == self.col_rag:
            return r.rag.value if r.rag else ""
        if column == self.col_direction:
            return _direction_text(r.direction)
        if column == self.col_commentary:
            return r.commentary
        return {COL_REF: r.ref, COL_MEASURE: r.measure, COL_TARGET: r.target,
                COL_POLARITY: r.polarity.value if r.polarity else ""}[column]

    def is_suppressed_cell(self, row: int, column: int) -> bool:
        r = self.scorecard.rows[row]
        period = self.period_of(column)
        return (period is not None and r.counts
                and is_suppressed(self.scorecard.padded(r)[period], self.ctx.threshold))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        r = self.scorecard.rows[row]
        if column == self.col_rag:
            coloured = rag_cell(r.rag, role)
            if coloured is not None:
                return coloured
        if role == CHOICES_ROLE:
            return {COL_POLARITY: POLARITY_LABELS, self.col_rag: RAG_LABELS,
                    self.col_direction: DIRECTION_LABELS}.get(column, [])
        if column == self.col_direction and r.direction is None:
            return self._worked_out_direction(r, role)
        if self.is_suppressed_cell(row, column):
            return self._suppressed(row, column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.period_of(column) is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def _worked_out_direction(self, r: ScorecardRow, role):
        worked_out = r.latest_direction()
        if role == Qt.ItemDataRole.DisplayRole:
            return _direction_text(worked_out)
        if role == Qt.ItemDataRole.EditRole:
            return AUTO_DIRECTION
        if role == Qt.ItemDataRole.ForegroundRole:
            return MUTED_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return ("Worked out from the last two values. Choose a direction to set it "
                    "yourself." if worked_out else
                    "Enter two values, or choose a direction, to show the direction of travel.")
        return None

    def _suppressed(self, row: int, column: int, role):
        typed = self.cell_text(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{typed} \u2192 {SUPPRESSED}"
        if role == Qt.ItemDataRole.EditRole:
            return typed
        if role == Qt.ItemDataRole.ForegroundRole:
            return MUTED_TEXT
        if role == Qt.ItemDataRole.FontRole:
            font = italic_font()
            font.setPointSizeF(QApplication.font().pointSizeF() * 0.85)  # fits a value column
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{typed} is below {self.ctx.threshold}, so every export prints "
                    f"'{SUPPRESSED}' to protect children's identities. Set the threshold in "
                    "File \u203a Settings; switch suppression off for a row that does not "
                    "count people.")
        return None

    def set_cell(self, state: Scorecard, row: int, column: int, value: str) -> None:
        r = state.rows[row]
        period = self.period_of(column)
        if period is not None:
            r.values = state.padded(r)
            r.values[period] = value.strip()
        elif column == self.col_rag:
            r.rag = Rag.parse(value) if value.strip() else None
        elif column == self.col_direction:
            r.direction = _parse_direction(value)
        elif column == self.col_commentary:
            r.commentary = value
        elif column == COL_POLARITY:
            r.polarity = Polarity.parse(value) if value.strip() else None
        else:
            setattr(r, {COL_REF: "ref", COL_MEASURE: "measure", COL_TARGET: "target"}[column],
                    value.strip())

    # Rows and periods ----------------------------------------------------------------------

    def add_row(self, after: int | None = None) -> int:
        """Add a row after `after` (at the end by default); returns its index."""
        at = len(self.scorecard.rows) if after is None else after + 1
        self.edit("Add scorecard row", lambda s: s.rows.insert(at, ScorecardRow(
            values=[""] * len(s.periods))))
        return at

    def remove_row(self, row: int) -> None:
        self.edit("Remove scorecard row", lambda s: s.rows.pop(row))

    def set_counts(self, row: int, counts: bool) -> None:
        text = "Suppress small counts" if counts else "Show small counts"
        self.edit(text, lambda s: setattr(s.rows[row], "counts", counts))

    def add_period(self, title: str) -> None:
        def mutate(s: Scorecard) -> None:
            for r in s.rows:
                r.values = s.padded(r) + [""]
            s.periods.append(title.strip())
        self.edit(f"Add period '{title.strip()}'", mutate)

    def rename_period(self, period: int, title: str) -> None:
        self.edit("Rename period", lambda s: s.periods.__setitem__(period, title.strip()))

    def remove_period(self, period: int) -> None:
        def mutate(s: Scorecard) -> None:
            for r in s.rows:
                values = s.padded(r)
                del values[period]
                r.values = values
            del s.periods[period]
        self.edit(f"Remove period '{self.scorecard.periods[period]}'", mutate)
