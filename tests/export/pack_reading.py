"""Reading a built pack back as a reader would: the number printed at the foot of each page,
where each "Agenda Item N" is, the page ranges the front sheet prints, the bookmarks; and
appendix PDFs made for the tests, with their own "Page 1 of 3" numbering."""

import re
from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from lscb_desktop.export.pdf_fonts import face, register_fonts

_PAGE = re.compile(r"^Page (\d+)$")
_ITEM_MARK = re.compile(r"^Agenda Item (\d+)$")
# "5. Title (Pages 9 - 48)": the item's number, then its title up to the range, not past the
# next item's number.
_RANGE = re.compile(r"\b(\d{1,2})\. (?:(?!\b\d{1,2}\. )[^()])*?\(Pages? (\d+)(?: - (\d+))?\)")


def flat(text: str) -> str:
    return " ".join(text.split())


class PackText:
    """The text of a pack's pages, extracted once (pypdf's extraction is the slow part)."""

    def __init__(self, reader: PdfReader):
        self.pages = [page.extract_text() for page in reader.pages]
        self.lines = [[line.strip() for line in text.splitlines() if line.strip()]
                      for text in self.pages]

    def printed_numbers(self) -> list[int | None]:
        """The pack's "Page N" of each page: the stamp is drawn over the paper, so it is the
        last such line of the page's text (a paper's own number, under the stamp, comes
        first)."""
        numbers = []
        for lines in self.lines:
            found = [int(m.group(1)) for line in lines if (m := _PAGE.match(line))]
            numbers.append(found[-1] if found else None)
        return numbers

    def item_mark_pages(self) -> dict[int, int]:
        """Agenda item number -> the (1-based) page carrying "Agenda Item N"."""
        return {int(m.group(1)): index + 1 for index, lines in enumerate(self.lines)
                for line in lines if (m := _ITEM_MARK.match(line))}

    def front_sheet_ranges(self, pages: int) -> dict[int, tuple[int, int]]:
        """Agenda item number -> (first, last) page as printed on the first `pages` pages."""
        text = re.sub(r"Page \d+", " ", flat(" ".join(self.pages[:pages])))
        return {int(n): (int(first), int(last or first))
                for n, first, last in _RANGE.findall(text)}

    def blank_pages(self) -> list[int]:
        return [i + 1 for i, lines in enumerate(self.lines)
                if "This page is intentionally left blank" in lines]

    def text(self, first: int = 1, last: int | None = None) -> str:
        """The pages' text, whitespace collapsed (pages numbered from 1)."""
        return flat(" ".join(self.pages[first - 1:last]))


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, 1-based page) of every bookmark, in order."""
    entries = []

    def walk(items, depth):
        for entry in items:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                entries.append((depth, entry.title, reader.get_destination_page_number(entry) + 1))

    walk(reader.outline, 0)
    return entries


def appendix_pdf(texts: list[str], size=A4, rotate: int = 0) -> bytes:
    """A PDF with one page per text, numbered "Page k of n" at the right of its foot as
    many published documents are; `rotate` sets each page's /Rotate."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=size, initialFontName=face())
    for k, text in enumerate(texts, start=1):
        canvas.setFont(face(), 12)
        canvas.drawString(72, size[1] - 100, text)
        canvas.setFont(face(), 9)
        canvas.drawRightString(size[0] - 72, 28, f"Page {k} of {len(texts)}")
        canvas.showPage()
    canvas.save()
    if not rotate:
        return buffer.getvalue()
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(buffer.getvalue())))
    for page in writer.pages:
        page.rotate(rotate)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
