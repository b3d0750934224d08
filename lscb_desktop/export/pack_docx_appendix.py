"""A Word appendix drawn in the house style: the blocks docx_reading.py reads from any .docx
(the same reader the report import uses) composed into the document model, so that the
pack's renderer sets it like every other paper. Headings stay headings, list points keep
their bullets and numbers, tables keep their header rows and shading."""

from ..domain.report_appendices import appendix_letter
from .document import Block, Document, Heading, ItemStyle, NumberedItem, Table, para
from .docx_reading import ListKind, ReadDocument, ReadParagraph, ReadTable

BULLET = "•"
_DEEPEST_HEADING = 4


def _heading_level(level: int, shift: int) -> int:
    return max(1, min(level + shift, _DEEPEST_HEADING))


class _ListCounter:
    """The number of each list point, level by level; a deeper level restarts under each
    point of the level above it, and any ordinary paragraph ends the list."""

    def __init__(self):
        self.counts: list[int] = []

    def next_label(self, kind: ListKind, level: int) -> str:
        self.counts = self.counts[: level + 1] + [0] * (level + 1 - len(self.counts))
        self.counts[level] += 1
        number = self.counts[level]
        if kind is ListKind.BULLET:
            return BULLET
        if kind is ListKind.LETTERED:
            return f"({appendix_letter(number - 1).lower()})"
        return f"{number}."

    def reset(self) -> None:
        self.counts = []


def _table(table: ReadTable) -> Table | None:
    """The Word table with its first row as the header, whether or not Word marks it so (a
    data table's first row names its columns; further header rows read as body rows, since
    the model has one). Rows of merged cells are padded to the widest row."""
    if not any(cell.strip() for row in table.rows for cell in row):
        return None
    columns = max(len(row) for row in table.rows)
    rows = [tuple(row) + ("",) * (columns - len(row)) for row in table.rows]
    fills = [tuple(f"#{fill}" if fill else None for fill in row) + (None,) * (columns - len(row))
             for row in table.fills] if table.fills else None
    return Table(rows[0], tuple(rows[1:]), caption=table.caption,
                 fills=tuple(fills[1:]) if fills and len(rows) > 1 else None)


def _paragraph(paragraph: ReadParagraph, shift: int, lists: _ListCounter) -> Block | None:
    text = paragraph.text.strip()
    if not text:
        return None  # empty paragraphs are Word's spacing, which the house style sets itself
    if paragraph.heading_level is not None:
        lists.reset()
        level = 1 if paragraph.style == "Title" else _heading_level(paragraph.heading_level, shift)
        return Heading(level, " ".join(text.split()))
    if paragraph.list_kind is not None:
        level = min(paragraph.list_level, 3)
        label = lists.next_label(paragraph.list_kind, level)
        style = ItemStyle.BULLET if paragraph.list_kind is ListKind.BULLET else ItemStyle.LETTERED
        return NumberedItem(label, paragraph.runs, level=level, style=style)
    lists.reset()
    return para(paragraph.runs)


def compose_docx_appendix(read: ReadDocument, title: str, author: str = "") -> Document:
    """The Word document `read` as a document of the model, titled `title`. A paragraph in
    Word's "Title" style is the heading at the top, and the Heading 1s go one level under it;
    without one, the Heading 1s are the top level."""
    has_title = any(isinstance(b, ReadParagraph) and b.style == "Title" for b in read.blocks)
    shift = 1 if has_title else 0
    document = Document(title=title, author=author or read.author, subject=title)
    lists = _ListCounter()
    for block in read.blocks:
        if isinstance(block, ReadTable):
            lists.reset()
            composed = _table(block)
        else:
            composed = _paragraph(block, shift, lists)
        if composed is not None:
            document.add(composed)
    return document

