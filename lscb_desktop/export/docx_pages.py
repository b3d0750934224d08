"""Pages of a Word document: A4 with the house margins, the footer (the document's footer
text at the left and the page number at the right, or the number centred), and a change to
landscape pages and back for a table too wide for a portrait page; and the watermark, a
shape in the page header."""

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from . import house_style as hs
from .docx_styles import FOOTER_STYLE_NAME
from .docx_watermark import watermark_run
from .text_metrics import fitted


def _page_number_field(paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"  # shown until Word updates the field
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _set_page(section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = (hs.PAGE_HEIGHT, hs.PAGE_WIDTH) if landscape else (hs.PAGE_WIDTH,
                                                                       hs.PAGE_HEIGHT)
    section.page_width, section.page_height = Pt(width), Pt(height)
    section.top_margin, section.bottom_margin = Pt(hs.MARGIN_TOP), Pt(hs.MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Pt(hs.MARGIN_LEFT), Pt(hs.MARGIN_RIGHT)
    section.footer_distance = Pt(hs.FOOTER_DISTANCE)


def _watermark_header(section, text: str) -> None:
    """The watermark shape in the page header: Word draws a header's shapes on every page
    of the sections that share it."""
    section.header.paragraphs[0]._p.append(watermark_run(text))


class Pages:
    """The document's sections: one while every page is portrait, more as wide tables
    come and go."""

    def __init__(self, document, footer_text: str, watermark: str = ""):
        self.document, self.footer_text = document, footer_text
        self.landscape = False
        first = document.sections[0]
        _set_page(first, landscape=False)
        self._footer(first)
        if watermark:
            _watermark_header(first, watermark)  # later sections link to this header

    def _footer(self, section) -> None:
        footer = section.footer.paragraphs[0]
        footer.style = self.document.styles[FOOTER_STYLE_NAME]
        if self.footer_text:
            # The text at the left margin, the page number at the right (as in the PDF).
            width = hs.LANDSCAPE_TEXT_WIDTH if self.landscape else hs.TEXT_WIDTH
            footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
            footer.paragraph_format.tab_stops.add_tab_stop(Pt(width), WD_TAB_ALIGNMENT.RIGHT)
            shortened = fitted(self.footer_text, hs.FOOTER_SIZE,
                               hs.TEXT_WIDTH * hs.FOOTER_TEXT_SHARE)
            footer.add_run(shortened + "\t")
        footer.add_run(hs.FOOTER_PREFIX)
        _page_number_field(footer)

    def turn(self, landscape: bool) -> bool:
        """Continue on a new page of the given orientation unless already on one; True when
        a new section (and page) began."""
        if landscape == self.landscape:
            return False
        self.landscape = landscape
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        _set_page(section, landscape)
        # The new section shares the previous one's footer; give it its own, whose page
        # number sits at this orientation's right margin.
        section.footer.is_linked_to_previous = True
        section.footer.is_linked_to_previous = False
        self._footer(section)
        return True
