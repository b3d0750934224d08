"""Starting the application: `lscb-desktop [--db PATH] [--screenshot FILE.png]`."""

import os
import sqlite3
import subprocess
import sys

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from lscb_desktop import app
from lscb_desktop.services import committee_service, meeting_service

DEMO_COMMITTEE = "Corporate Parenting Committee"


def run_app(*args, timeout=60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = f"import sys; from lscb_desktop.app import main; sys.exit(main({list(args)!r}))"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=timeout)


def make_newer(db_path) -> None:
    """A database written by a later version: it has a schema step this one does not know."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('lscb', '9999_from_the_future', 'x')")


def test_screenshot_mode_renders_the_demo_on_first_start_and_exits(tmp_path):
    db_path, png = tmp_path / "new" / "lscb.db", tmp_path / "shots" / "main.png"
    result = run_app("--db", str(db_path), "--screenshot", str(png))
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert not image.isNull()
    assert abs(image.width() - 1280) <= 16 and abs(image.height() - 800) <= 16
    # First start: the new database holds the demo committee and its meetings.
    db = app.prepare_database(db_path)
    assert committee_service.find_committee(db, DEMO_COMMITTEE) is not None
    assert len(meeting_service.list_meetings(db)) >= 2
    db.close()


def test_first_start_loads_the_demo_and_later_starts_do_not(tmp_path, db_path):
    fresh = app.prepare_database(tmp_path / "first" / "lscb.db")
    assert [c.name for c in committee_service.list_committees(fresh)] == [DEMO_COMMITTEE]
    existing = app.prepare_database(db_path)  # exists already, though empty
    assert committee_service.list_committees(existing) == []
    fresh.close()
    existing.close()


def test_a_newer_database_is_refused_in_screenshot_mode_on_stderr(db_path, capsys, qapp):
    make_newer(db_path)
    before = db_path.read_bytes()
    status = app.main(["--db", str(db_path), "--screenshot", str(db_path.with_suffix(".png"))])
    assert status != 0
    err = capsys.readouterr().err
    assert "newer version of LSCB Desktop" in err and "Update LSCB Desktop" in err
    assert not db_path.with_suffix(".png").exists()
    assert db_path.read_bytes() == before


def test_a_newer_database_is_refused_with_a_message_box(db_path, monkeypatch, qapp):
    make_newer(db_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app.main(["--db", str(db_path)]) != 0
    assert len(shown) == 1 and "newer version of LSCB Desktop" in shown[0]
