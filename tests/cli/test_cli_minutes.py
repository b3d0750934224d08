"""`lscb search` over decisions, minutes and reports, and `lscb actions`, on the demo (its
held meeting, id 1, has minutes with actions; its upcoming meeting, id 2, has reports)."""

import json
from datetime import date, timedelta

from lscb_desktop.domain.actions import Action
from lscb_desktop.domain.committee import Committee
from lscb_desktop.services import (
    action_service, agenda_service, committee_service, meeting_service, minutes_service,
)

HELD = 1
TASTER_FLATS_MINUTE = 16  # the demo's "Voice of Children and Young People"


def test_search_finds_decisions_minutes_and_reports_with_meeting_date_and_minute(lscb):
    lscb("demo")
    hits = json.loads(lscb("search", "taster", "flats", "--json").out)
    decision = hits[0]
    assert decision["kind"] == "decision"
    assert (decision["title"], decision["minute_number"], decision["meeting_id"],
            decision["committee"]) == ("Voice of Children and Young People",
                                       TASTER_FLATS_MINUTE, HELD,
                                       "Corporate Parenting Committee")
    assert date.fromisoformat(decision["meeting_date"]) < date.today()
    assert decision["snippet"].startswith("RESOLVED \u2013 (2) That officers report")
    start, end = decision["highlights"][0]
    assert decision["snippet"][start:end] == "taster"
    assert (decision["report_id"], decision["report_status"], decision["part"]) == (
        None, None, 1)
    assert "minute" in [h["kind"] for h in hits]

    report = json.loads(lscb("search", "fostering", "agencies", "--json").out)[0]
    assert (report["kind"], report["report_id"], report["title"], report["report_status"],
            report["minute_number"], report["meeting_id"]) == (
        "report", 1, "Placement Sufficiency Statement 2026-28", "submitted", None, 2)


def test_every_hit_has_the_same_documented_fields(lscb):
    lscb("demo")
    fields = {"kind", "title", "committee", "meeting_id", "meeting_date", "minute_number",
              "minute_id", "report_id", "report_status", "part", "snippet", "highlights"}
    hits = json.loads(lscb("search", "children", "--json").out)
    assert {h["kind"] for h in hits} == {"decision", "minute", "report"}
    assert all(set(h) == fields for h in hits)
    documented = " ".join(lscb("search", "--help", db=False).out.split())
    assert all(field in documented for field in fields)


def test_search_prints_what_each_hit_is_and_where_it_was(lscb):
    lscb("demo")
    lines = lscb("search", "taster", "flats").out.splitlines()
    assert lines[0].startswith(f"decision  Minute {TASTER_FLATS_MINUTE}  Voice of Children and "
                               "Young People  [Corporate Parenting Committee, ")
    assert lines[1].startswith("    RESOLVED \u2013 (2) That officers report")
    report = lscb("search", "fostering", "agencies").out.splitlines()
    assert report[0].startswith("report  Report 1  Placement Sufficiency Statement 2026-28  "
                                "[Submitted; Corporate Parenting Committee, ")


def test_search_marks_exempt_papers_and_says_when_nothing_matches(lscb):
    lscb("demo")
    assert "Part 2 (exempt)" in lscb("search", "recommissioning").out
    none = lscb("search", "xylophone")
    assert none.code == 0
    assert none.out.startswith("Nothing matches 'xylophone' in decisions, minutes or reports.")
    assert json.loads(lscb("search", "xylophone", "--json").out) == []


def test_actions_lists_the_log_with_overdue_marked(lscb):
    lscb("demo")
    actions = json.loads(lscb("actions", "--json").out)
    assert [(a["description"][:20], a["status"], a["overdue"]) for a in actions] == [
        ("Report on the option", "open", False),
        ("Send the Committee's", "done", False),
        ("Write to the placing", "open", True),
    ]
    late = actions[2]
    assert (late["owner"], late["meeting_id"], late["minute_number"], late["committee"]) == (
        "Sarah Lindqvist", HELD, 20, "Corporate Parenting Committee")
    assert date.fromisoformat(late["due"]) < date.today()

    table = lscb("actions").out.splitlines()
    assert table[0].split()[:3] == ["ID", "COMMITTEE", "MEETING"]
    assert [line.split()[-1] for line in table[1:]] == ["Open", "Done", "OVERDUE"]


def test_overdue_and_open_filter_the_log(lscb):
    lscb("demo")
    overdue = json.loads(lscb("actions", "--overdue", "--json").out)
    assert [a["description"] for a in overdue] == [
        "Write to the placing authority about the frequency of social worker visits"]
    open_ones = json.loads(lscb("actions", "--open", "--json").out)
    assert [a["status"] for a in open_ones] == ["open", "open"]


def test_actions_of_one_committee(lscb, db):
    lscb("demo")
    other = committee_service.create_committee(db, Committee("Scrutiny Committee", "Room 1"))
    meeting_id = meeting_service.create_meeting(db, other, date.today() - timedelta(weeks=2))
    minutes = minutes_service.start_minutes(db, meeting_id)
    action_service.add_action(db, minutes[0].id, Action("Invite the Cabinet member", "Clerk",
                                                        date.today() - timedelta(days=1)))
    assert len(json.loads(lscb("actions", "--json").out)) == 4
    mine = json.loads(lscb("actions", "--committee", str(other), "--json").out)
    assert [(a["committee"], a["overdue"]) for a in mine] == [("Scrutiny Committee", True)]
    assert len(json.loads(lscb("actions", "--overdue", "--committee", "1", "--json").out)) == 1


def test_no_actions_and_an_unknown_committee_are_told_plainly(lscb):
    empty = lscb("actions", "--overdue")
    assert (empty.code, empty.out.split(".")[0]) == (0, "No overdue actions")
    assert json.loads(lscb("actions", "--json").out) == []
    unknown = lscb("actions", "--committee", "42")
    assert unknown.code == 1
    assert "There is no committee with id 42" in unknown.err
    assert "Run 'lscb committees'" in unknown.err


def test_exporting_minutes_not_yet_started_says_how_to_start_them(lscb, db, tmp_path):
    lscb("demo")
    upcoming = 2
    assert agenda_service.agenda(db, upcoming)  # an agenda to start them from
    run = lscb("export", "minutes", str(upcoming), "--out", str(tmp_path / "none"))
    assert run.code == 1
    assert "have not been started: start them from the agenda (in LSCB Desktop: Minutes > " \
           "Start minutes)" in run.err
