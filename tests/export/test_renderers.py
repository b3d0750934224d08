"""Both renderers draw every block of the document model, in the house style."""

import docx
import pytest
from docx.oxml.ns import qn
from export_fixtures import docx_text, pdf_text
from pypdf import PdfReader

from lscb_desktop.export import house_style
from lscb_desktop.export.document import (
    Document, Field, Fields, Heading, NumberedItem, PageBreak, Run, Spacer, Style, Table, para,
)
from lscb_desktop.export.docx_renderer import render_docx
from lscb_desktop.export.pdf_renderer import render_pdf

SCORECARD = Table(
    header=("Measure", "Target", "Q2"),
    rows=(("Children with 3+ placements", "< 10%", "8%"), ("A&E <visits>", "n/a", "Suppressed")),
    widths=(0.6, 0.2, 0.2),
)


def report() -> Document:
    return Document("Scorecard & Plan", "Borsetshire Council", "Quarter 2").add(
        Heading(1, "Scorecard"),
        Fields((Field("Report of:", "Director <Children's> Services"),)),
        NumberedItem("1.", (Run("Background"),), (para("Why we measure."),)),
        NumberedItem("1.1", (Run("Nested point"),), level=1),
        para("Centred line", Style.CENTRE),
        para("Notice text", Style.CAPS),
        Spacer(12),
        SCORECARD,
        PageBreak(),
        Heading(2, "Appendix"),
    )


@pytest.fixture
def word(tmp_path):
    render_docx(report(), tmp_path / "report.docx")
    return tmp_path / "report.docx"


@pytest.fixture
def pdf(tmp_path):
    render_pdf(report(), tmp_path / "report.pdf")
    return tmp_path / "report.pdf"


def test_word_table_has_a_repeating_bold_header_row(word):
    table = docx.Document(str(word)).tables[0]
    header = table.rows[0]
    assert [c.text for c in header.cells] == ["Measure", "Target", "Q2"]
    assert header._tr.trPr.find(qn("w:tblHeader")).get(qn("w:val")) == "true"
    assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
    assert table.rows[1]._tr.trPr is None or table.rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    assert [c.text for c in table.rows[2].cells] == ["A&E <visits>", "n/a", "Suppressed"]


def test_pdf_table_and_fields_keep_markup_characters(pdf):
    text = pdf_text(pdf)
    assert "Report of: Director <Children's> Services" in text
    assert "Measure Target Q2" in text
    assert "A&E <visits> n/a Suppressed" in text


def test_numbered_items_hang_their_labels_and_nest_by_level(word):
    paragraphs = {p.text: p for p in docx.Document(str(word)).paragraphs}
    first, nested = paragraphs["1.\tBackground"], paragraphs["1.1\tNested point"]
    assert first.paragraph_format.left_indent.pt == pytest.approx(house_style.item_indent(0), 0.1)
    assert first.paragraph_format.first_line_indent.pt == pytest.approx(
        -house_style.HANGING_INDENT, 0.1)
    assert nested.paragraph_format.left_indent.pt == pytest.approx(house_style.item_indent(1), 0.1)
    body = paragraphs["Why we measure."]
    assert body.paragraph_format.left_indent.pt == pytest.approx(house_style.item_indent(0), 0.1)
    assert first.paragraph_format.keep_with_next  # the title stays with its text
    assert not nested.paragraph_format.keep_with_next  # nothing under it to stay with


def test_caps_style_shows_capitals_in_both(word, pdf):
    notice = next(p for p in docx.Document(str(word)).paragraphs if p.text == "Notice text")
    assert notice.style.font.all_caps
    assert "NOTICE TEXT" in pdf_text(pdf)


def test_page_break_starts_a_new_page_and_pages_are_numbered(pdf):
    pages = PdfReader(str(pdf)).pages
    assert len(pages) == 2
    assert pages[1].extract_text().split("\n")[0] == "Page 2"
    assert "Appendix" in pages[1].extract_text()


def test_word_footer_numbers_the_pages_with_a_page_field(word):
    footer = docx.Document(str(word)).sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Page")
    assert footer._p.find(qn("w:fldSimple")).get(qn("w:instr")) == "PAGE"


def test_word_page_is_a4_with_house_margins(word):
    section = docx.Document(str(word)).sections[0]
    assert section.page_width.pt == pytest.approx(house_style.PAGE_WIDTH, abs=0.5)
    assert section.left_margin.pt == pytest.approx(house_style.MARGIN_LEFT, abs=0.5)


def test_both_renderers_write_the_same_words(word, pdf):
    assert docx_text(word).upper() == pdf_text(pdf).upper()


def test_blocks_refuse_impossible_shapes():
    with pytest.raises(ValueError, match="Heading level"):
        Heading(7, "Too deep")
    with pytest.raises(ValueError, match="has 2 cells, not 3"):
        Table(("A", "B", "C"), (("1", "2"),))
    with pytest.raises(ValueError, match="3 columns but 2 widths"):
        Table(("A", "B", "C"), (), widths=(0.5, 0.5))


def test_an_items_first_line_never_ends_a_page_without_its_text(tmp_path):
    # The spacer leaves room at the page foot for the title line but not for the line after.
    item = NumberedItem("4.", (Run("Title", bold=True),), (para("Its purpose line."),))
    document = Document("t", "a", "s").add(Spacer(680), item)
    render_pdf(document, tmp_path / "keep.pdf")
    pages = [p.extract_text() for p in PdfReader(str(tmp_path / "keep.pdf")).pages]
    assert len(pages) == 2
    assert "Title" not in pages[0]
    assert "Title" in pages[1] and "Its purpose line." in pages[1]
