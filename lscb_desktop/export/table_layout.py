"""Column widths fitted to a table's content, the same for both renderers: every column is at
least as wide as its longest word (so no word breaks mid-way), and the width left over goes
to the columns with the most text, as a word processor's "autofit to contents" would. A
table whose words alone would nearly fill a portrait page goes on landscape pages."""

from . import house_style as hs
from .document import Block, Heading, NumberedItem, Table
from .text_metrics import text_width

_MAX_NATURAL = 0.6  # of the text width: no column's natural width counts for more than this
_SLACK = 2.0  # points: word processors round widths and measure a little differently


def _widths(texts: list[str], size: float, bold: bool) -> tuple[float, float]:
    """The widest word and the widest line of `texts`, in points."""
    words = [word for text in texts for word in text.split()]
    lines = [line for text in texts for line in text.splitlines()]
    widest_word = max((text_width(w, size, bold) for w in words), default=0.0)
    widest_line = max((text_width(line, size, bold) for line in lines), default=0.0)
    return widest_word, widest_line


def _column_widths(table: Table, total: float) -> tuple[list[float], list[float]]:
    """Each column's least width (its longest word) and natural width (its longest line)."""
    size = hs.table_text_style(len(table.header)).size
    padding = 2 * hs.CELL_SIDE_PADDING + _SLACK
    minimum, natural = [], []
    for c, name in enumerate(table.header):
        head_word, head_line = _widths([name], size, bold=True)
        body_word, body_line = _widths([row[c] for row in table.rows], size, bold=table.totals)
        minimum.append(max(head_word, body_word) + padding)
        natural.append(min(max(head_line, body_line) + padding, total * _MAX_NATURAL))
    return minimum, [max(n, m) for n, m in zip(natural, minimum)]


def is_landscape(table: Table) -> bool:
    """Whether `table` goes on landscape pages: its longest words alone would take most of
    a portrait page's width, leaving its text columns a few words wide."""
    minimum, _ = _column_widths(table, hs.TEXT_WIDTH)
    return sum(minimum) > hs.TEXT_WIDTH * hs.LANDSCAPE_FROM


def _leads_in(block: Block) -> bool:
    """A heading: it belongs on the page of what follows it."""
    return isinstance(block, Heading) or (isinstance(block, NumberedItem)
                                          and block.heading_level is not None)


def landscape_blocks(blocks: list[Block]) -> list[bool]:
    """For each block, whether it is printed on a landscape page: wide tables, and the
    headings just above one, which would otherwise be left alone at the foot of a portrait
    page."""
    landscape = [isinstance(block, Table) and is_landscape(block) for block in blocks]
    for i in range(len(blocks) - 1, 0, -1):
        if landscape[i] and _leads_in(blocks[i - 1]):
            landscape[i - 1] = True
    return landscape


def fitted_widths(table: Table, total: float = hs.TEXT_WIDTH) -> tuple[float, ...]:
    """Fractions of the text width `total` for each column of `table`."""
    minimum, natural = _column_widths(table, total)
    if sum(minimum) >= total:  # words must break somewhere: share in proportion
        return tuple(m / sum(minimum) for m in minimum)
    if sum(natural) <= total:  # everything fits on one line: widen in proportion
        return tuple(n / sum(natural) for n in natural)
    spare = total - sum(minimum)
    wanted = [n - m for n, m in zip(natural, minimum)]
    return tuple((m + spare * w / sum(wanted)) / total for m, w in zip(minimum, wanted))
