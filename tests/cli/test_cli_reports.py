"""`lscb reports`, `lscb agenda`, `lscb export report` and `lscb import report`, on the demo's
reports (`lscb search` is tested in test_cli_minutes.py)."""

import json

from docx import Document
from pypdf import PdfReader

from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.services import agenda_service, report_service

SCORECARD = 3  # the demo's "Corporate Parenting Scorecard: Quarter 2", with suppressed values


def test_reports_lists_id_title_template_status_meeting_and_item_number(lscb):
    lscb("demo")
    rows = json.loads(lscb("reports", "--json").out)
    assert rows[0] == {"id": 1, "title": "Placement Sufficiency Statement 2026-28",
                       "template": "committee-report", "status": "submitted", "meeting_id": 2,
                       "item_number": 5}
    assert [r["item_number"] for r in rows] == [5, 7, 8, 9, 10]
    assert {r["template"] for r in rows} == {
        "committee-report", "overview-scrutiny-cover", "scrutiny-report"}

    lines = lscb("reports").out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "TEMPLATE", "STATUS", "MEETING", "ITEM"]
    assert lines[2].startswith(" 2  Health of Children in Care: Annual Report ")
    assert lines[2].split()[-4:] == ["overview-scrutiny-cover", "Cleared", "2", "7"]


def test_a_report_on_no_agenda_is_listed_last_without_meeting(lscb, db):
    lscb("demo")
    draft = report_service.create_report(db, "scrutiny-report")
    rows = json.loads(lscb("reports", "--json").out)
    assert rows[-1] == {"id": draft, "title": "", "template": "scrutiny-report",
                        "status": "draft", "meeting_id": None, "item_number": None}
    assert lscb("reports").out.splitlines()[-1].split() == [
        str(draft), "(untitled)", "scrutiny-report", "Draft"]


def test_an_empty_database_says_how_to_get_reports(lscb):
    assert "run 'lscb demo'" in lscb("reports").out
    assert json.loads(lscb("reports", "--json").out) == []


def test_agenda_gives_each_items_id_and_report(lscb):
    lscb("demo")
    items = json.loads(lscb("agenda", "2", "--json").out)
    assert isinstance(items[4].pop("item_id"), int)
    assert items[4] == {"number": 5, "kind": "report", "part": 1, "report_id": 1,
                        "title": "Placement Sufficiency Statement 2026-28"}
    assert items[0]["report_id"] is None and items[-1]["part"] == 2
    assert lscb("agenda", "2").out.splitlines()[0].split() == [
        "NO", "ITEM", "ID", "TITLE", "KIND", "PART", "REPORT"]


def test_export_report_writes_word_and_pdf_and_prints_their_paths(lscb, tmp_path):
    lscb("demo")
    out = tmp_path / "report"
    run = lscb("export", "report", "1", "--out", str(out))
    assert run.code == 0, run.err
    assert run.out.splitlines() == [str(out / "report.docx"), str(out / "report.pdf")]
    words = "\n".join(p.text for p in Document(out / "report.docx").paragraphs)
    assert "Placement Sufficiency Statement 2026-28" in words
    pdf = "\n".join(page.extract_text() for page in PdfReader(out / "report.pdf").pages)
    assert "Placement Sufficiency Statement 2026-28" in pdf


def test_import_report_prints_the_new_id_and_warns_on_stderr(lscb, db, tmp_path):
    lscb("demo")
    lscb("export", "report", str(SCORECARD), "--out", str(tmp_path))
    item_id = agenda_service.add_item(db, 2, AgendaItem("Scorecard, revised", "To consider it."))

    run = lscb("import", "report", str(tmp_path / "report.docx"), "--template",
               "Committee report", "--item", str(item_id))

    assert run.code == 0
    assert run.out == "6\n"
    warnings = run.err.splitlines()
    assert warnings and all(w.startswith("lscb: warning: ") for w in warnings)
    assert any("'Suppressed'" in w for w in warnings)
    imported = report_service.get_report(db, 6)
    assert imported.template_id == "committee-report"
    assert report_service.report_for_item(db, item_id) == 6
    assert imported.header["report_title"] == "Corporate Parenting Scorecard: Quarter 2"


def test_import_report_needs_no_agenda_item(lscb, db, tmp_path):
    lscb("demo")
    lscb("export", "report", "4", "--out", str(tmp_path))
    run = lscb("import", "report", str(tmp_path / "report.docx"), "--template", "scrutiny-report")
    assert (run.code, run.out) == (0, "6\n")
    assert json.loads(lscb("reports", "--json").out)[-1]["meeting_id"] is None
