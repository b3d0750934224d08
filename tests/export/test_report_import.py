"""The Word import: a report exported as Word comes back section by section exactly as it
was, also after an author edits it; a Word file written by hand comes back as far as it
fits the template, and the notes say what did not."""

import shutil
import subprocess

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from foreign_docx import bold_line, committee_report_by_hand, scrutiny_report_by_hand
from report_samples import SAMPLES, committee_report, template

from lscb_desktop.domain.inline_markup import parse_inline, plain_text
from lscb_desktop.domain.report import (
    UNPLACED_SECTION_KEY, UNPLACED_SECTION_TITLE, new_report,
)
from lscb_desktop.domain.report_blocks import BulletList, NumberedList, Paragraph, Subheading
from lscb_desktop.domain.report_tables import PlainTable
from lscb_desktop.domain.scorecard import Direction, Scorecard
from lscb_desktop.export.docx_reading import DocxReadError
from lscb_desktop.export.docx_renderer import render_docx
from lscb_desktop.export.report_composer import ReportContext, compose_report
from lscb_desktop.export.report_docx_reader import read_report_docx

CONTEXT = ReportContext("Borsetshire Council", agenda_item_number=4)


def export_word(report, template_id, path, context=CONTEXT):
    render_docx(compose_report(report, template(template_id), context), path)
    return path


def without_appendices(report):
    """Appendices are files of their own: a Word file only lists them."""
    report.appendices = []
    return report


@pytest.mark.parametrize("template_id", sorted(SAMPLES))
def test_an_exported_report_comes_back_section_by_section(template_id, tmp_path):
    original = SAMPLES[template_id]()
    word = export_word(original, template_id, tmp_path / "report.docx")
    imported = read_report_docx(word, template(template_id))
    back, original = imported.report, without_appendices(original)
    assert back.header == original.header
    assert [s.key for s in back.sections] == [s.key for s in original.sections]
    for got, wanted in zip(back.sections, original.sections):
        assert got == wanted, got.key
    assert back.recommendations == original.recommendations
    assert back.background_papers == original.background_papers
    assert back.contact == original.contact
    assert back == without_appendices(back) == original
    assert all("Appendix" in note for note in imported.notes)


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_a_report_saved_again_by_another_word_processor_still_comes_back(tmp_path):
    original = committee_report()
    export_word(original, "committee-report", tmp_path / "report.docx")
    resaved = tmp_path / "resaved"
    subprocess.run(["libreoffice", "--headless", "--convert-to", "docx", "--outdir", str(resaved),
                    str(tmp_path / "report.docx")], check=True, capture_output=True, timeout=120)
    imported = read_report_docx(resaved / "report.docx", template("committee-report"))
    assert imported.report == without_appendices(original)


def test_edits_made_in_word_come_back_in_their_sections(tmp_path):
    word = export_word(committee_report(), "committee-report", tmp_path / "report.docx")
    document = docx.Document(str(word))
    paragraphs = {p.text: p for p in document.paragraphs}
    background = paragraphs["5.1.\tThis update follows the priorities of the Corporate "
                            "Parenting Strategy."]
    added = background.insert_paragraph_before("A new paragraph, typed in Word.")
    added.style = background.style  # Enter in Word continues the paragraph's style
    background._p.addnext(added._p)  # after it, as if typed at its end
    renamed = paragraphs["6.\tBeing a Good Corporate Parent"]
    renamed.runs[-1].text = "Being a Good Corporate Parent and Friend"
    document.save(str(word))
    back = read_report_docx(word, template("committee-report")).report
    assert back.section("background").blocks == [
        Paragraph("This update follows the priorities of the Corporate Parenting Strategy."),
        Paragraph("A new paragraph, typed in Word.")]
    assert back.section("free-1").title == "Being a Good Corporate Parent and Friend"


