"""Errors: one line on stderr starting "lscb: error:", exit code 1 for a failure and 2 for a
mistake in the command line, and nothing on stdout."""

import json
import sqlite3

import pytest

from lscb_desktop.cli import main


def assert_one_error_line(run, code: int, *fragments: str) -> None:
    assert run.code == code
    assert run.out == ""
    lines = run.err.splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("lscb: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize("args", [
    ["export", "meeting", "42", "meeting.json"],
    ["export", "agenda", "42", "--out", "out"],
    ["agenda", "42"],
])
def test_an_unknown_meeting_id_says_where_to_find_the_ids(lscb, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    run = lscb(*args)
    assert_one_error_line(run, 1, "There is no meeting with id 42.", "lscb meetings")
    assert not (tmp_path / "meeting.json").exists()


def test_a_bad_meeting_file_names_the_file_the_field_and_the_problem(lscb, tmp_path):
    lscb("demo")
    path = tmp_path / "meeting.json"
    lscb("export", "meeting", "2", str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meeting"]["items"][2]["part"] = 3
    path.write_text(json.dumps(data), encoding="utf-8")
    run = lscb("import", "meeting", str(path))
    assert_one_error_line(run, 1, f"{path}: meeting.items[2].part: must be 1 or 2, not 3")
    assert len(json.loads(lscb("meetings", "--json").out)) == 6


def test_a_file_that_is_not_json_or_not_there_is_reported(lscb, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "lscb-meeting"', encoding="utf-8")
    assert_one_error_line(lscb("import", "meeting", str(broken)), 1, "is not valid JSON", "line 1")
    assert_one_error_line(lscb("import", "meeting", str(tmp_path / "gone.json")), 1,
                          "gone.json' does not exist")


def test_a_database_from_a_newer_version_is_refused(lscb, db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('lscb', '9999_from_the_future', 'x')")
    assert_one_error_line(lscb("meetings"), 1, "newer version of LSCB Desktop",
                          "Update LSCB Desktop")


def test_a_folder_given_as_the_database_is_refused(tmp_path, capsys):
    code = main(["--db", str(tmp_path), "committees"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.startswith("lscb: error: ") and "is a folder" in err


def test_an_unwritable_export_target_is_reported_without_a_traceback(lscb, tmp_path):
    lscb("demo")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    run = lscb("export", "meeting", "2", str(blocker / "meeting.json"))
    assert_one_error_line(run, 1, "not-a-folder")


@pytest.mark.parametrize("args, fragment", [
    ([], "the following arguments are required: COMMAND"),
    (["publish"], "invalid choice: 'publish'"),
    (["export", "meeting", "two", "m.json"], "invalid int value: 'two'"),
    (["export", "agenda", "2"], "the following arguments are required: --out"),
    (["meetings", "--csv"], "unrecognized arguments: --csv"),
    (["import", "report", "report.docx"], "the following arguments are required: --template"),
    (["import", "report", "r.docx", "--template", "x", "--item", "five"],
     "invalid int value: 'five'"),
    (["export", "report", "1"], "the following arguments are required: --out"),
    (["search"], "the following arguments are required: WORD"),
    (["import", "minutes", "m.json"], "invalid choice: 'minutes'"),
])
def test_a_mistake_in_the_command_line_exits_2_with_one_line(lscb, args, fragment):
    assert_one_error_line(lscb(*args), 2, fragment, "--help")


def test_an_unknown_report_id_says_where_to_find_the_ids(lscb, tmp_path):
    run = lscb("export", "report", "42", "--out", str(tmp_path / "out"))
    assert_one_error_line(run, 1, "There is no report with id 42", "Run 'lscb reports'")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, fragments", [
    (["--template", "cabinet-briefing"], [
        "There is no report template 'cabinet-briefing': give the id or name of one of "
        "committee-report", "lscb templates", "lscb import template FILE.toml"]),
    (["--template", "scrutiny-report", "--item", "999"], [
        "There is no agenda item with id 999.", "Run 'lscb agenda MEETING_ID'"]),
    (["--template", "scrutiny-report", "--item", "Apologies for Absence"], [
        "'Apologies for Absence' is a standard item, which has no report"]),
    (["--template", "scrutiny-report", "--item", "Placement Sufficiency Statement 2026-28"], [
        "'Placement Sufficiency Statement 2026-28' already has the report"]),
])
def test_a_report_import_that_cannot_be_done_stores_nothing(lscb, tmp_path, args, fragments):
    lscb("demo")
    lscb("export", "report", "4", "--out", str(tmp_path))
    # an item named by its title stands for its id on the demo's upcoming agenda (meeting 2)
    ids = {i["title"]: str(i["item_id"]) for i in json.loads(lscb("agenda", "2", "--json").out)}
    args = [ids.get(arg, arg) for arg in args]
    run = lscb("import", "report", str(tmp_path / "report.docx"), *args)
    assert_one_error_line(run, 1, *fragments)
    assert len(json.loads(lscb("reports", "--json").out)) == 5


def test_a_file_that_is_not_a_word_document_is_refused(lscb, tmp_path):
    lscb("demo")
    lscb("export", "report", "4", "--out", str(tmp_path))
    run = lscb("import", "report", str(tmp_path / "report.pdf"), "--template", "scrutiny-report")
    assert_one_error_line(run, 1, "'report.pdf' is not a Word document")
    missing = lscb("import", "report", str(tmp_path / "gone.docx"), "--template", "scrutiny-report")
    assert_one_error_line(missing, 1, "gone.docx")
    assert len(json.loads(lscb("reports", "--json").out)) == 5


@pytest.mark.parametrize("args, fragment", [
    (["settings", "clear_days", "three"], "clear_days must be a whole number, not 'three'"),
    (["settings", "clear_days", "31"], "must be at most 30"),
    (["settings", "quorum", "3"], "'quorum' is not a setting: use one of clear_days, council_name"),
])
def test_a_bad_setting_is_refused_and_changes_nothing(lscb, args, fragment):
    assert_one_error_line(lscb(*args), 1, fragment)
    assert lscb("settings", "clear_days").out == "5\n"
