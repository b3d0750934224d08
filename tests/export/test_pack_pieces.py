"""Each paper is rendered on its own, through one function keyed by a hash of its content, so
that a rebuild after one report changes renders only that report and the front sheet again.
Word appendices are drawn in the house style through the application's own DOCX reading, or
converted by LibreOffice when asked."""

from dataclasses import replace
from io import BytesIO

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pypdf import PdfReader

from lscb_desktop.export import pack_pieces
from lscb_desktop.export.pack_docx_appendix import compose_docx_appendix
from lscb_desktop.export.docx_reading import read_docx
from lscb_desktop.export.document import Heading, NumberedItem, Table
from lscb_desktop.export.pack_builder import build_pack
from lscb_desktop.export.pack_contents import DocxFile, Paper, PdfFile
from lscb_desktop.export.pack_errors import PackError
from lscb_desktop.export.pack_libreoffice import libreoffice_program
from lscb_desktop.export.pack_pieces import MemoryCache, piece_key, render_piece
from tests.export.pack_reading import PackText, flat
from tests.export.pack_samples import contents, paper_document


def word_appendix() -> bytes:
    document = docx.Document()
    document.add_paragraph("Fostering Recruitment Plan", style="Title")
    document.add_heading("Our aims", level=1)
    document.add_paragraph("We will recruit twenty new foster families this year.")
    document.add_paragraph("Open evenings in every town", style="List Bullet")
    document.add_paragraph("A refer-a-friend scheme", style="List Bullet")
    document.add_paragraph("")
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, (("Quarter", "Enquiries"), ("Q1", "41"), ("Q2", "37"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    shading = OxmlElement("w:shd")
    shading.set(qn("w:fill"), "00B050")
    table.rows[1].cells[1]._tc.get_or_add_tcPr().append(shading)
    output = BytesIO()
    document.save(output)
    return output.getvalue()


def test_a_word_appendix_is_composed_in_the_house_style_with_its_structure():
    document = compose_docx_appendix(read_docx(word_appendix(), "plan.docx"), "Appendix A")
    blocks = document.blocks
    assert blocks[0] == Heading(1, "Fostering Recruitment Plan")
    assert blocks[1] == Heading(2, "Our aims")  # one level under the document's Title
    assert [b.label for b in blocks if isinstance(b, NumberedItem)] == ["•", "•"]
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.header == ("Quarter", "Enquiries")
    assert table.rows == (("Q1", "41"), ("Q2", "37"))
    assert table.fill(0, 1) == "00B050"
    assert len(blocks) == 6  # the empty paragraph is Word's spacing, not content


def test_a_word_appendix_is_drawn_into_the_pack_and_numbered_with_it(tmp_path):
    pack = contents([1])
    plan = Paper("Appendix A - Recruitment plan", DocxFile(word_appendix(), "plan.docx"))
    pack.items = [replace(pack.items[0], papers=pack.items[0].papers + (plan,))]
    reader = PdfReader(build_pack(pack, tmp_path / "pack.pdf").path)
    text = flat(reader.pages[3].extract_text())
    assert "Fostering Recruitment Plan" in text and "Open evenings in every town" in text
    assert "Q1 41" in text
    assert PackText(reader).printed_numbers() == [1, 2, 3, 4]


def test_a_damaged_word_appendix_is_refused_with_the_way_out():
    with pytest.raises(PackError, match="'plan.docx' is not a Word document that can be read"):
        render_piece(DocxFile(b"PK\x03\x04 broken", "plan.docx"), "Appendix A")


@pytest.mark.skipif(libreoffice_program() is None, reason="LibreOffice is not installed")
def test_with_libreoffice_a_word_appendix_keeps_its_own_layout():
    pdf = render_piece(DocxFile(word_appendix(), "plan.docx"), "Appendix A", use_libreoffice=True)
    reader = PdfReader(BytesIO(pdf))
    assert "LibreOffice" in reader.metadata.producer
    assert "Open evenings in every town" in reader.pages[0].extract_text()


def test_the_key_is_the_content_and_how_it_is_drawn():
    report = paper_document("Report A", 1)
    assert piece_key(report) == piece_key(paper_document("Report A", 1))
    assert piece_key(report) != piece_key(paper_document("Report A", 1, "changed"))
    word = DocxFile(b"same bytes", "a.docx")
    assert piece_key(word) == piece_key(DocxFile(b"same bytes", "b.docx"))
    assert piece_key(word) != piece_key(word, use_libreoffice=True)


FRONT_SHEET = "Corporate Parenting Committee - Agenda - 22 January 2019"


def test_a_rebuild_after_one_report_changes_renders_only_what_it_changed(tmp_path, monkeypatch):
    rendered = []
    render = pack_pieces.render_document
    monkeypatch.setattr(pack_pieces, "render_document",
                        lambda document: rendered.append(document.title) or render(document))
    cache = MemoryCache()

    def build_with_report_b(pages: int, words: str) -> list[str]:
        rendered.clear()
        pack = contents([1, 2, 1])
        pack.items[1] = replace(pack.items[1], papers=(
            Paper("Report B", paper_document("Report B", pages, words)),))
        build_pack(pack, tmp_path / "pack.pdf", cache=cache)
        return list(rendered)

    assert sorted(build_with_report_b(2, "")) == [FRONT_SHEET, "Report A", "Report B",
                                                  "Report C"]
    assert build_with_report_b(2, "") == []
    # the same length: the page ranges, and so the front sheet, stay as they were
    assert build_with_report_b(2, "With a late correction.") == ["Report B"]
    # longer: the items after it move on, so the front sheet shows new ranges
    assert build_with_report_b(3, "With a late correction.") == ["Report B", FRONT_SHEET]


def test_attached_pdfs_are_merged_as_they_are_not_cached_twice():
    cache = MemoryCache()
    assert render_piece(PdfFile(b"%PDF-1.4 bytes", "a.pdf"), cache=cache) == b"%PDF-1.4 bytes"
    assert cache.pieces == {}