def test_suppressed_values_come_back_as_suppressed_with_a_note(tmp_path):
    context = ReportContext("Borsetshire Council", suppression_threshold=52)
    word = export_word(committee_report(), "committee-report", tmp_path / "r.docx", context)
    imported = read_report_docx(word, template("committee-report"), suppression_threshold=52)
    scorecard = imported.report.section("free-1").blocks[6]
    assert scorecard.rows[1].values == ["57", "Suppressed"]
    assert any("'P1.1' has values shown as 'Suppressed'" in note and "Enter them again" in note
               for note in imported.notes)


def test_scorecard_rows_keep_whether_they_count_people_and_who_set_the_direction(tmp_path):
    word = export_word(committee_report(), "committee-report", tmp_path / "r.docx")
    scorecard = read_report_docx(word, template("committee-report")).report.section(
        "free-1").blocks[6]
    assert [row.counts for row in scorecard.rows] == [True, True, True, False]
    assert [row.direction for row in scorecard.rows] == [None, None, Direction.DOWN, None]


def test_a_file_read_with_another_template_says_so_and_keeps_everything(tmp_path):
    word = export_word(committee_report(), "committee-report", tmp_path / "r.docx")
    imported = read_report_docx(word, template("overview-scrutiny-cover"))
    assert "was written as a 'committee-report' report" in imported.notes[0]
    unplaced = imported.report.section(UNPLACED_SECTION_KEY)
    assert unplaced.title == UNPLACED_SECTION_TITLE
    assert Subheading("Being a Good Corporate Parent") in unplaced.blocks
    assert any(isinstance(b, Scorecard) for b in unplaced.blocks)


# -- files written by hand -------------------------------------------------------------------

@pytest.fixture
def hand_written_committee_report(tmp_path):
    committee_report_by_hand(tmp_path / "hand.docx")
    return read_report_docx(tmp_path / "hand.docx", template("committee-report"))


def test_a_hand_written_report_fills_the_header_and_its_sections(hand_written_committee_report):
    report = hand_written_committee_report.report
    assert report.header["meeting_date"] == "2019-01-22"
    assert report.header["report_title"] == "Corporate Parenting Update"
    assert report.header["committee"] == "Corporate Parenting Committee"
    assert report.section("summary").blocks == [
        Paragraph("This report gives an update on cared for children.")]
    assert report.section("reasons").blocks == [
        Paragraph("The Committee is an *advisory* group to the Cabinet.")]
    assert report.recommendations.lead_in == "Corporate Parenting Committee is asked to:"
    assert report.recommendations.items == ["Note the contents of the report."]
    implications = report.section("implications")
    assert implications.subsection("legal").blocks == [
        Paragraph("Legal advice will be sought as appropriate.")]
    assert (report.contact.name, report.contact.email) == ("Alex Morgan",
                                                           "alex.morgan@example.gov.uk")


def test_a_heading_that_is_no_section_of_the_template_becomes_a_section_of_the_authors_own(
        hand_written_committee_report):
    report = hand_written_committee_report.report
    keys = [s.key for s in report.sections]
    assert keys.index("free-1") == keys.index("background") + 1
    own = report.section("free-1")
    assert own.title == "Being a Good Corporate Parent"
    assert own.blocks == [
        Subheading("Councillors make a commitment"),
        Paragraph("Councillors from all parties signed the pledges."),
        BulletList(["Investing in children", "Celebrating success"]),
        PlainTable(["Partner", "Contribution"], [["Health", "£5,000"], ["Police", "£25,000"]]),
    ]
    assert any("'Being a Good Corporate Parent' is not a section" in note
               for note in hand_written_committee_report.notes)


def test_what_fits_nowhere_is_unplaced_and_the_notes_say_so(hand_written_committee_report):
    report, notes = hand_written_committee_report.report, hand_written_committee_report.notes
    assert report.section(UNPLACED_SECTION_KEY).blocks == [Paragraph("Version Number: 1")]
    assert any(note.startswith("'Version Number: 1' (above the first section) could not be "
                               "placed") for note in notes)
    assert any("'Corporate Parenting Committee' at the top of the file was taken to be the "
               "'Committee'" in note for note in notes)
    assert "The file has no 'Background' section: write it in the report (it is required)." in (
        notes)


