"""Reports in the database: the 0002 migration upgrades an existing database, a report keeps
its link to an agenda item through agenda edits and loses only the link when the item or
the meeting goes, and deleting a report leaves nothing of it behind."""

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.services import agenda_service, committee_service, meeting_service
from lscb_desktop.services import report_service
from lscb_desktop.store.connection import open_database, schema_steps
from lscb_desktop.store.migrations import known_names

FIXTURE_0001 = Path(__file__).parent / "fixtures" / "schema-0001.db"
REPORT_TABLES = {"reports", "report_status_history", "report_templates", "appendix_files",
                 "report_appendices", "report_search"}


def meeting_with_items(db) -> tuple[int, dict[str, int]]:
    committee_id = committee_service.create_committee(db, Committee("Board", "Room 1"))
    meeting_id = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    for title in ("Placement Sufficiency", "Scorecard", "Health"):
        agenda_service.add_item(db, meeting_id, AgendaItem(title, presenter="Marcus Reid"))
    return meeting_id, {i.title: i.id for i in agenda_service.agenda(db, meeting_id)}


def test_a_database_from_schema_0001_gains_the_report_tables_and_keeps_its_agenda(tmp_path):
    path = tmp_path / "council.db"
    shutil.copy(FIXTURE_0001, path)
    db = open_database(path)
    assert schema_steps(db) == known_names()
    assert "0002_reports" in known_names()
    assert REPORT_TABLES <= set(db.table_names())
    item_id = db.execute("SELECT id FROM agenda_items WHERE title = 'A report'").fetchone()[0]

    report_id = report_service.create_report(db, "committee-report", item_id)

    report = report_service.get_report(db, report_id)
    assert report.header["committee"] == "Fixture Committee"
    assert report.header["meeting_date"] == "2019-01-22"
    assert report.header["report_title"] == "A report"
    assert report_service.report_for_item(db, item_id) == report_id


def test_a_report_stays_linked_while_the_agenda_is_edited(db):
    meeting_id, items = meeting_with_items(db)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    agenda_service.move_item(db, meeting_id, items["Scorecard"], 3)
    agenda_service.add_item(db, meeting_id, agenda_service.agenda(db, meeting_id)[4])
    assert report_service.report_for_item(db, items["Scorecard"]) == report_id


def test_deleting_the_item_or_the_meeting_unlinks_the_report_and_keeps_it(db):
    meeting_id, items = meeting_with_items(db)
    first = report_service.create_report(db, "committee-report", items["Scorecard"])
    second = report_service.create_report(db, "committee-report", items["Placement Sufficiency"])
    agenda_service.delete_item(db, items["Scorecard"])
    assert report_service.list_reports(db)[-1].id == first
    assert report_service.list_reports(db)[-1].agenda_item_id is None
    meeting_service.delete_meeting(db, meeting_id)
    assert {(s.id, s.meeting_id) for s in report_service.list_reports(db)} == {
        (first, None), (second, None)}


def test_status_and_appendices_are_not_duplicated_into_the_content_column(db):
    report_id = report_service.create_report(db, "committee-report")
    content = json.loads(db.execute("SELECT content FROM reports WHERE id = ?",
                                    [report_id]).fetchone()[0])
    assert "status" not in content and "appendices" not in content
    assert content["template_id"] == "committee-report"


def test_deleting_a_report_removes_its_history_and_search_entry(db):
    report_id = report_service.create_report(db, "committee-report")
    report = report_service.get_report(db, report_id)
    report.section("summary").blocks = [Paragraph("Kinship carers")]
    report_service.save_report(db, report)
    db.execute("INSERT INTO report_status_history (report_id, changed_at, changed_by, "
               "from_status, to_status) VALUES (?, 'x', 'y', 'draft', 'submitted')", [report_id])
    report_service.delete_report(db, report_id)
    for table in ("reports", "report_status_history", "report_search"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert report_service.search_reports(db, "kinship") == []


def test_a_database_file_opened_by_plain_sqlite_sees_valid_json_content(db_path):
    db = open_database(db_path)
    report_service.create_report(db, "scrutiny-report")
    db.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT json_valid(content) FROM reports").fetchone()[0] == 1
