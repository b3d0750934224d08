"""The document model: what a composed document says and how it is structured, not how it
looks. Composers (agenda, reports, minutes) build it once; the DOCX and PDF renderers both
draw it in the house style. Text is plain text here: each renderer escapes what it must."""

from dataclasses import dataclass, field
from enum import Enum


class Style(str, Enum):
    """Paragraph styles; each renderer maps them to house_style.PARAGRAPH_STYLES."""

    BODY = "body"
    SUBTITLE = "subtitle"  # the large line under a title ("Agenda")
    CENTRE = "centre"
    CAPS = "caps"  # a bold capitalised notice ("THERE ARE NO PART 2 ITEMS")
    SMALL = "small"
    INDENTED = "indented"  # a list line set in by one hanging indent
    RIGHT = "right"  # a bold mark at the right margin ("Agenda Item 5")
    CAPTION = "caption"  # names the table that follows it


class ItemStyle(str, Enum):
    """What a NumberedItem is: it sets the item's spacing and its Word style, so that an
    author editing the Word file sees (and can pick) "Numbered Paragraph", "Bullet Point" ...
    and the report import can tell them apart again."""

    ITEM = "item"  # an agenda item: a title line with its text under it
    PARAGRAPH = "paragraph"  # a report paragraph that takes a number (when the style has them)
    TEXT = "text"  # a report paragraph that never takes a number
    BULLET = "bullet"
    LETTERED = "lettered"  # (a), (b) ...
    LEAD_IN = "lead-in"  # the sentence recommendations hang from
    RECOMMENDATION = "recommendation"