def test_a_scrutiny_report_with_heading_styles_and_its_author_at_the_end(tmp_path):
    scrutiny_report_by_hand(tmp_path / "hand.docx")
    imported = read_report_docx(tmp_path / "hand.docx", template("scrutiny-report"))
    report = imported.report
    assert report.header == {
        "report_to": "Children and Families Scrutiny Committee", "meeting_date": "2014-03-11",
        "report_of": "Chris Lane", "subject": "Safeguarding Board priorities",
        "portfolio_holder": "Councillor Dana Hope"}
    assert report.section("introduction").blocks == [
        Paragraph("This report sets out the role of the Board.")]
    priorities = report.section("free-1")
    assert (priorities.title, priorities.blocks) == ("Current priorities", [
        Subheading("Neglect"), Paragraph("Neglect remains a priority.")])
    assert report.contact.phone == "01632 960777"
    assert report.contact.job_title == "Head of Safeguarding"
    assert "Contact details found in 'Conclusions' were put in 'Contact'." in imported.notes


def _words(report) -> str:
    texts = list(report.header.values()) + report.recommendations.texts()
    texts += report.contact.texts()
    for section in report.sections:
        for content in [section, *section.subsections]:
            texts += [content.title] + [t for block in content.blocks for t in block.texts()]
    return " ".join(texts)


def test_a_style_with_fixed_sections_keeps_every_word_it_cannot_place(tmp_path):
    scrutiny_report_by_hand(tmp_path / "hand.docx")
    imported = read_report_docx(tmp_path / "hand.docx", template("overview-scrutiny-cover"))
    words = _words(imported.report)
    for text in ("Portfolio Holder\tCouncillor Dana Hope", "Introduction",
                 "This report sets out the role of the Board.", "Boards are local partnerships.",
                 "Current priorities", "Neglect", "Neglect remains a priority.", "Conclusions",
                 "Comments will be reported back to the Board.", "Pat Owen"):
        assert text in words, text
    assert any("'Current priorities' could not be placed in a section (the 'Overview and "
               "scrutiny cover report' style has a fixed set of sections)" in note
               for note in imported.notes)


