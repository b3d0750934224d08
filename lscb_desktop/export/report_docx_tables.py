"""Tables in a Word file back into a report's tables: a scorecard or an action plan when the
header row says so, the background papers in their section, otherwise a plain table (with
its totals row recognised when the figures add up). Nothing in a cell is dropped: what
cannot be understood (a RAG rating of "Purple") is named in a note."""

from dataclasses import dataclass, field

from ..domain.errors import ValidationError
from ..domain.report_parts import BackgroundPaper
from ..domain.report_tables import ACTION_PLAN_HEADER, ActionPlan, ActionRow, PlainTable
from ..domain.scorecard import Direction, Polarity, Rag, Scorecard, ScorecardRow
from ..domain.suppression import SUPPRESSED, is_suppressed
from .docx_reading import ReadTable
from .report_anchors import row_flags
from .report_docx_matching import normalise

_SCORECARD_START = ("ref", "measure", "polarity", "target")
_SCORECARD_END = ("rag", "direction of travel", "commentary")
_ACTION_PLAN = tuple(normalise(name) for name in ACTION_PLAN_HEADER)


@dataclass
class TableReading:
    block: Scorecard | ActionPlan | PlainTable
    notes: list[str] = field(default_factory=list)


def _grid(table: ReadTable) -> tuple[list[str], list[list[str]], list[tuple[str, ...]]]:
    """Header, body rows (blank rows left out, all as wide as the widest) and each body
    row's bookmarks."""
    width = max((len(row) for row in table.rows), default=0)
    padded = [list(row) + [""] * (width - len(row)) for row in table.rows]
    marks = list(table.row_bookmarks) or [()] * len(padded)
    if not padded:
        return [], [], []
    body = [(row, mark) for row, mark in zip(padded[1:], marks[1:]) if any(c.strip() for c in row)]
    return padded[0], [row for row, _ in body], [mark for _, mark in body]


def table_kind(table: ReadTable) -> str:
    """'scorecard', 'action-plan' or 'plain-table', from the header row."""
    header = [normalise(cell) for cell in (table.rows[0] if table.rows else ())]
    if (len(header) >= 7 and tuple(header[:4]) == _SCORECARD_START
            and tuple(header[-3:]) == _SCORECARD_END):
        return Scorecard.kind
    if tuple(header) == _ACTION_PLAN:
        return ActionPlan.kind
    return PlainTable.kind


def read_table(table: ReadTable, caption: str, own_file: bool, threshold: int,
               where: str) -> TableReading:
    """`where` names the place in notes ("'Background'")."""
    header, rows, marks = _grid(table)
    kind = table_kind(table)
    if kind == Scorecard.kind:
        return _scorecard(header, rows, marks, caption, own_file, threshold, where)
    if kind == ActionPlan.kind:
        return _action_plan(rows, caption, where)
    return TableReading(_plain(header, rows, caption))


def _parse(parser, text: str, what: str, row: str, where: str, notes: list[str]):
    if not text.strip():
        return None
    try:
        return parser(text)
    except ValidationError:
        notes.append(f"In {where}, row '{row}' has the {what} '{text.strip()}', which is not "
                     f"one the application knows: it was left blank; choose it again.")
        return None


def _direction(text: str) -> Direction:
    """'↑ Up', '→ No change', 'Down' -> a Direction."""
    try:
        return Direction.parse(text)
    except ValidationError:
        for token in (text.split()[0], " ".join(text.split()[1:])):
            try:
                return Direction.parse(token)
            except ValidationError:
                continue
        raise


def _scorecard(header, rows, marks, caption, own_file, threshold, where) -> TableReading:
    periods = header[4:-3]
    notes: list[str] = []
    scorecard = Scorecard(periods=[p.strip() for p in periods], caption=caption)
    for cells, mark in zip(rows, marks):
        ref, measure, polarity, target = (c.strip() for c in cells[:4])
        values = [c.strip() for c in cells[4:4 + len(periods)]]
        rag, direction, commentary = (c.strip() for c in cells[-3:])
        name = ref or measure
        counts, direction_set = row_flags(list(mark)) if own_file else (True, False)
        row = ScorecardRow(
            ref=ref, measure=measure, target=target, values=values, commentary=commentary,
            polarity=_parse(Polarity.parse, polarity, "polarity", name, where, notes),
            rag=_parse(Rag.parse, rag, "RAG rating", name, where, notes),
            counts=counts,
        )
        shown = _parse(_direction, direction, "direction of travel", name, where, notes)
        # A direction the values show was worked out, unless the file says it was set.
        row.direction = shown if direction_set or shown != row.latest_direction() else None
        if SUPPRESSED in values:
            notes.append(f"In {where}, row '{name}' has values shown as '{SUPPRESSED}': the "
                         "figures are not in the file, so that it can be shared safely. Enter "
                         "them again; they will still be printed as 'Suppressed'.")
        elif row.counts and any(is_suppressed(v, threshold) for v in values):
            notes.append(f"In {where}, row '{name}' shows counts below {threshold}: they will "
                         "be printed as 'Suppressed' so that no child can be identified. If "
                         "they are not counts of people, say so in the scorecard.")
        scorecard.rows.append(row)
    return TableReading(scorecard, notes)


def _action_plan(rows, caption, where) -> TableReading:
    notes: list[str] = []
    plan = ActionPlan(caption=caption)
    for action, timeframe, update, rag in (row[:4] for row in rows):
        plan.rows.append(ActionRow(action.strip(), timeframe.strip(), update.strip(),
                                   _parse(Rag.parse, rag, "RAG rating", action.strip(), where,
                                          notes)))
    return TableReading(plan, notes)


def _plain(header, rows, caption) -> PlainTable:
    table = PlainTable(header=[h.strip() for h in header], rows=[[c.strip() for c in row]
                                                                  for row in rows],
                       caption=caption)
    if len(table.rows) >= 2 and table.rows[-1][0]:
        candidate = PlainTable(table.header, table.rows[:-1], totals=True,
                               totals_label=table.rows[-1][0])
        computed = candidate.totals_row()
        if computed == table.rows[-1] and any(cell for cell in computed[1:]):
            candidate.caption = caption
            return candidate
    return table


def read_background_papers(table: ReadTable) -> list[BackgroundPaper]:
    """The papers in a table of title, date and contact (a header row first)."""
    _, rows, _ = _grid(table)
    papers = []
    for row in rows:
        cells = [c.strip() for c in row] + ["", "", ""]
        extra = [c for c in cells[3:] if c]  # a fourth column is kept with the contact
        contact = "; ".join(c for c in [cells[2], *extra] if c)
        papers.append(BackgroundPaper(cells[0], cells[1], contact))
    return papers