@dataclass(frozen=True)
class Run:
    """A piece of text with one emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


def runs_of(content: "str | Run | tuple[Run, ...] | list[Run]") -> tuple[Run, ...]:
    """Text given as a plain string, one run or several, always as a tuple of runs."""
    if isinstance(content, str):
        return (Run(content),) if content else ()
    if isinstance(content, Run):
        return (content,)
    return tuple(content)


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: Style = Style.BODY
    keep_with_next: bool = False  # never the last line of a page when more of its group follows

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def para(
    content: "str | Run | tuple[Run, ...] | list[Run]",
    style: Style = Style.BODY,
    keep_with_next: bool = False,
) -> Paragraph:
    return Paragraph(runs_of(content), style, keep_with_next)


@dataclass(frozen=True)
class Heading:
    """A real heading (Word's Heading N, the PDF outline): level 1 is the document's title.
    `anchor` names the place (a Word bookmark, a PDF destination) for tools and links."""

    level: int
    text: str
    anchor: str = ""

    def __post_init__(self):
        if not 1 <= self.level <= 4:
            raise ValueError(f"Heading level must be 1 to 4, not {self.level}.")


@dataclass(frozen=True)
class NumberedItem:
    """A label hanging in the margin ("1.", "2.1", "(a)" or none), the item's first line
    beside it, and further paragraphs set in under that line.

    `level` nests items (0 for "1.", 1 for "1.1" ...): each level indents one step further.
    `heading_level` makes the first line a navigation point (Word's Heading N, a PDF
    bookmark) while keeping the item's layout, e.g. each agenda item's title.
    Body paragraphs take the item's text style (their runs keep their emphasis); the first
    line always stays on a page with the first body paragraph (`keep_with_next` also with
    the block after the item: a section heading with its first paragraph), and
    `keep_together` keeps a short item whole (an agenda item, not a long report section).
    Labels of every level hang in one column, as wide as the document's widest label."""

    label: str
    runs: tuple[Run, ...]
    body: tuple[Paragraph, ...] = ()
    level: int = 0
    heading_level: int | None = None
    keep_together: bool = False
    style: ItemStyle = ItemStyle.ITEM
    keep_with_next: bool = False
    anchor: str = ""

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Field:
    """One labelled line of a header block: "Date:" "Tuesday, 22nd January, 2019"."""

    label: str
    value: str


@dataclass(frozen=True)
class Fields:
    """Labelled lines with the values aligned: the Date/Time/Venue block of an agenda,
    the header block of a report. `indented` sets the block in line with item text (a
    report's contact details); the value column is as wide as the longest label needs."""

    rows: tuple[Field, ...]
    indented: bool = False


@dataclass(frozen=True)
class Table:
    """A data table. The header row repeats on every page; `widths` are fractions of the
    text width (fitted to the content when omitted: table_layout.py).

    `caption` is printed above the table and is its accessible name. `fills` shades body
    cells ("#RRGGBB" or None, row by row: RAG ratings); `align` sets each column "left",
    "right" or "centre"; `totals` marks the last row as a totals row (bold, ruled off);
    `row_anchors` names rows (Word bookmarks) for the report import."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None
    caption: str = ""
    fills: tuple[tuple[str | None, ...], ...] | None = None
    align: tuple[str, ...] | None = None
    totals: bool = False
    row_anchors: tuple[str, ...] | None = None

    def __post_init__(self):
        columns = len(self.header)
        for row in self.rows:
            if len(row) != columns:
                raise ValueError(f"Table row {row!r} has {len(row)} cells, not {columns}.")
        if self.widths is not None and len(self.widths) != columns:
            raise ValueError(f"Table has {columns} columns but {len(self.widths)} widths.")
        if self.align is not None and len(self.align) != columns:
            raise ValueError(f"Table has {columns} columns but {len(self.align)} alignments.")
        for name, rows in (("fills", self.fills), ("row_anchors", self.row_anchors)):
            if rows is not None and len(rows) != len(self.rows):
                raise ValueError(f"Table has {len(self.rows)} rows but {len(rows)} {name}.")
        if self.fills and any(len(row) != columns for row in self.fills):
            raise ValueError(f"Table fills must give {columns} cells a row.")

    def fill(self, row: int, column: int) -> str | None:
        """The body cell's fill as "RRGGBB", or None."""
        colour = self.fills[row][column] if self.fills else None
        return colour.lstrip("#").upper() if colour else None


def percent_label(value: float) -> str:
    """'83%': a bar's percentage as printed beside it (halves rounded up)."""
    return f"{int(value + 0.5)}%"


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one per label, of percentages (0 to 100), each labelled with its
    value: attendance rates in an annual report. `title` is printed above the chart and
    names it; `caption` is an optional note under it. Word draws it as a picture, so
    `alt_text` says everything the picture shows."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    caption: str = ""

    def __post_init__(self):
        if len(self.labels) != len(self.values):
            raise ValueError(f"Bar chart has {len(self.labels)} labels but "
                             f"{len(self.values)} values.")
        for value in self.values:
            if not 0 <= value <= 100:
                raise ValueError(f"Bar chart values are percentages (0 to 100), not {value}.")

    @property
    def alt_text(self) -> str:
        bars = "; ".join(f"{label}: {percent_label(value)}"
                         for label, value in zip(self.labels, self.values))
        return f"{self.title}. Bar chart. {bars or 'No data'}."


@dataclass(frozen=True)
class Spacer:
    """Extra vertical space, in points."""

    height: float


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Paragraph | Heading | NumberedItem | Fields | Table | BarChart | Spacer | PageBreak


@dataclass
class Document:
    """A whole document with the metadata that both renderers write into the file.
    `footer` is printed beside the page number on every page (a report's title);
    `properties` are custom document properties (Word's File > Properties > Custom),
    which let the report import recognise the files this application wrote.
    `watermark` marks every page ("DRAFT" on minutes not yet approved): a diagonal light-grey
    word across the page, in Word the watermark shape Word's own Design > Watermark makes."""

    title: str
    author: str
    subject: str
    language: str = "en-GB"
    blocks: list[Block] = field(default_factory=list)
    footer: str = ""
    properties: dict[str, str] = field(default_factory=dict)
    watermark: str = ""

    def add(self, *blocks: Block) -> "Document":
        self.blocks.extend(blocks)
        return self