def test_word_lists_numbered_paragraphs_and_a_totals_row(tmp_path):
    document = docx.Document()
    document.add_heading("Background", level=1)
    document.add_paragraph("5.1 The board met twice.")
    document.add_paragraph("Its aims are:")
    document.add_paragraph("first aim", style="List Number")
    document.add_paragraph("second aim", style="List Number")
    document.add_paragraph("- a dash bullet")
    table = document.add_table(rows=4, cols=2)
    for row, cells in zip(table.rows, (("Item", "Cost"), ("Rent", "£1,000"), ("Staff", "£2,500"),
                                       ("Total", "£3,500"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(str(tmp_path / "lists.docx"))
    report = read_report_docx(tmp_path / "lists.docx", template("committee-report")).report
    assert report.section("background").blocks == [
        Paragraph("The board met twice."),
        Paragraph("Its aims are:", numbered=False),  # others in the section had numbers
        NumberedList(["first aim", "second aim"]),
        BulletList(["a dash bullet"]),
        PlainTable(["Item", "Cost"], [["Rent", "£1,000"], ["Staff", "£2,500"]], totals=True),
    ]


def test_text_inside_content_controls_is_read_and_deleted_text_is_not(tmp_path):
    document = docx.Document()
    document.add_heading("Background", level=1)
    kept = document.add_paragraph("Kept")
    control = docx.oxml.parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:sdtContent><w:p><w:r><w:t>Inside a content control.</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>')
    kept._p.addnext(control)
    deleted = docx.oxml.parse_xml(
        '<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:id="1" w:author="A"><w:r><w:delText> and removed</w:delText></w:r></w:del>')
    kept._p.append(deleted)
    document.save(str(tmp_path / "controls.docx"))
    report = read_report_docx(tmp_path / "controls.docx", template("committee-report")).report
    assert report.section("background").blocks == [Paragraph("Kept"),
                                                  Paragraph("Inside a content control.")]


def test_bold_lines_are_headings_only_in_files_without_heading_styles(tmp_path):
    document = docx.Document()
    bold_line(document, "Background")
    document.add_paragraph("Text.")
    bold_line(document, "A sentence in bold that ends with a full stop.")
    document.save(str(tmp_path / "bold.docx"))
    report = read_report_docx(tmp_path / "bold.docx", template("committee-report")).report
    assert report.section("background").blocks == [
        Paragraph("Text."), Paragraph("**A sentence in bold that ends with a full stop.**")]


# -- files that are not Word documents -------------------------------------------------------

@pytest.mark.parametrize("content, problem", [
    (b"just some text", "is not a Word document that can be read"),
    (b"\xd0\xcf\x11\xe0" + b"\0" * 60, "is an older Word document (.doc) or is protected"),
])
def test_a_file_that_is_not_a_word_document_is_refused_naming_it(tmp_path, content, problem):
    path = tmp_path / "minutes.docx"
    path.write_bytes(content)
    with pytest.raises(DocxReadError) as raised:
        read_report_docx(path, template("committee-report"))
    message = str(raised.value)
    assert "'minutes.docx'" in message and problem in message
    assert "save it as a Word Document (.docx)" in message
    assert isinstance(raised.value, ValueError)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DocxReadError, match="The file 'gone.docx' was not found"):
        read_report_docx(tmp_path / "gone.docx", template("committee-report"))


# -- any text at all -------------------------------------------------------------------------

def _styled(text: str) -> list[tuple[str, bool, bool]]:
    """Each visible character with its emphasis (spaces take the style markup can give)."""
    return [(run_char, run.bold, run.italic) for run in parse_inline(text)
            for run_char in run.text if not run_char.isspace()]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="ab &<>*\\\"'1.()•\n", min_size=1, max_size=30))
def test_any_paragraph_text_survives_the_round_trip(tmp_path_factory, text):
    if not plain_text(text).strip():
        return  # an empty paragraph is not printed
    report = new_report(template("scrutiny-report"))
    report.section("background").blocks = [Paragraph(text)]
    word = export_word(report, "scrutiny-report", tmp_path_factory.mktemp("text") / "r.docx")
    back = read_report_docx(word, template("scrutiny-report")).report
    [paragraph] = back.section("background").blocks
    assert plain_text(paragraph.text) == plain_text(text).strip()
    assert _styled(paragraph.text) == _styled(text)


def test_a_hand_made_scorecard_is_recognised_by_its_header_row(tmp_path):
    document = docx.Document()
    document.add_heading("Background", level=1)
    header = ["Ref", "Measure", "Polarity", "Target", "Q1", "Q2", "RAG", "Direction of travel",
              "Commentary"]
    table = document.add_table(rows=2, cols=len(header))
    row = ["G1", "Children with a plan", "Low is good", "", "7", "3", "Purple", "↓ Down",
           "Fewer."]
    for cells, texts in zip(table.rows, (header, row)):
        for cell, text in zip(cells.cells, texts):
            cell.text = text
    document.save(str(tmp_path / "card.docx"))
    imported = read_report_docx(tmp_path / "card.docx", template("committee-report"))
    [scorecard] = imported.report.section("background").blocks
    assert scorecard.periods == ["Q1", "Q2"]
    [measure] = scorecard.rows
    assert (measure.values, measure.rag, measure.direction, measure.counts) == (
        ["7", "3"], None, None, True)  # the direction is the one the values show
    assert ("In 'Background', row 'G1' has the RAG rating 'Purple', which is not one the "
            "application knows: it was left blank; choose it again.") in imported.notes
    assert any("row 'G1' shows counts below 5: they will be printed as 'Suppressed'" in note
               for note in imported.notes)
