"""Export agenda... from the meeting page: a folder is chosen, the export runs on a worker
thread with its own database connection, a busy indicator shows meanwhile, and a message
lists the Word and PDF files with a button to open their folder."""

import threading
from datetime import date

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from lscb_desktop.ui import messages
from lscb_desktop.ui.meeting_page import MeetingPage
from lscb_desktop.ui.workers import run_in_background

from meeting_helpers import make_meeting


@pytest.fixture
def page(qtbot, db, db_path):
    page = MeetingPage(db, db_path, today=lambda: date(2019, 1, 10))
    qtbot.addWidget(page)
    page.set_meeting(make_meeting(db, items=["Sufficiency Statement"]))
    return page


def test_export_writes_both_files_in_the_background_and_offers_the_folder(
        qtbot, page, tmp_path, monkeypatch):
    out = tmp_path / "papers"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(out))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    with qtbot.waitSignal(page.exporter.exported, timeout=20000) as done:
        page.export_button.click()
        assert not page.busy_bar.isHidden()  # busy while the worker runs
        assert not page.export_button.isEnabled()
    result = done.args[0]
    assert result.docx == out / "agenda.docx" and result.docx.exists()
    assert result.pdf == out / "agenda.pdf" and result.pdf.exists()
    assert page.busy_bar.isHidden() and page.export_button.isEnabled()

    box = page.exporter.result_box
    assert box.isVisible()
    assert str(result.docx) in box.informativeText() and str(result.pdf) in box.informativeText()
    open_button = next(b for b in box.buttons() if b.text() == "&Open folder")
    open_button.click()
    assert opened == [str(out)]


def test_an_export_that_fails_says_why_and_the_page_is_usable_again(
        qtbot, page, tmp_path, monkeypatch):
    not_a_folder = tmp_path / "agenda.txt"
    not_a_folder.write_text("a file where a folder should be")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, error: shown.append(
        messages.error_text(error)))
    with qtbot.waitSignal(page.exporter.failed, timeout=20000) as failed:
        page.exporter.export_to(page.meeting.id, not_a_folder)
    assert "could not be saved" in failed.args[0] and str(not_a_folder) in failed.args[0]
    assert shown == [failed.args[0]]
    assert page.export_button.isEnabled() and page.busy_bar.isHidden()


def test_cancelling_the_folder_choice_exports_nothing(qtbot, page, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: "")
    with qtbot.assertNotEmitted(page.exporter.busy_changed):
        page.export_agenda()


def test_a_job_runs_off_the_ui_thread_with_its_own_connection(qtbot, db, db_path):
    make_meeting(db)
    ui_thread = threading.get_ident()
    seen = {}

    def job(worker_db):
        seen["thread"] = threading.get_ident()
        seen["own_connection"] = worker_db.conn is not db.conn
        return worker_db.execute("SELECT count(*) FROM meetings").fetchone()[0]

    results = []
    run_in_background(db_path, job, results.append, pytest.fail)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10000)
    assert results == [1]
    assert seen["thread"] != ui_thread and seen["own_connection"]


def test_a_failing_job_reports_its_error_on_the_ui_thread(qtbot, db_path):
    def job(worker_db):
        raise ValueError("The folder 'X' cannot be written: choose another.")

    errors, threads = [], []
    run_in_background(
        db_path, job, pytest.fail,
        lambda error: (errors.append(str(error)), threads.append(threading.get_ident())))
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10000)
    assert errors == ["The folder 'X' cannot be written: choose another."]
    assert threads == [threading.get_ident()]
