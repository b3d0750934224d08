"""Storing minutes: what is written is read back, the record outlives changes to membership,
deleting a meeting leaves nothing behind, and older databases upgrade to hold minutes."""

import shutil
from datetime import date
from pathlib import Path

from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.domain.committee import Committee, Member
from lscb_desktop.domain.decisions import Decision, DecisionKind, Vote, VoteCast
from lscb_desktop.domain.minutes import Minute, MinutesRecord
from lscb_desktop.services import (
    agenda_service, attendance_service, committee_service, meeting_service, minutes_service,
)
from lscb_desktop.store import minutes_repo
from lscb_desktop.store.connection import open_database

FIXTURES = Path(__file__).parent / "fixtures"


def a_meeting(db):
    cid = committee_service.create_committee(db, Committee("Board", "Room 1"))
    member_id = committee_service.save_member(db, Member("Councillor A Member", committee_id=cid))
    mid = meeting_service.create_meeting(db, cid, date(2019, 1, 22))
    agenda_service.add_item(db, mid, AgendaItem("A report"))
    return mid, member_id


def test_a_minute_with_decisions_and_a_named_vote_reads_back_as_written(db):
    mid, _ = a_meeting(db)
    minutes_repo.save_record(db, MinutesRecord(mid, 7))
    vote = Vote(1, 1, 0, [("Councillor A", VoteCast.FOR), ("Councillor B", VoteCast.AGAINST)])
    written = Minute("A report", "Narrative.", [
        Decision("That the report be noted."),
        Decision("That it be adopted.", DecisionKind.RECOMMENDED, "Council", vote),
    ], part=2, exempt_paragraphs=[3, 1], number=7, meeting_id=mid)
    minute_id = minutes_repo.save(db, written)
    read = minutes_repo.get(db, minute_id)
    assert read.decisions[1].vote == vote
    assert (read.title, read.narrative, read.number, read.exempt_paragraphs) == (
        "A report", "Narrative.", 7, [1, 3])
    assert [d.heading for d in read.decisions] == ["RESOLVED", "RECOMMENDED to Council"]


def test_attendance_keeps_the_name_of_a_member_who_later_leaves(db):
    mid, member_id = a_meeting(db)
    minutes_service.start_minutes(db, mid)
    committee_service.remove_member(db, member_id)
    [record] = attendance_service.attendance(db, mid)
    assert (record.name, record.member_id) == ("Councillor A Member", None)


def test_deleting_a_meeting_removes_its_minutes_and_their_search_entries(db):
    mid, _ = a_meeting(db)
    minutes_service.start_minutes(db, mid)
    meeting_service.delete_meeting(db, mid)
    for table in ("meeting_minutes", "minutes", "decisions", "attendance", "minute_search"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_replacing_all_minutes_with_none_removes_them(db):
    mid, _ = a_meeting(db)
    minutes_service.start_minutes(db, mid)
    minutes_repo.replace_all(db, mid, [])
    assert minutes_repo.minutes(db, mid) == []


def test_a_database_of_schema_0002_upgrades_and_its_meeting_can_be_minuted(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-0002.db", path)
    db = open_database(path)
    [meeting] = meeting_service.list_meetings(db)
    minutes = minutes_service.start_minutes(db, meeting.meeting.id)
    assert "A report" in [m.title for m in minutes]
    assert minutes[-1].title == "Exempt"
