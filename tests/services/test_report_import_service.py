"""import_report_docx stores a Word file as a new draft report of a chosen template: a report
exported by the application comes back as it was; a file that cannot be read stores
nothing and says why."""

import pytest
from report_service_fixtures import meeting_with_items

from lscb_desktop.domain.errors import NotFound
from lscb_desktop.domain.report import UNPLACED_SECTION_KEY, ReportStatus
from lscb_desktop.services import (
    report_export_service, report_import_service, report_service,
)
from tests.export.foreign_docx import committee_report_by_hand
from tests.export.report_samples import SAMPLES


def stored(db, template_id) -> int:
    report_id = report_service.create_report(db, template_id)
    report = SAMPLES[template_id]()
    report.id, report.appendices = report_id, []
    report_service.save_report(db, report)
    return report_id


@pytest.mark.parametrize("template_id", sorted(SAMPLES))
def test_an_exported_report_imports_as_an_equal_new_report(db, tmp_path, template_id):
    original_id = stored(db, template_id)
    written = report_export_service.export_report(db, original_id, tmp_path)
    result = report_import_service.import_report_docx(db, written.docx, template_id)
    assert result.report_id != original_id
    assert result.notes == []
    original = report_service.get_report(db, original_id)
    imported = report_service.get_report(db, result.report_id)
    assert imported.status is ReportStatus.DRAFT
    for got, wanted in zip(imported.sections, original.sections, strict=True):
        assert got == wanted, got.key
    original.id = imported.id
    assert imported == original


def test_a_report_imported_onto_an_agenda_item_takes_the_meeting_and_says_so(db, tmp_path):
    _, items = meeting_with_items(db)  # its meeting is on 22 January 2019
    committee_report_by_hand(tmp_path / "hand.docx")
    result = report_import_service.import_report_docx(
        db, tmp_path / "hand.docx", "committee-report", items["Scorecard"])
    report = report_service.get_report(db, result.report_id)
    assert report.header["report_title"] == "Corporate Parenting Update"
    assert report.section(UNPLACED_SECTION_KEY) is not None  # "Version Number: 1"
    summary = next(s for s in report_service.list_reports(db) if s.id == result.report_id)
    assert summary.agenda_item_id == items["Scorecard"]
    assert any(note.startswith("'Version Number: 1'") for note in result.notes)


def test_the_meeting_wins_over_a_committee_the_file_names_differently(db, tmp_path):
    _, items = meeting_with_items(db, committee_name="Children and Families Committee")
    committee_report_by_hand(tmp_path / "hand.docx")
    result = report_import_service.import_report_docx(
        db, tmp_path / "hand.docx", "committee-report", items["Scorecard"])
    report = report_service.get_report(db, result.report_id)
    assert report.header["committee"] == "Children and Families Committee"
    assert ("The file gives 'Corporate Parenting Committee' as the 'Committee'; the report is "
            "on the agenda of 'Children and Families Committee', so it says that.") in (
        result.notes)


def test_a_file_that_is_not_a_word_document_stores_nothing(db, tmp_path):
    path = tmp_path / "budget.docx"
    path.write_bytes(b"%PDF-1.7 not a Word file")
    with pytest.raises(report_import_service.ReportImportError) as raised:
        report_import_service.import_report_docx(db, path, "committee-report")
    assert "'budget.docx' is not a Word document" in str(raised.value)
    assert isinstance(raised.value, ValueError)
    assert report_service.list_reports(db) == []


def test_an_unknown_template_stores_nothing(db, tmp_path):
    committee_report_by_hand(tmp_path / "hand.docx")
    with pytest.raises(NotFound, match="no report template 'cabinet-report'"):
        report_import_service.import_report_docx(db, tmp_path / "hand.docx", "cabinet-report")
    assert report_service.list_reports(db) == []


def test_a_failure_while_storing_leaves_no_half_made_report(db, tmp_path, monkeypatch):
    committee_report_by_hand(tmp_path / "hand.docx")

    def refuse(db, report):
        raise RuntimeError("disk full")

    monkeypatch.setattr(report_service, "save_report", refuse)
    with pytest.raises(RuntimeError):
        report_import_service.import_report_docx(db, tmp_path / "hand.docx", "committee-report")
    assert report_service.list_reports(db) == []
