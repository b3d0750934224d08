"""Reading any Word (.docx) file into plain blocks: paragraphs (runs with bold and italic,
the Word style, heading level, list kind) and tables (cell text, header rows, fills), in
document order. The report import maps these onto a template (report_docx_reader.py); the
meeting pack can draw a DOCX appendix in house style from them.

Nothing is dropped on the way: text inside content controls, hyperlinks, tracked insertions
and nested tables is read; deleted (tracked) text is not, since it is not in the document."""

import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import IO

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run as DocxRun
from lxml import etree

from .document import Run
from .docx_lists import ListKind, NumberingFormats, style_list_kind
from .docx_markers import bookmark_names, read_custom_properties

__all__ = ["DocxReadError", "ListKind", "ReadDocument", "ReadParagraph", "ReadTable",
           "read_docx"]

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # Word 97-2003 files, and password-protected ones
_TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
              qn("w:noBreakHyphen"): "-", qn("w:softHyphen"): ""}


class DocxReadError(ValueError):
    """The file is not a Word document that can be read; the message names the file and
    the way out."""


@dataclass(frozen=True)
class ReadParagraph:
    runs: tuple[Run, ...]
    style: str = ""  # the Word paragraph style's name
    heading_level: int | None = None  # Heading N, Title (1) or an outline level
    list_kind: ListKind | None = None  # a point of a Word list (bullets or numbering)
    list_level: int = 0
    bookmarks: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class ReadTable:
    rows: tuple[tuple[str, ...], ...]  # each cell's text, its paragraphs joined by "\n"
    header_rows: int = 0  # rows marked to repeat as the header
    fills: tuple[tuple[str | None, ...], ...] = ()  # each cell's shading, "RRGGBB" or None
    row_bookmarks: tuple[tuple[str, ...], ...] = ()
    caption: str = ""  # the table's alt text title


@dataclass(frozen=True)
class ReadDocument:
    blocks: tuple[ReadParagraph | ReadTable, ...]
    title: str = ""
    author: str = ""
    properties: dict[str, str] | None = None  # custom document properties


def _open(source: str | Path | bytes | IO[bytes], name: str):
    way_out = ("Open it in Word and save it as a Word Document (.docx), then import it again.")
    head = b""
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise DocxReadError(f"The file '{name}' was not found: check its name and folder.")
        with path.open("rb") as handle:
            head = handle.read(4)
    elif isinstance(source, bytes):
        head = source[:4]
    if head == _OLE_SIGNATURE:
        raise DocxReadError(
            f"'{name}' is an older Word document (.doc) or is protected by a password, so it "
            f"cannot be read. {way_out}")
    try:
        return docx.Document(BytesIO(source) if isinstance(source, bytes) else source)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError,
            etree.XMLSyntaxError) as error:
        raise DocxReadError(f"'{name}' is not a Word document that can be read: it may be "
                            f"damaged or in another format. {way_out}") from error


def read_docx(source: str | Path | bytes | IO[bytes], name: str | None = None) -> ReadDocument:
    """The blocks of the Word file `source` (a path, its bytes or an open binary file);
    `name` is how error messages call it (the file name by default)."""
    name = name or (Path(source).name if isinstance(source, (str, Path)) else "The file")
    document = _open(source, name)
    reader = _BlockReader(document)
    blocks = tuple(reader.blocks(document.element.body))
    props = document.core_properties
    return ReadDocument(blocks, props.title or "", props.author or "",
                        read_custom_properties(document))


