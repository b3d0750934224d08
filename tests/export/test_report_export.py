"""Given a report of each house style, the Word and PDF files rendered from its composed
document both show the header block, the numbered sections, the recommendations, suppressed
values, RAG colours, repeating table headers and the footer; read back with python-docx
and pypdf."""

import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from export_fixtures import docx_text, flat
from pypdf import PdfReader
from report_samples import SAMPLES, committee_report, template

from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.domain.scorecard import Rag, Scorecard, ScorecardRow
from lscb_desktop.export.docx_markers import read_custom_properties
from lscb_desktop.export.docx_renderer import render_docx
from lscb_desktop.export.pdf_renderer import render_pdf
from lscb_desktop.export.report_composer import ReportContext, compose_report

CONTEXT = ReportContext("Borsetshire Council", agenda_item_number=10,
                        suppression_threshold=52)


def render(report, template_id, folder, context=CONTEXT):
    document = compose_report(report, template(template_id), context)
    render_docx(document, folder / "report.docx")
    render_pdf(document, folder / "report.pdf")
    return folder / "report.docx", folder / "report.pdf"


def pdf_pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def pdf_text(path) -> str:
    """All pages' text without their footers: the report title and "Page N", which come
    first in each page's text since the footer is drawn first."""
    lines = []
    for page in pdf_pages(path):
        page_lines = page.splitlines()
        number = next(i for i, line in enumerate(page_lines) if re.fullmatch(r"Page \d+", line))
        lines += page_lines[number + 1:]
    return flat(" ".join(lines))


