"""Action plans and plain tables inside a report (scorecards are in scorecard.py).

A plain table may end with a totals row computed from its figures, so a budget or partner
contribution table always adds up: a column is totalled when every filled cell in it is a
figure (figures.py) and none is a percentage; the total keeps the column's £, thousands
separators and decimal places. The first column carries the label ("Total").
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import ClassVar

from .errors import ValidationError
from .figures import format_figure, parse_figure
from .scorecard import Rag

ACTION_PLAN_HEADER = ["Action", "Timeframe", "Update", "RAG"]


@dataclass
class ActionRow:
    action: str = ""
    timeframe: str = ""
    update: str = ""
    rag: Rag | None = None


@dataclass
class ActionPlan:
    rows: list[ActionRow] = field(default_factory=list)
    caption: str = ""  # e.g. the standard or outcome the actions serve
    kind: ClassVar[str] = "action-plan"

    def header(self) -> list[str]:
        return list(ACTION_PLAN_HEADER)

    def display_row(self, row: ActionRow) -> list[str]:
        return [row.action, row.timeframe, row.update, row.rag.value if row.rag else ""]

    def validate(self) -> None:
        """Nothing can be inconsistent in an action plan; here for a uniform block API."""

    def texts(self) -> list[str]:
        return [self.caption] + [t for r in self.rows for t in (r.action, r.timeframe, r.update)]

    def is_empty(self) -> bool:
        return not self.rows


@dataclass
class PlainTable:
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    totals: bool = False  # end with a computed totals row
    totals_label: str = "Total"
    caption: str = ""
    kind: ClassVar[str] = "plain-table"

    def validate(self) -> None:
        if not self.header or not any(h.strip() for h in self.header):
            raise ValidationError("A table needs a header row: name its columns.", "header")
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.header):
                raise ValidationError(
                    f"Row {number} of the table has {len(row)} cells but the header has "
                    f"{len(self.header)}: add or remove cells so that they match.",
                    "rows",
                )

    def totals_row(self) -> list[str] | None:
        """The computed totals row, or None when the table has none."""
        if not self.totals:
            return None
        return [self.totals_label] + [self.column_total(i) for i in range(1, len(self.header))]

    def column_total(self, column: int) -> str:
        """The column's total as text, "" when the column is not all figures."""
        cells = [row[column].strip() for row in self.rows if column < len(row)]
        cells = [cell for cell in cells if cell]
        figures = [parse_figure(cell) for cell in cells]
        if not figures or any(f is None or f.percent for f in figures):
            return ""
        total = sum((f.value for f in figures), Decimal(0))
        return format_figure(
            total,
            currency=all(f.currency for f in figures),
            grouped=any(f.grouped for f in figures),
            decimals=max(f.decimals for f in figures),
        )

    def texts(self) -> list[str]:
        return [self.caption, self.totals_label if self.totals else "", *self.header] + [
            cell for row in self.rows for cell in row
        ]

    def is_empty(self) -> bool:
        return not self.rows
