"""`lscb demo`, `lscb committees`, `lscb meetings` and `lscb settings`: what they print."""

import json
from datetime import date, time

from lscb_desktop.cli import main
from lscb_desktop.domain.committee import Committee, Member
from lscb_desktop.domain.preferences import CLEAR_DAYS
from lscb_desktop.services import committee_service, meeting_service, settings_service


def test_demo_loads_the_demo_committee_once(lscb, db):
    first = lscb("demo")
    assert first.code == 0
    assert "Loaded the demo committee 'Corporate Parenting Committee' (id 1) with 6 meetings" in first.out
    again = lscb("demo")
    assert again.code == 0
    assert "is already in" in again.out and "nothing added" in again.out
    assert len(meeting_service.list_meetings(db)) == 6


def test_committees_lists_id_name_and_members_in_an_aligned_table(lscb, db):
    big = committee_service.create_committee(db, Committee("Schools Forum"))
    for n in range(12):
        committee_service.save_member(db, Member(f"Member {n}", committee_id=big))
    committee_service.create_committee(db, Committee("Audit and Governance Committee"))
    run = lscb("committees")
    assert run.code == 0
    assert run.out.splitlines() == [
        "ID  NAME                            MEMBERS",
        " 2  Audit and Governance Committee        0",
        " 1  Schools Forum                        12",
    ]


def test_committees_json_is_an_array_of_id_name_members(lscb):
    lscb("demo")
    run = lscb("committees", "--json")
    assert json.loads(run.out) == [{"id": 1, "name": "Corporate Parenting Committee", "members": 9}]


def test_an_empty_database_says_how_to_fill_it(lscb):
    assert "run 'lscb demo'" in lscb("committees").out
    assert "run 'lscb demo'" in lscb("meetings").out
    assert json.loads(lscb("meetings", "--json").out) == []


def test_meetings_json_gives_each_meeting_with_its_publication_deadline(lscb, db):
    cid = committee_service.create_committee(db, Committee("Corporate Parenting Committee",
                                                           "Committee Suite 2/3", time(16, 0)))
    meeting_service.create_meeting(db, cid, date(2019, 1, 22))
    run = lscb("meetings", "--json")
    assert run.code == 0
    assert json.loads(run.out) == [{
        "id": 1, "committee": "Corporate Parenting Committee", "date": "2019-01-22",
        "start_time": "16:00", "venue": "Committee Suite 2/3", "status": "draft",
        "publish_by": "2019-01-14",
    }]


def test_meetings_table_shows_status_and_deadline(lscb):
    lscb("demo")
    lines = lscb("meetings").out.splitlines()
    assert lines[0].split() == ["ID", "COMMITTEE", "DATE", "TIME", "VENUE", "STATUS", "PUBLISH", "BY"]
    assert len(lines) == 7
    status = lines[0].index("STATUS")  # every row's status sits under the heading
    assert [line[status:].split("  ")[0] for line in lines[1:3]] == ["Held", "Draft"]
    dates = [line.split("  ")[2] for line in lines[1:]]
    assert dates == sorted(dates)


def test_settings_shows_every_preference_and_changes_one(lscb, db):
    shown = lscb("settings")
    assert shown.code == 0
    assert [line.split()[:2] for line in shown.out.splitlines()[1:]] == [
        ["clear_days", "5"], ["council_name", "Borsetshire"], ["suppression_threshold", "5"]]
    changed = lscb("settings", "clear_days", "3")
    assert (changed.code, changed.out) == (0, "3\n")
    assert settings_service.get(db, CLEAR_DAYS) == 3
    assert json.loads(lscb("settings", "--json").out) == {
        "clear_days": 3, "council_name": "Borsetshire Council", "suppression_threshold": 5}
    assert lscb("settings", "clear_days").out == "3\n"


def test_the_clear_days_setting_moves_the_deadlines(lscb, db):
    cid = committee_service.create_committee(db, Committee("Panel", "Room 1"))
    meeting_service.create_meeting(db, cid, date(2019, 1, 22))
    lscb("settings", "clear_days", "3")
    assert json.loads(lscb("meetings", "--json").out)[0]["publish_by"] == "2019-01-16"


def test_db_may_come_after_the_command_and_defaults_to_the_applications_database(
        db_path, capsys, default_database_in_tmp):
    assert main(["committees", "--json", "--db", str(db_path)]) == 0
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert str(default_database_in_tmp) in out
    assert default_database_in_tmp.exists()