@pytest.fixture(scope="module")
def committee(tmp_path_factory):
    return render(committee_report(), "committee-report", tmp_path_factory.mktemp("committee"))


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def each_style(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    return request.param, render(SAMPLES[request.param](), request.param, folder)


@pytest.mark.parametrize("reader", [docx_text, pdf_text], ids=["docx", "pdf"])
def test_the_header_block_and_sections_are_in_order_with_their_numbers(committee, reader):
    text = reader(committee[0] if reader is docx_text else committee[1])
    expected = [
        "Agenda Item 10", "Borsetshire Council", "Corporate Parenting Update",
        "Committee: Corporate Parenting Committee", "Date of Meeting: 22 January 2019",
        "Report Title: Corporate Parenting Update", "Key Decision: No",
        "1. Report Summary 1.1. This report updates the Committee",
        "2. Recommendation/s 2.1. The Committee is asked to: 2.1.1. Note the contents of the "
        "report. 2.1.2. Agree the action plan at Appendix A.",
        "3. Reasons for Recommendation/s", "5. Background",
        "6. Being a Good Corporate Parent Members' commitment 6.1. Members of every group",
        "6.2. The group will now include a care leaver at each meeting: • to bring the views",
        "6.3. The plan for next year has three steps: (a) agree the offer",
        "8. Implications of the Recommendations 8.1. Legal Implications 8.1.1. Legal advice",
        "8.8. Public Health Implications 8.8.1. None.",
        "11. Access to Information 11.1. The papers below can be inspected on request. "
        "Title Date Contact Sufficiency Statement 2018-20 March 2018 Alex Morgan",
        "12. Contact Information", "Name: Alex Morgan", "Tel: 01632 960555",
        "Appendices Appendix A Sufficiency action plan",
    ]
    positions = [text.find(phrase) for phrase in expected]
    assert -1 not in positions, [p for p in expected if p not in text]
    assert positions == sorted(positions)


def test_every_style_prints_its_sections_in_both_formats(each_style):
    template_id, (word, pdf) = each_style
    word_words, pdf_words = docx_text(word), pdf_text(pdf)
    report = SAMPLES[template_id]()
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                words = block.text.replace("*", "")
                assert words in word_words and words in pdf_words, words


def test_small_counts_are_suppressed_in_both_formats_and_absent_from_the_word_file(committee):
    word, pdf = committee
    assert "P1.1 Young people using the advocacy service High is Good 57 Suppressed Green" in (
        docx_text(word))
    assert "Suppressed" in pdf_text(pdf)
    with zipfile.ZipFile(word) as package:
        xml = " ".join(package.read(name).decode("utf-8", "replace")
                       for name in package.namelist() if name.endswith(".xml"))
    assert ">51<" not in xml  # not hidden anywhere: the file can be shared as it is


def _cell_fills(path) -> dict[str, str]:
    """The shading of each cell whose text is a RAG rating."""
    fills = {}
    for table in docx.Document(str(path)).tables:
        for row in table.rows[1:]:
            for cell in row.cells:
                shading = cell._tc.tcPr.find(qn("w:shd"))
                if cell.text in ("Red", "Amber", "Green") and shading is not None:
                    fills[cell.text] = shading.get(qn("w:fill"))
    return fills


def test_rag_ratings_are_shaded_in_their_colours_in_word(committee):
    assert _cell_fills(committee[0]) == {rag.value: rag.colour.lstrip("#") for rag in Rag}


def test_rag_colours_are_drawn_in_the_pdf(committee):
    pages = PdfReader(str(committee[1])).pages
    content = b"".join(page.get_contents().get_data() for page in pages)
    for rag in Rag:
        red, green, blue = (int(rag.colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        drawn = re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) rg", content)
        assert any(abs(float(r) - red) < 0.01 and abs(float(g) - green) < 0.01
                   and abs(float(b) - blue) < 0.01 for r, g, b in drawn), rag


def test_every_word_table_repeats_its_header_row(each_style):
    _, (word, _) = each_style
    for table in docx.Document(str(word)).tables:
        header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
        assert header is not None and header.get(qn("w:val")) == "true"
        assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)


def test_a_long_scorecard_repeats_its_header_on_the_next_page(tmp_path):
    report = committee_report()
    rows = [ScorecardRow(f"R{i}", f"Measure number {i}", values=["100", "120"],
                         commentary="A commentary long enough to take two lines in its column.")
            for i in range(60)]
    report.section("background").blocks.append(Scorecard(["Q1", "Q2"], rows))
    _, pdf = render(report, "committee-report", tmp_path)
    pages = [flat(page) for page in pdf_pages(pdf)]
    continued = [p for p in pages if "R30 " in p or "R59 " in p]
    assert continued and all("Ref Measure Polarity Target Q1 Q2 RAG" in p for p in continued)


def test_every_page_has_the_report_title_and_its_number_in_the_footer(committee):
    word, pdf = committee
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Corporate Parenting Update Page {number}" in flat(page)
    footer = docx.Document(str(word)).sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Corporate Parenting Update\tPage")
    assert footer._p.find(qn("w:fldSimple")).get(qn("w:instr")) == "PAGE"


def test_bold_and_italic_are_runs_in_word(committee):
    paragraph = next(p for p in docx.Document(str(committee[0])).paragraphs
                     if "five pledges" in p.text)
    styled = {(run.text, bool(run.bold), bool(run.italic)) for run in paragraph.runs}
    assert ("five pledges", True, False) in styled
    assert ("December", False, True) in styled


def test_word_structure_headings_title_and_template_property(committee):
    document = docx.Document(str(committee[0]))
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 1", "Corporate Parenting Update")
    assert ("Heading 2", "1.\tReport Summary") in headings
    assert ("Heading 3", "8.1.\tLegal Implications") in headings
    assert document.core_properties.language == "en-GB"
    assert read_custom_properties(document)["LSCB Template"] == "committee-report"


def test_the_pdf_embeds_its_fonts_and_has_bookmarks(committee):
    reader = PdfReader(str(committee[1]))
    fonts = {font.get_object()["/BaseFont"]: font.get_object() for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts.values())
    assert not any("Helvetica" in name for name in fonts)
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert titles[0] == "Corporate Parenting Update"


MARKUP = "A&E <referral> & \"waits\" <b>not bold</b>"


def test_user_text_with_markup_characters_comes_out_literally(tmp_path):
    report = committee_report()
    report.header["wards_affected"] = MARKUP
    report.section("summary").blocks.append(Paragraph(MARKUP))
    report.contact.job_title = MARKUP
    scorecard = report.section("free-1").blocks[6]
    scorecard.caption = MARKUP
    scorecard.rows[0].commentary = MARKUP
    word, pdf = render(report, "committee-report", tmp_path)
    for text in (docx_text(word), pdf_text(pdf)):
        assert f"Wards Affected: {MARKUP}" in text
        assert f"1.2. {MARKUP}" in text
        assert f"Job Title: {MARKUP}" in text
        assert text.count(MARKUP) == 5


def test_a_scorecard_too_wide_for_a_portrait_page_is_printed_on_a_landscape_page(tmp_path):
    report = committee_report()
    wide = Scorecard(["Yr end 17-18", "Qu 1 18-19", "Qu 2 18-19", "Qu 3 18-19", "Qu 4 18-19"],
                     [ScorecardRow("P2.14", "Care leavers in apprenticeships (18+)",
                                   values=["70", "90", "100"], rag=Rag.GREEN,
                                   commentary="One more young person started.")])
    report.section("background").blocks += [wide, Paragraph("After the scorecard.")]
    word, pdf = render(report, "committee-report", tmp_path)
    pages = PdfReader(str(pdf)).pages
    shapes = [("landscape" if page.mediabox.width > page.mediabox.height else "portrait",
               flat(page.extract_text())) for page in pages]
    landscape = [text for shape, text in shapes if shape == "landscape"]
    assert len(landscape) == 1 and "Yr end 17-18" in landscape[0]
    after = next(i for i, (_, text) in enumerate(shapes) if "After the scorecard." in text)
    assert shapes[after][0] == "portrait" and shapes[after - 1][0] == "landscape"
    sections = docx.Document(str(word)).sections
    assert [s.orientation.name for s in sections] == ["PORTRAIT", "LANDSCAPE", "PORTRAIT"]
    assert sections[1].page_width > sections[1].page_height
    assert "Page" in sections[1].footer.paragraphs[0].text  # each section has its footer
