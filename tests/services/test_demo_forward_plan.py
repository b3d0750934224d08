"""The demo committee's calendar from its pattern, its forward plan like the reference one,
and report deadlines with some overdue on the demo's dates."""

from datetime import date, timedelta

import pytest

from lscb_desktop.domain.forward_plan import EntryKind, EntryStatus
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import (
    calendar_service, deadlines_service, demo_service, forward_plan_service, meeting_service,
    report_service,
)

TODAY = date(2026, 11, 22)


@pytest.fixture
def demo(db):
    return demo_service.load_demo(db, TODAY)


def test_the_meetings_after_the_upcoming_one_come_from_the_pattern_skipping_august(db, demo):
    meetings = [s.meeting for s in meeting_service.list_meetings(db, demo)]
    assert [m.status for m in meetings[:2]] == [MeetingStatus.HELD, MeetingStatus.DRAFT]
    upcoming = meetings[1]
    pattern = calendar_service.get_pattern(db, demo)
    assert pattern.describe() == ("Every 8 weeks on Tuesday from 22 December 2026 at 4.00 pm, "
                                  "except in August")
    # 8 weeks apart, except that 3 August 2027 falls in the recess
    assert [m.date for m in meetings[2:]] == [date(2027, 2, 16), date(2027, 4, 13),
                                              date(2027, 6, 8), date(2027, 9, 28)]
    assert all(m.venue == upcoming.venue and m.clerk == "Ben Tranter" for m in meetings[2:])
    assert len(meeting_service.future_meetings(db, upcoming)) == 4


@pytest.mark.parametrize("today", [date(2026, 6, 1), date(2027, 1, 10), date(2025, 12, 1)])
def test_the_demo_always_has_six_meetings_whatever_the_day(db, today):
    cid = demo_service.load_demo(db, today)
    assert len(meeting_service.list_meetings(db, cid)) == 6


def test_the_plan_has_meetings_with_their_areas_sub_groups_and_leads_and_standing_items_last(
        db, demo):
    groups = forward_plan_service.forward_plan(db, demo)
    assert groups[-1].standing
    assert [r.entry.title for r in groups[-1].rows] == [
        "Corporate Parenting Update from Elected Members", "Voice of Children and Young People"]
    meeting_groups = [g for g in groups if g.meeting_id]
    assert len(meeting_groups) == 6 and all(g.rows for g in meeting_groups)
    rows = [r for g in groups for r in g.rows]
    assert all(r.entry.lead_officer for r in rows)
    assert {r.entry.sub_group for r in rows} >= {"Permanence", "Education", "Performance"}
    assert any(g.month and not g.meeting_id for g in groups)  # a month without a date yet


def test_held_entries_were_considered_and_upcoming_ones_are_on_its_agenda_with_their_reports(
        db, demo):
    held, upcoming = [s.meeting for s in meeting_service.list_meetings(db, demo)][:2]
    assert {e.status for e in forward_plan_service.meeting_entries(db, held.id)
            if not e.is_standing} == {EntryStatus.CONSIDERED}
    on_agenda = [e for e in forward_plan_service.meeting_entries(db, upcoming.id)
                 if not e.is_standing]
    assert {e.status for e in on_agenda} == {EntryStatus.ON_AGENDA}
    reports = {s.agenda_item_id: s.id for s in report_service.list_reports(db, upcoming.id)}
    assert {e.agenda_item_id: e.report_id for e in on_agenda} == reports


def test_one_key_decision_in_time_and_one_private_item_awaiting_its_5_day_notice(db, demo):
    entries = forward_plan_service.entries(db, demo)
    [key] = [e for e in entries if e.key_decision]
    assert key.decision_maker == "Cabinet" and key.first_published < TODAY
    assert forward_plan_service.warnings_for(db, key.id) == []
    [private] = [e for e in entries if e.private]
    assert private.notice_28_given and private.exempt_paragraphs == [3]
    assert [w.code for w in forward_plan_service.warnings_for(db, private.id)] == [
        "private_5_missing"]


def test_the_deadlines_dashboard_has_overdue_drafts_for_the_upcoming_meeting(db, demo):
    rows = deadlines_service.dashboard(db, TODAY, demo)
    overdue = [r for r in rows if r.overdue]
    assert overdue and all(r.meeting_date == date(2026, 12, 22) for r in overdue)
    assert all(r.report_status.value == "draft" for r in overdue)
    assert any(not r.overdue for r in rows)
    assert [r.state.due for r in rows] == sorted(r.state.due for r in rows)
    assert rows[-1].entry.kind in (EntryKind.REPORT, EntryKind.ANNUAL_REPORT)


def test_on_any_day_the_upcoming_meetings_drafts_are_just_overdue(db):
    for offset in range(7):
        today = TODAY + timedelta(days=offset)
        db.execute("DELETE FROM committees")
        cid = demo_service.load_demo(db, today)
        overdue = deadlines_service.dashboard(db, today, cid, overdue_only=True)
        assert overdue and all(0 < r.state.days_overdue <= 14 for r in overdue), today
