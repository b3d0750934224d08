"""The exported agenda is an accessible document (WCAG as the 2018 Regulations ask): real
headings, a title, an author and subject, the language en-GB, and in the PDF fonts that are
embedded so it prints and reads the same everywhere."""

import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from lscb_desktop.services import export_service

TITLE = "Corporate Parenting Committee - Agenda - 22 January 2019"
SUBJECT = "Agenda for the meeting of Corporate Parenting Committee on 22 January 2019"


@pytest.fixture
def written(db, meeting_id, tmp_path):
    return export_service.export_agenda(db, meeting_id, tmp_path / "out")


def test_word_headings_use_words_heading_styles(written):
    headings = [(p.style.name, p.text) for p in docx.Document(str(written.docx)).paragraphs
                if p.style.name.startswith("Heading")]
    assert headings[:3] == [
        ("Heading 1", "Corporate Parenting Committee"),
        ("Heading 2", "PART 1 – MATTERS TO BE CONSIDERED WITH THE PUBLIC AND PRESS PRESENT"),
        ("Heading 3", "1.\tApologies for Absence"),
    ]
    assert [name for name, _ in headings[2:]] == ["Heading 3"] * 6
    assert ("Heading 3", "Future Meeting Dates") in headings


def test_word_document_has_title_author_subject_and_language(written):
    document = docx.Document(str(written.docx))
    props = document.core_properties
    assert (props.title, props.author, props.subject, props.language) == (
        TITLE, "Borsetshire Council", SUBJECT, "en-GB")
    run_defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert run_defaults.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    fonts = run_defaults.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Arial"
    assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would override Arial


def test_word_headings_are_arial_not_the_templates_theme_font(written):
    document = docx.Document(str(written.docx))
    for level in (1, 2, 3):
        fonts = document.styles[f"Heading {level}"].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == "Arial"
        assert fonts.get(qn("w:asciiTheme")) is None


def test_pdf_has_title_author_subject_and_language(written):
    reader = PdfReader(str(written.pdf))
    meta = reader.metadata
    assert (meta.title, meta.author, meta.subject) == (TITLE, "Borsetshire Council", SUBJECT)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_pdf_embeds_every_font_and_never_names_helvetica(written):
    reader = PdfReader(str(written.pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts, "the PDF uses no fonts at all"
    for name, font in fonts.items():
        assert "Helvetica" not in name
        assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded"
    assert any(name.endswith("+LiberationSans-Bold") for name in fonts)
    assert b"Helvetica" not in written.pdf.read_bytes()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_pdffonts_reports_every_font_embedded(written):
    listing = subprocess.run(["pdffonts", str(written.pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_pdf_bookmarks_follow_the_headings(written):
    outline = PdfReader(str(written.pdf)).outline
    assert outline[0].title == "Corporate Parenting Committee"
    part_1, items = outline[1][0], outline[1][1]
    assert part_1.title.startswith("PART 1")
    assert [i.title for i in items][:2] == [
        "1. Apologies for Absence", "2. Declarations of Interest"]
