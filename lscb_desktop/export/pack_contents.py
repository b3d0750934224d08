"""What goes into a meeting pack, in order, before any page is drawn: the front sheet (composed
again once the page ranges are known), then each agenda item's papers (the minutes of the
previous meeting count as the minutes item's paper). The services gather it from the
database; pack_builder.py turns it into one PDF."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .document import Document

# Agenda item id -> (first page, last page) of its papers in the pack.
PageRanges = Mapping[int, tuple[int, int]]


@dataclass(frozen=True)
class PdfFile:
    """An appendix attached as a PDF: merged into the pack as it is."""

    data: bytes
    name: str


@dataclass(frozen=True)
class DocxFile:
    """An appendix attached as a Word file: drawn in the house style (or by LibreOffice)."""

    data: bytes
    name: str


Source = Document | PdfFile | DocxFile


@dataclass(frozen=True)
class Paper:
    """One document in the pack: a report, the minutes, or an appendix. `title` names its
    bookmark."""

    title: str
    source: Source


@dataclass(frozen=True)
class PackItem:
    """An agenda item with pages. `number` is printed as "Agenda Item N" on its first page and
    `item_id` keys its page range on the front sheet; both are None for papers the agenda
    does not list (minutes of a meeting with no minutes item). The first paper is the report
    (or the minutes), the rest its appendices. `exempt_paragraphs` mark a confidential
    item's every page."""

    title: str
    papers: tuple[Paper, ...]
    number: int | None = None
    item_id: int | None = None
    exempt_paragraphs: tuple[int, ...] = ()

    @property
    def bookmark(self) -> str:
        return f"{self.number}. {self.title}" if self.number is not None else self.title


@dataclass(frozen=True)
class PackMetadata:
    title: str
    author: str
    subject: str
    language: str = "en-GB"


@dataclass
class PackContents:
    """`front_sheet` composes the front sheet showing the given page ranges (None: a pack
    without one, the confidential pack). `confidential` marks every page NOT FOR
    PUBLICATION with its item's Schedule 12A paragraphs."""

    metadata: PackMetadata
    items: list[PackItem] = field(default_factory=list)
    front_sheet: Callable[[PageRanges], Document] | None = None
    front_sheet_bookmark: str = "Agenda"
    confidential: bool = False

    @property
    def papers(self) -> list[Paper]:
        return [paper for item in self.items for paper in item.papers]
