"""A report's structured tables as document-model tables: scorecards (RAG colours, small
counts suppressed), action plans, plain tables (figures right-aligned, a computed totals row)
and the list of background papers."""

from ..domain.figures import parse_figure
from ..domain.report_parts import BackgroundPaper
from ..domain.report_tables import ActionPlan, PlainTable
from ..domain.scorecard import Rag, Scorecard
from ..domain.templates import SectionTemplate
from .document import Table
from .report_anchors import Anchors

# Column widths are left to the renderers, which fit them to the content (table_layout.py).


def _rag_fills(rags: list[Rag | None], column: int, columns: int) -> tuple:
    """Each row's fills: the RAG column in its rating's colour, nothing elsewhere."""
    return tuple(
        tuple(rag.colour if rag and c == column else None for c in range(columns))
        for rag in rags
    )


def scorecard_table(scorecard: Scorecard, threshold: int, anchors: Anchors) -> Table:
    header = scorecard.header()
    values = range(3, 4 + len(scorecard.periods))  # target and the periods' values
    align = tuple("centre" if i in values or i == len(header) - 3 else "left"
                  for i in range(len(header)))
    return Table(
        header=tuple(header),
        rows=tuple(tuple(scorecard.display_row(row, threshold)) for row in scorecard.rows),
        caption=scorecard.caption,
        fills=_rag_fills([row.rag for row in scorecard.rows], len(header) - 3, len(header)),
        align=align,
        row_anchors=tuple(anchors.scorecard_row(row.counts, row.direction is not None)
                          for row in scorecard.rows),
    )


def action_plan_table(plan: ActionPlan) -> Table:
    header = plan.header()
    return Table(
        header=tuple(header),
        rows=tuple(tuple(plan.display_row(row)) for row in plan.rows),
        caption=plan.caption,
        fills=_rag_fills([row.rag for row in plan.rows], len(header) - 1, len(header)),
    )


def _is_figures(cells: list[str]) -> bool:
    filled = [cell for cell in cells if cell.strip()]
    return bool(filled) and all(parse_figure(cell) is not None for cell in filled)


def plain_table(table: PlainTable) -> Table:
    """The table; rows of a draft that do not match the header are padded, never cut."""
    columns = max([len(table.header), *(len(row) for row in table.rows)])
    header = list(table.header) + [""] * (columns - len(table.header))
    rows = [list(row) + [""] * (columns - len(row)) for row in table.rows]
    totals = table.totals_row() if len(table.header) == columns else None
    if totals is not None:
        rows.append(totals)
    cells = [[row[c] for row in rows] for c in range(columns)]
    figures = [c > 0 and _is_figures(cells[c]) for c in range(columns)]
    return Table(
        header=tuple(header),
        rows=tuple(tuple(row) for row in rows),
        caption=table.caption,
        align=tuple("right" if figure else "left" for figure in figures),
        totals=totals is not None,
    )


def background_papers_table(papers: list[BackgroundPaper], definition: SectionTemplate) -> Table:
    return Table(
        header=(definition.label("title"), definition.label("date"), definition.label("contact")),
        rows=tuple((p.title, p.date, p.contact) for p in papers if not p.is_empty()),
    )
