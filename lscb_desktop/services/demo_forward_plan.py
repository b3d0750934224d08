"""The demo committee's calendar and forward plan (resources/demo/forward_plan.json).

The meetings after the upcoming one come from the committee's pattern (calendar_service),
a fixed number of them so that the demo always has the same meetings to show. The plan's
entries for the held and upcoming meetings are matched to their agenda items (considered,
and on agenda); the later ones are planned. The committee's deadline offsets put the
upcoming meeting's draft deadline a few days before the demo's `today`, so the deadlines
dashboard has overdue reports to chase.
"""

import json
from dataclasses import replace
from datetime import date, timedelta
from importlib.resources import files

from sqlite_utils import Database

from ..domain.calendar_pattern import MeetingPattern, PatternKind
from ..domain.forward_plan import EntryKind, EntryStatus, ForwardPlanEntry, month_key
from ..domain.meeting import Meeting
from ..domain.report_deadlines import DeadlineOffsets
from ..store import agenda_repo, forward_plan_repo, meeting_repo, report_repo
from . import calendar_service, deadlines_service, forward_plan_service

PLAN_FILE = "forward_plan.json"


def forward_plan_data() -> dict:
    return json.loads((files("lscb_desktop.resources") / "demo" / PLAN_FILE).read_text("utf-8"))


def load_demo_calendar(db: Database, committee_id: int, upcoming: Meeting, data: dict,
                       offsets: dict) -> None:
    """The committee's pattern (from the upcoming meeting), the meetings it gives after it,
    and the committee's report deadline offsets."""
    pattern = MeetingPattern(PatternKind.WEEKLY, upcoming.date.weekday(), upcoming.start_time,
                             every=data["every_weeks"], starts_on=upcoming.date,
                             skip_months=tuple(data["skip_months"]))
    calendar_service.save_pattern(db, committee_id, pattern)
    preview = calendar_service.preview_next(db, committee_id, upcoming.date,
                                            data["following_meetings"])
    calendar_service.create_meetings(db, committee_id, preview.new_dates, clerk=upcoming.clerk)
    deadlines_service.save_offsets(db, committee_id, DeadlineOffsets(**offsets))


def _entry(committee_id: int, data: dict) -> ForwardPlanEntry:
    return ForwardPlanEntry(
        committee_id=committee_id,
        title=data["title"],
        kind=EntryKind(data["kind"]),
        description=data.get("description", ""),
        sub_group=data.get("sub_group", ""),
        lead_officer=data.get("lead_officer", ""),
        key_decision=data.get("key_decision", False),
        decision_maker=data.get("decision_maker", ""),
        part=data.get("part", 1),
        exempt_paragraphs=data.get("exempt_paragraphs", []),
    )


def _days_before(anchor: date, data: dict, key: str) -> date | None:
    return anchor - timedelta(days=data[key]) if key in data else None


def load_demo_forward_plan(db: Database, committee_id: int) -> None:
    """The demo's forward plan, on the committee's meetings (held, upcoming, then later)."""
    meetings = meeting_repo.for_committee(db, committee_id)
    upcoming_index = 1  # the held meeting comes first (demo_service)
    anchor = meetings[upcoming_index].date
    for data in forward_plan_data()["entries"]:
        entry = _entry(committee_id, data)
        entry.first_published = _days_before(anchor, data, "first_published_days_before")
        entry.notice_28_given = _days_before(anchor, data, "notice_28_days_before")
        if "meeting" in data:
            entry.meeting_id = meetings[upcoming_index + data["meeting"]].id
        elif "month_after" in data:
            after = meetings[upcoming_index + data["month_after"]].date
            entry.target_month = month_key(after.replace(day=1) + timedelta(days=31))
        entry_id = forward_plan_service.add_entry(db, entry)
        if entry.is_standing:
            _place_standing(db, entry_id, entry.title, meetings[:upcoming_index + 1])
        elif "meeting" in data and data["meeting"] <= 0:
            _match_agenda_item(db, entry_id, data["meeting"] < 0)


def _item_titled(db: Database, meeting_id: int, title: str):
    return next((i for i in agenda_repo.items(db, meeting_id) if i.title == title), None)


def _match_agenda_item(db: Database, entry_id: int, held: bool) -> None:
    entry = forward_plan_repo.get(db, entry_id)
    item = _item_titled(db, entry.meeting_id, entry.title)
    if item is None:
        raise ValueError(f"The demo's forward plan names '{entry.title}', which is not on its "
                         "meeting's agenda: correct forward_plan.json.")
    forward_plan_repo.update(db, replace(
        entry, status=EntryStatus.CONSIDERED if held else EntryStatus.ON_AGENDA,
        agenda_item_id=item.id, report_id=report_repo.report_for_item(db, item.id)))


def _place_standing(db: Database, entry_id: int, title: str, meetings: list[Meeting]) -> None:
    for meeting in meetings:
        item = _item_titled(db, meeting.id, title)
        if item is not None:
            forward_plan_repo.place_standing(db, entry_id, meeting.id, item.id)
