"""The marks a pack puts on its pages, drawn with reportlab as one overlay page per pack page
and merged over the papers with pypdf: "Page N" centred at the foot on a white box (which
covers a paper's own page number there), "Agenda Item N" at the top right of each item's
first page, the notice on blank pages, and on a confidential pack the NOT FOR PUBLICATION
marking with its Schedule 12A paragraphs at the top of every page."""

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.colors import white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.exemptions import describe_paragraphs
from . import house_style as hs
from .pack_layout import BLANK_PAGE_TEXT
from .pdf_fonts import face, register_fonts
from .report_header_block import agenda_item_mark

ITEM_MARK_SIZE = 14.0
ITEM_MARK_FROM_TOP = 1.4 * hs.CM  # the baseline, in the top margin above the text
MARKING_SIZE = 8.5
MARKING_FROM_TOP = 0.8 * hs.CM
BOX_PADDING = 4.0  # white around the stamped page number
NUMBER_BOX_WIDTH = 2.6 * hs.CM  # wider than any paper's own centred "Page 123"


def confidential_marking(paragraphs: tuple[int, ...]) -> str:
    """'NOT FOR PUBLICATION by virtue of paragraphs 1 and 2 of Part 1 of Schedule 12A of
    the Local Government Act 1972', as withheld copies are marked."""
    cited = describe_paragraphs(list(paragraphs)).lower()
    return (f"NOT FOR PUBLICATION by virtue of {cited} of Part 1 of Schedule 12A of the "
            "Local Government Act 1972")


@dataclass(frozen=True)
class PageStamp:
    """What one pack page carries, and the visible box of the page it goes on."""

    number: int
    box: tuple[float, float, float, float]  # left, bottom, right, top (the page's crop box)
    item_number: int | None = None  # on the first page of an item's papers
    blank: bool = False
    marking: str = ""


def _white_box(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    canvas.setFillColor(white)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)


def _draw(canvas: Canvas, stamp: PageStamp) -> None:
    left, bottom, right, top = stamp.box
    middle = (left + right) / 2
    number_width = max(NUMBER_BOX_WIDTH, stringWidth(hs.footer_text(stamp.number), face(),
                                                     hs.FOOTER_SIZE) + 2 * BOX_PADDING)
    _white_box(canvas, middle - number_width / 2, bottom + hs.FOOTER_DISTANCE - BOX_PADDING,
               number_width, hs.FOOTER_SIZE + 2 * BOX_PADDING)
    canvas.setFont(face(), hs.FOOTER_SIZE)
    canvas.drawCentredString(middle, bottom + hs.FOOTER_DISTANCE, hs.footer_text(stamp.number))
    if stamp.item_number is not None:
        canvas.setFont(face(bold=True), ITEM_MARK_SIZE)
        canvas.drawRightString(right - hs.MARGIN_RIGHT, top - ITEM_MARK_FROM_TOP,
                               agenda_item_mark(stamp.item_number))
    if stamp.blank:
        canvas.setFont(face(), hs.BODY_SIZE)
        canvas.drawCentredString(middle, (bottom + top) / 2, BLANK_PAGE_TEXT)
    if stamp.marking:
        width = stringWidth(stamp.marking, face(bold=True), MARKING_SIZE) + 2 * BOX_PADDING
        baseline = top - MARKING_FROM_TOP
        _white_box(canvas, middle - width / 2, baseline - BOX_PADDING, width,
                   MARKING_SIZE + 2 * BOX_PADDING)
        canvas.setFont(face(bold=True), MARKING_SIZE)
        canvas.drawCentredString(middle, baseline, stamp.marking)


def overlay_pdf(stamps: list[PageStamp]) -> bytes:
    """One overlay page for each stamp, each as large as the page it goes on."""
    regular = register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=regular, pageCompression=1)
    for stamp in stamps:
        _, _, right, top = stamp.box
        canvas.setPageSize((right, top))
        _draw(canvas, stamp)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
