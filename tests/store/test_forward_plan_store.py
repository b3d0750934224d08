"""Migration 0004: patterns, deadline offsets, forward plan entries and their deferrals; an
upgrade from schema 0003 keeps the minutes and takes a forward plan."""

import shutil
from dataclasses import replace
from datetime import date, datetime, time, timezone
from pathlib import Path

from lscb_desktop.domain.calendar_pattern import MeetingPattern, PatternKind
from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.forward_plan import EntryKind, EntryStatus, ForwardPlanEntry
from lscb_desktop.domain.report_deadlines import DeadlineOffsets
from lscb_desktop.services import (
    calendar_service, committee_service, forward_plan_service, meeting_service, minutes_service,
    plan_to_agenda_service,
)
from lscb_desktop.store import calendar_repo, forward_plan_repo
from lscb_desktop.store.connection import open_database

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_database_of_schema_0003_upgrades_and_its_committee_can_plan_ahead(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-0003.db", path)
    db = open_database(path)
    [committee] = committee_service.list_committees(db)
    cid = committee.id
    [held] = meeting_service.list_meetings(db, cid)
    assert any(m.decisions for m in minutes_service.get_minutes(db, held.meeting.id))

    assert calendar_repo.offsets(db, cid) == DeadlineOffsets()  # defaults for old committees
    calendar_service.save_pattern(db, cid, MeetingPattern(PatternKind.MONTHLY, 1, time(16),
                                                          week_of_month=3, every=2))
    created = calendar_service.create_year(db, cid, 2019)
    entry_id = forward_plan_service.add_entry(db, ForwardPlanEntry(
        cid, "Scorecard", meeting_id=created[0], lead_officer="Fixture Officer"))
    plan_to_agenda_service.plan_to_agenda(db, created[0], "committee-report")
    assert forward_plan_service.get_entry(db, entry_id).status is EntryStatus.ON_AGENDA


def test_an_entry_reads_back_as_written(db):
    cid = committee_service.create_committee(
        db, Committee("Cabinet", "Room 1"))
    meeting_id = meeting_service.create_meeting(db, cid, date(2019, 3, 19))
    entry = ForwardPlanEntry(
        cid, "Residential Homes Contract", kind=EntryKind.ANNUAL_REPORT, description="Tenders",
        sub_group="Permanence", lead_officer="Gill Betton", meeting_id=meeting_id,
        target_month="2019-03", status=EntryStatus.DEFERRED, status_reason="Awaiting legal advice",
        key_decision=True, decision_maker="Cabinet", first_published=date(2019, 1, 2), part=2,
        exempt_paragraphs=[3, 1], notice_28_given=date(2019, 2, 1),
        notice_5_given=date(2019, 3, 8), position=4)
    entry_id = forward_plan_repo.insert(db, entry)
    assert forward_plan_repo.get(db, entry_id) == replace(entry, id=entry_id,
                                                         exempt_paragraphs=[1, 3])


def test_deleting_a_committee_removes_its_plan_pattern_and_offsets(db):
    cid = committee_service.create_committee(
        db, Committee("Cabinet", "Room 1"))
    calendar_repo.save_offsets(db, cid, DeadlineOffsets(12, 4))
    calendar_repo.save_pattern(db, cid, MeetingPattern(PatternKind.MONTHLY, 0, time(10)))
    meeting_id = meeting_service.create_meeting(db, cid, date(2019, 3, 19))
    entry_id = forward_plan_repo.insert(db, ForwardPlanEntry(cid, "Item", meeting_id=meeting_id))
    forward_plan_repo.add_deferral(db, forward_plan_repo.Deferral(
        entry_id, meeting_id, date(2019, 3, 19), None, None, "Why",
        datetime(2019, 3, 1, tzinfo=timezone.utc)))
    committee_service.delete_committee(db, cid)
    for table in ("forward_plan_entries", "forward_plan_deferrals", "meeting_patterns",
                  "report_deadline_offsets"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
