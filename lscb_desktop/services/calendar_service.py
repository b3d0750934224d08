"""The meeting calendar: a committee's meeting-date pattern, the meetings it gives for a
municipal year (previewed, then created), and every committee's meetings on one calendar.

Meetings are created through meeting_service.create_meeting, so each opens its agenda with
the committee's standard items; single dates are adjusted afterwards with
meeting_service.update_meeting. The agenda's list of future dates reads the meetings table
(meeting_service.future_meetings), so created meetings appear there without more ado.
"""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..domain.calendar_pattern import (
    MeetingPattern, ProposedMeeting, SkippedDate, meetings_in_year, municipal_year_bounds,
    next_meetings,
)
from ..domain.dates import municipal_year
from ..domain.errors import ValidationError
from ..store import calendar_repo, committee_repo, meeting_repo
from . import meeting_service


@dataclass(frozen=True)
class ProposedDate:
    """A date the pattern gives; `existing_meeting_id` when the committee meets that day
    already (creating skips it)."""

    meeting: ProposedMeeting
    existing_meeting_id: int | None = None


@dataclass(frozen=True)
class CalendarPreview:
    committee_id: int
    pattern: str  # the pattern in words, e.g. 'The third Tuesday of alternate months ...'
    dates: list[ProposedDate]
    skipped: list[SkippedDate]  # the pattern's dates that get no meeting, with the reason

    @property
    def new_dates(self) -> list[ProposedMeeting]:
        return [d.meeting for d in self.dates if d.existing_meeting_id is None]


def get_pattern(db: Database, committee_id: int) -> MeetingPattern | None:
    """The committee's pattern, or None while it has none (NotFound for no committee)."""
    committee_repo.get(db, committee_id)
    return calendar_repo.pattern(db, committee_id)


def save_pattern(db: Database, committee_id: int, pattern: MeetingPattern) -> None:
    """Set (or replace) the committee's pattern; meetings already created stay as they are."""
    committee_repo.get(db, committee_id)
    pattern.validate()
    calendar_repo.save_pattern(db, committee_id, pattern)


def clear_pattern(db: Database, committee_id: int) -> None:
    calendar_repo.delete_pattern(db, committee_id)


def _pattern_or_refuse(db: Database, committee_id: int) -> MeetingPattern:
    pattern = get_pattern(db, committee_id)
    if pattern is None:
        name = committee_repo.get(db, committee_id).name
        raise ValidationError(
            f"'{name}' has no meeting pattern yet: set one (for example the third Tuesday of "
            "alternate months at 4.00 pm) before generating its meetings, or add meetings one "
            "by one.", "pattern")
    return pattern


def _with_existing(db: Database, committee_id: int, pattern: MeetingPattern,
                   proposed: list[ProposedMeeting], skipped: list[SkippedDate]):
    taken = {m.date: m.id for m in meeting_repo.for_committee(db, committee_id)}
    dates = [ProposedDate(p, taken.get(p.date)) for p in proposed]
    return CalendarPreview(committee_id, pattern.describe(), dates, skipped)


def preview_year(db: Database, committee_id: int, start_year: int) -> CalendarPreview:
    """The meetings the committee's pattern gives for the municipal year starting in May of
    `start_year` (2019 for '2019/20'), marking the dates it meets on already. Changes nothing.
    ValidationError when the committee has no pattern."""
    pattern = _pattern_or_refuse(db, committee_id)
    preview = meetings_in_year(pattern, start_year)
    return _with_existing(db, committee_id, pattern, preview.proposed, preview.skipped)


def preview_next(db: Database, committee_id: int, after: date, count: int) -> CalendarPreview:
    """The committee's next `count` meetings by its pattern after `after` (whatever the
    municipal year), marking the dates it meets on already. Changes nothing."""
    pattern = _pattern_or_refuse(db, committee_id)
    return _with_existing(db, committee_id, pattern, next_meetings(pattern, after, count), [])


def create_meetings(db: Database, committee_id: int, dates: list[ProposedMeeting],
                    clerk: str = "") -> list[int]:
    """Create a draft meeting on each date (at its time, in the committee's usual venue),
    skipping dates the committee meets on already; all or nothing. The new meetings' ids."""
    committee_repo.get(db, committee_id)
    taken = {m.date for m in meeting_repo.for_committee(db, committee_id)}
    created = []
    with db.atomic():
        for proposed in sorted(dates, key=lambda p: p.date):
            if proposed.date in taken:
                continue
            created.append(meeting_service.create_meeting(
                db, committee_id, proposed.date, proposed.start_time, clerk=clerk))
            taken.add(proposed.date)
    return created


def create_year(db: Database, committee_id: int, start_year: int, clerk: str = "") -> list[int]:
    """Create the meetings preview_year shows as new; the new meetings' ids."""
    return create_meetings(db, committee_id, preview_year(db, committee_id, start_year).new_dates,
                           clerk)


def calendar(db: Database, start: date, end: date) -> list[meeting_service.MeetingSummary]:
    """Every committee's meetings from `start` to `end` inclusive, by date and time, each with
    its committee's name and publication deadline: one calendar for the whole council."""
    if end < start:
        raise ValidationError("The calendar's end date is before its start date: swap them.",
                              "end")
    return [s for s in meeting_service.list_meetings(db) if start <= s.meeting.date <= end]


def year_calendar(db: Database, start_year: int) -> list[meeting_service.MeetingSummary]:
    """Every committee's meetings in the municipal year starting in May of `start_year`."""
    return calendar(db, *municipal_year_bounds(start_year))


def year_label(start_year: int) -> str:
    """'2019/20' for the municipal year starting in May 2019."""
    return municipal_year(date(start_year, 5, 1))
