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
    """A real heading (Word's Heading N, the PDF outline): level 1 is the document's title."""

    level: int
    text: str

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
    line always stays on a page with the first body paragraph, and `keep_together` keeps
    a short item whole (an agenda item, not a long report section)."""

    label: str
    runs: tuple[Run, ...]
    body: tuple[Paragraph, ...] = ()
    level: int = 0
    heading_level: int | None = None
    keep_together: bool = False

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
    the header block of a report."""

    rows: tuple[Field, ...]


@dataclass(frozen=True)
class Table:
    """A data table. The header row repeats on every page; `widths` are fractions of the
    text width (equal columns when omitted)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None

    def __post_init__(self):
        columns = len(self.header)
        for row in self.rows:
            if len(row) != columns:
                raise ValueError(f"Table row {row!r} has {len(row)} cells, not {columns}.")
        if self.widths is not None and len(self.widths) != columns:
            raise ValueError(f"Table has {columns} columns but {len(self.widths)} widths.")


@dataclass(frozen=True)
class Spacer:
    """Extra vertical space, in points."""

    height: float


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Paragraph | Heading | NumberedItem | Fields | Table | Spacer | PageBreak


@dataclass
class Document:
    """A whole document with the metadata that both renderers write into the file."""

    title: str
    author: str
    subject: str
    language: str = "en-GB"
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> "Document":
        self.blocks.extend(blocks)
        return self
