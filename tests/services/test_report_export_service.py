"""export_report writes a stored report as out_dir/report.docx and out_dir/report.pdf, in its
house style, with what it is printed with: the council, the suppression threshold set in
Settings, and its place on an agenda."""

import docx
import pytest
from pypdf import PdfReader
from report_service_fixtures import meeting_with_items

from lscb_desktop.domain.errors import NotFound
from lscb_desktop.domain.preferences import COUNCIL_NAME, SUPPRESSION_THRESHOLD
from lscb_desktop.services import (
    export_service, report_export_service, report_service, settings_service,
)
from tests.export.report_samples import SAMPLES


TITLE_FIELDS = {"committee-report": "report_title", "scrutiny-report": "subject",
                "overview-scrutiny-cover": "title"}


def stored(db, template_id, agenda_item_id=None) -> int:
    report_id = report_service.create_report(db, template_id, agenda_item_id)
    report = SAMPLES[template_id]()
    report.id, report.appendices = report_id, []
    if agenda_item_id is not None:  # the meeting's committee and date, as linking sets them
        linked = report_service.get_report(db, report_id)
        for key in ("committee", "meeting_date"):
            report.header[key] = linked.header[key]
    report_service.save_report(db, report)
    return report_id


def word_text(path) -> str:
    return " ".join(p.text for p in docx.Document(str(path)).paragraphs)


def word_cells(path) -> list[str]:
    return [cell.text for table in docx.Document(str(path)).tables for row in table.rows
            for cell in row.cells]


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("template_id", sorted(SAMPLES))
def test_both_files_are_written_in_the_folder(db, tmp_path, template_id):
    report_id = stored(db, template_id)
    written = report_export_service.export_report(db, report_id, tmp_path / "out")
    assert written == report_export_service.ReportExport(
        docx=tmp_path / "out" / "report.docx", pdf=tmp_path / "out" / "report.pdf")
    assert written.docx.read_bytes()[:2] == b"PK"
    assert written.pdf.read_bytes()[:5] == b"%PDF-"
    title = next(p.text for p in docx.Document(str(written.docx)).paragraphs
                 if p.style.name == "Heading 1")
    assert title == SAMPLES[template_id]().header[TITLE_FIELDS[template_id]]


def test_a_report_on_an_agenda_is_headed_with_its_item_number_and_meeting(db, tmp_path):
    settings_service.set_value(db, COUNCIL_NAME, "Borsetshire Council")
    _, items = meeting_with_items(db)
    report_id = stored(db, "committee-report", items["Scorecard"])
    written = report_export_service.export_report(db, report_id, tmp_path)
    for text in (word_text(written.docx), pdf_text(written.pdf)):
        assert "Agenda Item 5" in text  # after the three standard items and one report
        assert "Borsetshire Council" in text
        assert "Date of Meeting:" in text and "22 January 2019" in text


def test_a_part_2_report_is_marked_not_for_publication(db, tmp_path):
    _, items = meeting_with_items(db)
    report_id = stored(db, "committee-report", items["Recommissioning"])
    text = pdf_text(report_export_service.export_report(db, report_id, tmp_path).pdf)
    assert "NOT FOR PUBLICATION" in text
    assert "by virtue of Paragraph 3 of Part 1 of Schedule 12A" in text


def test_the_suppression_threshold_from_settings_is_used(db, tmp_path):
    report_id = stored(db, "committee-report")
    before = report_export_service.export_report(db, report_id, tmp_path / "before")
    settings_service.set_value(db, SUPPRESSION_THRESHOLD, 60)
    after = report_export_service.export_report(db, report_id, tmp_path / "after")
    assert "57" in word_cells(before.docx) and "Suppressed" not in word_cells(before.docx)
    assert word_cells(after.docx).count("Suppressed") == 2  # 57 and 51 now count as small
    assert "Suppressed" in pdf_text(after.pdf)


def test_a_failed_export_leaves_the_previous_files_intact(db, tmp_path, monkeypatch):
    report_id = stored(db, "scrutiny-report")
    out = tmp_path / "out"
    first = report_export_service.export_report(db, report_id, out)
    before = first.docx.read_bytes(), first.pdf.read_bytes()

    def broken_renderer(document, target):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(export_service, "render_pdf", broken_renderer)
    with pytest.raises(RuntimeError):
        report_export_service.export_report(db, report_id, out)
    assert (first.docx.read_bytes(), first.pdf.read_bytes()) == before
    assert sorted(p.name for p in out.iterdir()) == ["report.docx", "report.pdf"]


def test_a_folder_that_cannot_be_written_gives_a_clear_message(db, tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(export_service.ExportError) as raised:
        report_export_service.export_report(db, stored(db, "scrutiny-report"), blocker / "out")
    message = str(raised.value)
    assert message.startswith(f"The report could not be saved in the folder '{blocker / 'out'}'")
    assert "close report.docx or report.pdf" in message


def test_an_unknown_report_is_named(db, tmp_path):
    with pytest.raises(NotFound):
        report_export_service.export_report(db, 999, tmp_path / "out")
    assert not (tmp_path / "out").exists()
