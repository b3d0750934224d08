"""`lscb import meeting`, `lscb export meeting` and `lscb export agenda`."""

import json

from docx import Document

from lscb_desktop.services import agenda_service, meeting_service, report_service
from lscb_desktop.store.connection import open_database


def test_a_meeting_exported_from_one_database_imports_into_another(lscb, tmp_path, capsys):
    from lscb_desktop.cli import main

    lscb("demo")
    path = tmp_path / "meeting.json"
    exported = lscb("export", "meeting", "2", str(path))
    pdf = tmp_path / "meeting-appendices" / "health-of-children-in-care-annual-report.pdf"
    assert (exported.code, exported.out) == (0, f"{path}\n{pdf}\n")  # the file, its appendices
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "lscb-meeting"

    other = tmp_path / "other.db"
    assert main(["--db", str(other), "import", "meeting", str(path)]) == 0
    assert capsys.readouterr().out == "1\n"  # the new meeting's id, alone
    db = open_database(other)
    assert [i.title for i in agenda_service.agenda(db, 1)][-1] == (
        "Recommissioning of Residential Children's Homes")
    assert len(report_service.list_reports(db, 1)) == 5


def test_the_appendix_folder_can_be_named_on_import(lscb, tmp_path, capsys):
    from lscb_desktop.cli import main

    lscb("demo")
    path = tmp_path / "meeting.json"
    lscb("export", "meeting", "2", str(path))
    received = tmp_path / "received"
    (tmp_path / "meeting-appendices").rename(received)
    other = str(tmp_path / "other.db")
    assert main(["--db", other, "import", "meeting", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"lscb: error: {path}: meeting.items[6].report.appendices[0]: the appendix file " in err
    assert main(["--db", other, "import", "meeting", str(path), "--appendices", str(received)]) == 0
    assert capsys.readouterr().out == "1\n"


def test_importing_into_the_same_database_adds_a_meeting(lscb, db, tmp_path):
    lscb("demo")
    path = tmp_path / "meeting.json"
    lscb("export", "meeting", "2", str(path))
    run = lscb("import", "meeting", str(path))
    assert run.out == "7\n"
    assert len(meeting_service.list_meetings(db)) == 7


def test_export_agenda_writes_word_and_pdf_and_prints_their_paths(lscb, tmp_path):
    lscb("demo")
    out = tmp_path / "agenda"
    run = lscb("export", "agenda", "2", "--out", str(out))
    assert run.code == 0, run.err
    assert run.out.splitlines() == [str(out / "agenda.docx"), str(out / "agenda.pdf")]
    text = "\n".join(p.text for p in Document(out / "agenda.docx").paragraphs)
    assert "Placement Sufficiency Statement 2026-28" in text
    assert (out / "agenda.pdf").read_bytes().startswith(b"%PDF")


def test_export_minutes_writes_the_held_meetings_minutes(lscb, tmp_path):
    lscb("demo")
    out = tmp_path / "minutes"
    run = lscb("export", "minutes", "1", "--out", str(out))
    assert run.code == 0, run.err
    assert run.out.splitlines() == [str(out / "minutes.docx"), str(out / "minutes.pdf")]
    text = "\n".join(p.text for p in Document(out / "minutes.docx").paragraphs)
    assert "Minutes of a meeting of the Corporate Parenting Committee" in text
    assert "RESOLVED" in text


def test_minutes_not_yet_started_are_refused_in_one_line(lscb, tmp_path):
    lscb("demo")
    run = lscb("export", "minutes", "2", "--out", str(tmp_path / "none"))
    assert run.code == 1
    assert run.err.count("\n") == 1 and "have not been started" in run.err
    assert not (tmp_path / "none").exists()
