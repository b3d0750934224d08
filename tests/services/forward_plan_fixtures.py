"""A committee with a calendar of meetings in 2019 and a helper to plan entries for them."""

from dataclasses import dataclass
from datetime import date, time

from lscb_desktop.domain.calendar_pattern import MeetingPattern, PatternKind
from lscb_desktop.domain.committee import Committee, StandardItem
from lscb_desktop.domain.forward_plan import EntryKind, ForwardPlanEntry
from lscb_desktop.services import calendar_service, committee_service, forward_plan_service

# The third Tuesday of alternate months from May, at 4.00 pm, except in August.
PATTERN = MeetingPattern(PatternKind.MONTHLY, 1, time(16), week_of_month=3, every=2)


@dataclass
class Plan:
    committee_id: int
    meetings: list[int]  # ids, by date: 21 May, 16 Jul, 17 Sep, 19 Nov 2019, 21 Jan, 17 Mar 2020


def committee(db, name="Corporate Parenting Committee", venue="Committee Suite 2/3") -> int:
    return committee_service.create_committee(db, Committee(
        name, venue, standard_items=[StandardItem("apologies", "Apologies for Absence")]))


def planned_year(db) -> Plan:
    committee_id = committee(db)
    calendar_service.save_pattern(db, committee_id, PATTERN)
    return Plan(committee_id, calendar_service.create_year(db, committee_id, 2019))


def add(db, plan: Plan, title: str, meeting: int | None = None, **kw) -> int:
    """Plan an entry for the `meeting`-th meeting of the year (None: no meeting)."""
    kw.setdefault("kind", EntryKind.REPORT)
    return forward_plan_service.add_entry(db, ForwardPlanEntry(
        plan.committee_id, title, meeting_id=None if meeting is None else plan.meetings[meeting],
        **kw))


MEETING_DATES = [date(2019, 5, 21), date(2019, 7, 16), date(2019, 9, 17), date(2019, 11, 19),
                 date(2020, 1, 21), date(2020, 3, 17)]
