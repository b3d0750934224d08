"""Meeting files, version 2: each report item carries its report, its appendices named (not
enclosed), and the appendix files travel beside the file; version 1 files still import."""

import hashlib
import json

from lscb_desktop.domain.report import ReportStatus
from lscb_desktop.services import agenda_service, appendix_service, report_service
from lscb_desktop.services.meeting_file_service import (
    appendix_folder, export_meeting, import_meeting, import_meeting_dict, meeting_to_dict,
)

from meeting_file_fixtures import (  # noqa: F401 (fixtures)
    FIXTURES, UPCOMING, block_path, demo_db, demo_file, elsewhere, item_with_report, pdf_bytes,
)


def cover_report(data: dict) -> dict:
    """The report with a PDF appendix, in the overview and scrutiny cover style."""
    return data["meeting"]["items"][item_with_report(data, "overview-scrutiny-cover")]["report"]


def test_each_report_item_carries_its_report_and_every_other_item_none(demo_db, demo_file):
    items = demo_file["meeting"]["items"]
    with_reports = [i for i, item in enumerate(items) if item["report"]]
    assert [items[i]["kind"] for i in with_reports] == ["report"] * 5
    assert all(item["report"] is None for item in items if item["kind"] != "report")
    report = items[with_reports[0]]["report"]
    assert list(report) == ["template_id", "status", "header", "sections", "recommendations",
                            "background_papers", "contact", "appendices"]
    assert report["header"]["report_title"] == items[with_reports[0]]["title"]
    assert {items[i]["report"]["template_id"] for i in with_reports} == {
        "committee-report", "scrutiny-report", "overview-scrutiny-cover"}
    assert {items[i]["report"]["status"] for i in with_reports} >= {"draft", "submitted", "cleared"}
    for kind in ("scorecard", "action-plan", "plain-table", "bullet-list", "subheading"):
        assert block_path(demo_file, kind)  # so the round trips below carry every kind of table


def test_the_file_names_each_appendix_by_letter_and_checksum_but_holds_no_bytes(demo_db, demo_file):
    report = cover_report(demo_file)
    [appendix] = report["appendices"]
    assert list(appendix) == ["letter", "title", "file_name", "kind", "sha256"]
    assert (appendix["letter"], appendix["kind"]) == ("A", "pdf")
    assert appendix["file_name"] == "health-of-children-in-care-annual-report.pdf"
    assert "%PDF" not in json.dumps(demo_file)


def test_export_writes_the_appendix_files_beside_the_meeting_file(demo_db, demo_file, tmp_path):
    path = tmp_path / "out" / "Corporate Parenting.json"
    written = export_meeting(demo_db, UPCOMING, path)
    folder = tmp_path / "out" / "Corporate Parenting-appendices"
    assert appendix_folder(path) == folder
    assert written == [folder / "health-of-children-in-care-annual-report.pdf"]
    appendix = cover_report(demo_file)["appendices"][0]
    assert hashlib.sha256(written[0].read_bytes()).hexdigest() == appendix["sha256"]
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "Corporate Parenting-appendices", "Corporate Parenting.json"]


def test_export_import_export_gives_the_same_file_with_the_reports(demo_db, elsewhere, tmp_path):
    first, second = tmp_path / "one" / "meeting.json", tmp_path / "two" / "meeting.json"
    export_meeting(demo_db, UPCOMING, first)
    imported = import_meeting(elsewhere, first)
    export_meeting(elsewhere, imported, second)
    assert second.read_bytes() == first.read_bytes()
    assert [p.read_bytes() for p in appendix_folder(second).iterdir()] == [
        p.read_bytes() for p in appendix_folder(first).iterdir()]


def test_the_imported_reports_are_whole_reports_of_the_new_agenda(demo_db, elsewhere, tmp_path):
    path = tmp_path / "meeting.json"
    export_meeting(demo_db, UPCOMING, path)
    meeting_id = import_meeting(elsewhere, path)

    original = report_service.list_reports(demo_db, UPCOMING)
    imported = report_service.list_reports(elsewhere, meeting_id)
    assert [(s.title, s.template_id, s.status, s.item_number) for s in imported] == [
        (s.title, s.template_id, s.status, s.item_number) for s in original]
    for old, new in zip(original, imported):
        assert report_service.get_report(elsewhere, new.id).sections == (
            report_service.get_report(demo_db, old.id).sections)
    cover = next(s for s in imported if s.template_id == "overview-scrutiny-cover")
    assert appendix_service.appendix_bytes(elsewhere, cover.id, "A").startswith(b"%PDF")
    assert [h.report_id for h in report_service.search_reports(elsewhere, "Health")] != []
    assert report_service.history(elsewhere, cover.id) == []  # history stays where it was made


