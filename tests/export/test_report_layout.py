"""Layout rules the report export needs, which both renderers follow: the column of hanging
numbers is as wide as the widest number, field labels get the room they need, short blocks
are not split over pages, table columns fit their words, wide tables go landscape with the
heading above them, and a long title is shortened in the footer."""

import docx
import pytest
from pypdf import PdfReader

from lscb_desktop.export import house_style as hs
from lscb_desktop.export.document import (
    Document, Field, Fields, Heading, ItemStyle, NumberedItem, Run, Spacer, Table, para,
)
from lscb_desktop.export.docx_renderer import render_docx
from lscb_desktop.export.pdf_renderer import render_pdf
from lscb_desktop.export.table_layout import fitted_widths, landscape_blocks
from lscb_desktop.export.text_metrics import fitted, text_width


def item(label, text, level=0):
    return NumberedItem(label, (Run(text),), level=level, style=ItemStyle.PARAGRAPH)


def word_paragraphs(document, tmp_path):
    render_docx(document, tmp_path / "d.docx")
    return {p.text: p for p in docx.Document(str(tmp_path / "d.docx")).paragraphs}


def test_the_number_column_widens_for_the_widest_number_and_lists_hang_closer(tmp_path):
    document = Document("t", "a", "s").add(
        item("2.1.", "Short number."), item("12.10.1.", "Long number."),
        NumberedItem("•", (Run("A point."),), level=1, style=ItemStyle.BULLET))
    paragraphs = word_paragraphs(document, tmp_path)
    column = paragraphs["2.1.\tShort number."].paragraph_format.left_indent.pt
    assert column > hs.HANGING_INDENT
    assert column >= text_width("12.10.1.", hs.BODY_SIZE) + hs.LABEL_GAP
    assert paragraphs["12.10.1.\tLong number."].paragraph_format.left_indent.pt == column
    point = paragraphs["•\tA point."].paragraph_format
    assert point.left_indent.pt == pytest.approx(column + hs.LIST_STEP, abs=0.1)
    assert -point.first_line_indent.pt == pytest.approx(hs.LIST_STEP, abs=0.1)


def test_field_labels_get_the_room_they_need(tmp_path):
    document = Document("t", "a", "s").add(Fields((
        Field("Electoral Division affected:", "(All Divisions)"), Field("Part:", "Part I"))))
    paragraphs = word_paragraphs(document, tmp_path)
    value_column = paragraphs["Part:\tPart I"].paragraph_format.left_indent.pt
    assert value_column >= text_width("Electoral Division affected:", 12, bold=True)
    assert value_column <= hs.TEXT_WIDTH * hs.FIELD_LABEL_MAX


def test_a_heading_and_the_lines_of_a_field_block_stay_on_one_page(tmp_path):
    heading = NumberedItem("11.", (Run("Contact", bold=True),), heading_level=2,
                           keep_with_next=True)
    fields = Fields(tuple(Field(f"{name}:", "x") for name in ("Name", "Job", "Email", "Tel")))
    document = Document("t", "a", "s").add(Spacer(640), heading, fields)
    render_pdf(document, tmp_path / "d.pdf")
    pages = [page.extract_text() for page in PdfReader(str(tmp_path / "d.pdf")).pages]
    assert "Contact" not in pages[0] and "Contact" in pages[1] and "Tel:" in pages[1]
    paragraphs = word_paragraphs(document, tmp_path)
    assert [paragraphs[f"{n}:\tx"].paragraph_format.keep_with_next
            for n in ("Name", "Job", "Email", "Tel")] == [True, True, True, False]


def test_columns_are_as_wide_as_their_longest_word_and_share_the_rest_by_their_text():
    table = Table(("Ref", "Commentary"), (("P1.1", "A long commentary " * 8),))
    ref, commentary = (f * hs.TEXT_WIDTH for f in fitted_widths(table))
    assert ref >= text_width("Ref", 10, bold=True) + 2 * hs.CELL_SIDE_PADDING
    assert ref >= text_width("P1.1", 10) + 2 * hs.CELL_SIDE_PADDING
    assert commentary > 4 * ref
    assert ref + commentary == pytest.approx(hs.TEXT_WIDTH)


def test_a_wide_table_and_the_headings_above_it_go_landscape():
    wide = Table(tuple(f"Column {i}" for i in range(12)), (tuple("Suppressed" for _ in range(12)),))
    narrow = Table(("A", "B"), (("1", "2"),))
    blocks = [para("Text."), Heading(2, "Scorecard"),
              NumberedItem("", (Run("Quarter 2"),), heading_level=4), wide, para("After."),
              narrow]
    assert landscape_blocks(blocks) == [False, True, True, True, False, False]


def test_a_long_title_is_shortened_in_the_footer_at_a_word():
    title = "A Very Long Report Title " * 6
    shortened = fitted(title, hs.FOOTER_SIZE, 200)
    assert shortened.endswith("...") and title.startswith(shortened[:-3])
    assert text_width(shortened, hs.FOOTER_SIZE) <= 200
    assert fitted("Short", hs.FOOTER_SIZE, 200) == "Short"