class _BlockReader:
    def __init__(self, document):
        self.document = document
        self.styles = {s.style_id: s for s in document.styles}
        self.default_style = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.numbering = NumberingFormats(document)

    def blocks(self, container):
        """Paragraphs and tables among `container`'s children, looking inside content
        controls and custom XML, which wrap body content in some council templates."""
        for child in container.iterchildren():
            if child.tag == qn("w:p"):
                yield self.paragraph(child)
            elif child.tag == qn("w:tbl"):
                yield self.table(child)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self.blocks(content)
            elif child.tag == qn("w:customXml"):
                yield from self.blocks(child)

    def _style(self, element):
        properties = element.find(qn("w:pPr"))
        style = properties.find(qn("w:pStyle")) if properties is not None else None
        style_id = style.get(qn("w:val")) if style is not None else None
        return self.styles.get(style_id) or self.default_style

    def paragraph(self, element) -> ReadParagraph:
        paragraph = DocxParagraph(element, self.document._body)
        style = self._style(element)
        runs = tuple(self._runs(element, paragraph))
        level = _heading_level(style, element)
        kind, list_level = self.numbering.list_of(element, style)
        if kind is None:
            kind = style_list_kind(style.name if style is not None else "")
        return ReadParagraph(runs, style.name if style is not None else "", level, kind,
                             list_level, tuple(bookmark_names(element)))

    def _runs(self, element, paragraph):
        for r in element.iter(qn("w:r")):
            if _deleted(r):
                continue
            text = "".join(_run_text(child) for child in r.iterchildren())
            if text:
                run = DocxRun(r, paragraph)
                character_style = self._character_style(r)
                yield Run(text, _flag(run, character_style, "bold"),
                          _flag(run, character_style, "italic"))

    def _character_style(self, r):
        style = r.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
        return self.styles.get(style.get(qn("w:val"))) if style is not None else None

    def table(self, element) -> ReadTable:
        table = DocxTable(element, self.document._body)
        rows, fills, bookmarks, header_rows = [], [], [], 0
        for index, row in enumerate(table.rows):
            cells = _distinct_cells(row)
            rows.append(tuple(_cell_text(cell) for cell in cells))
            fills.append(tuple(_fill(cell) for cell in cells))
            bookmarks.append(tuple(bookmark_names(row._tr)))
            if header_rows == index and _is_header_row(row):
                header_rows += 1
        caption = element.find(f"{qn('w:tblPr')}/{qn('w:tblCaption')}")
        return ReadTable(tuple(rows), header_rows, tuple(fills), tuple(bookmarks),
                         caption.get(qn("w:val"), "") if caption is not None else "")


_DELETIONS = (qn("w:del"), qn("w:moveFrom"))


def _deleted(run) -> bool:
    """Text deleted (or moved away) with Track Changes on: no longer in the document."""
    return any(ancestor.tag in _DELETIONS for ancestor in run.iterancestors())


def _run_text(child) -> str:
    if child.tag not in _TEXT_TAGS:
        return ""
    return child.text or "" if _TEXT_TAGS[child.tag] is None else _TEXT_TAGS[child.tag]


def _flag(run: DocxRun, style, name: str) -> bool:
    """Bold or italic as set on the run or by its character style `style` (not by the
    paragraph style: a heading's boldness is its heading-ness, not emphasis)."""
    value = getattr(run.font, name)
    while value is None and style is not None:
        value = getattr(style.font, name)
        style = style.base_style
    return bool(value)


def _heading_level(style, element) -> int | None:
    properties = element.find(qn("w:pPr"))
    outline = properties.find(qn("w:outlineLvl")) if properties is not None else None
    while style is not None:
        name = style.name or ""
        if name == "Title":
            return 1
        if name.startswith("Heading ") and name[8:].isdigit():
            return int(name[8:])
        style_outline = style.element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        outline = outline if outline is not None else style_outline
        style = style.base_style
    if outline is not None and outline.get(qn("w:val"), "9").isdigit():
        level = int(outline.get(qn("w:val"))) + 1
        return level if level <= 9 else None  # level 10 is Word's "body text"
    return None


def _distinct_cells(row) -> list:
    """The row's cells, a cell merged across columns counted once."""
    cells = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return cells


def _cell_text(cell) -> str:
    """All the cell's paragraphs, those of tables nested in it included."""
    lines = ["".join(_run_text(t) for r in p.iter(qn("w:r")) if not _deleted(r)
                     for t in r.iterchildren())
             for p in cell._tc.iter(qn("w:p"))]
    return "\n".join(lines).strip()


def _fill(cell) -> str | None:
    shading = cell._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
    fill = shading.get(qn("w:fill")) if shading is not None else None
    return fill.upper() if fill and fill.lower() != "auto" else None


def _is_header_row(row) -> bool:
    marker = row._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}")
    return marker is not None and marker.get(qn("w:val"), "true") not in ("false", "0", "off")