def test_into_the_same_database_the_stored_appendix_files_serve(demo_db, demo_file):
    meeting_id = import_meeting_dict(demo_db, demo_file)  # no folder to look in
    reports = report_service.list_reports(demo_db, meeting_id)
    assert len(reports) == 5
    cover = next(s for s in reports if s.template_id == "overview-scrutiny-cover")
    assert appendix_service.appendices(demo_db, cover.id)[0].file_name == (
        "health-of-children-in-care-annual-report.pdf")
    assert demo_db["appendix_files"].count == 1


def test_a_renamed_appendix_file_is_found_by_its_checksum(demo_db, elsewhere, tmp_path):
    path = tmp_path / "meeting.json"
    [pdf] = export_meeting(demo_db, UPCOMING, path)
    pdf.rename(tmp_path / "Appendix A.pdf")  # beside the meeting file, under another name
    appendix_folder(path).rmdir()
    meeting_id = import_meeting(elsewhere, path)
    assert len(report_service.list_reports(elsewhere, meeting_id)) == 5


def test_the_appendix_folder_can_be_named(demo_db, elsewhere, tmp_path):
    path = tmp_path / "meeting.json"
    [pdf] = export_meeting(demo_db, UPCOMING, path)
    moved = tmp_path / "from the email"
    appendix_folder(path).rename(moved)
    meeting_id = import_meeting(elsewhere, path, appendix_dir=moved)
    assert len(report_service.list_reports(elsewhere, meeting_id)) == 5


def test_two_different_appendix_files_of_the_same_name_are_both_written(demo_db, tmp_path):
    reports = report_service.list_reports(demo_db, UPCOMING)
    pdf = pdf_bytes("Another document")
    first, second = [s.id for s in reports if s.template_id == "committee-report"][:2]
    appendix_service.attach_appendix_bytes(demo_db, first, pdf, "health-of-children-in-care-"
                                           "annual-report.pdf", "Same name, other file")
    appendix_service.attach_appendix_bytes(demo_db, second, pdf, "one-page.pdf", "Same file again")
    written = export_meeting(demo_db, UPCOMING, tmp_path / "meeting.json")
    assert sorted(p.name for p in written) == [
        "health-of-children-in-care-annual-report (2).pdf",
        "health-of-children-in-care-annual-report.pdf"]  # the shared file once


def test_a_version_1_file_still_imports_and_is_exported_in_the_newest_version(db, tmp_path):
    fixture = FIXTURES / "meeting-v1.json"
    v1 = json.loads(fixture.read_text(encoding="utf-8"))
    assert v1["version"] == 1
    meeting_id = import_meeting(db, fixture)
    assert [i.title for i in agenda_service.agenda(db, meeting_id)] == [
        i["title"] for i in v1["meeting"]["items"]]
    assert report_service.list_reports(db) == []
    again = meeting_to_dict(db, meeting_id)
    assert again["version"] == 3
    assert [item.pop("report") for item in again["meeting"]["items"]] == [None] * 10
    assert again["meeting"].pop("minutes") is None
    assert {**again, "version": 1} == v1


def test_a_published_report_keeps_its_status(demo_db, elsewhere):
    data = meeting_to_dict(demo_db, UPCOMING)
    index = item_with_report(data, "overview-scrutiny-cover")
    data["meeting"]["items"][index]["report"]["status"] = "published"
    data["meeting"]["items"][index]["report"]["appendices"] = []
    meeting_id = import_meeting_dict(elsewhere, data)
    statuses = {s.template_id: s.status for s in report_service.list_reports(elsewhere, meeting_id)}
    assert statuses["overview-scrutiny-cover"] is ReportStatus.PUBLISHED


def test_a_part_2_report_moves_with_its_item(demo_db):
    data = meeting_to_dict(demo_db, UPCOMING)
    items = data["meeting"]["items"]
    index = item_with_report(data)
    items[index].update(part=2, exempt_paragraphs=[3])  # listed early, goes after Part 1
    title = items[index]["title"]
    meeting_id = import_meeting_dict(demo_db, data)
    agenda = agenda_service.agenda(demo_db, meeting_id)
    assert [i.title for i in agenda if i.part == 2] == [
        title, "Recommissioning of Residential Children's Homes"]
    for item in agenda:  # every report is on its own item still
        report_id = report_service.report_for_item(demo_db, item.id)
        if report_id is not None:
            header = report_service.get_report(demo_db, report_id).header
            assert header.get("report_title", header.get("subject_title", item.title)) == item.title
