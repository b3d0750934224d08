"""Meetings: creating them with their standard items, status, deadlines and future dates."""

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlite_utils import Database

from ..domain.agenda import AgendaItem, ItemKind
from ..domain.dates import weekday_date
from ..domain.deadlines import is_working_day, publication_deadline
from ..domain.errors import ValidationError
from ..domain.meeting import Meeting, MeetingStatus, check_transition
from ..domain.standard_items import MINUTES, minutes_purpose
from ..store import agenda_repo, committee_repo, meeting_repo, minutes_repo
from .settings_service import clear_days


USUAL_INTERVAL = timedelta(weeks=8)  # most committees meet every two months or so
LEAD_TIME = timedelta(weeks=3)  # time to gather reports before the agenda is published


@dataclass(frozen=True)
class MeetingSummary:
    meeting: Meeting
    committee_name: str
    publish_by: date


@dataclass(frozen=True)
class Deadline:
    publish_by: date
    clear_days: int
    passed: bool

    def message(self, today: date) -> str:
        when = weekday_date(self.publish_by)
        if self.passed:
            return (
                f"The publication deadline ({when}) has passed: the agenda no longer gives "
                f"{self.clear_days} clear days. It can be taken only as urgent business."
            )
        if self.publish_by == today:
            return f"Publish today ({when}) to give {self.clear_days} clear days."
        return f"Publish by {when} to give {self.clear_days} clear days."


def get_meeting(db: Database, meeting_id: int) -> Meeting:
    return meeting_repo.get(db, meeting_id)


def previous_meeting(db: Database, committee_id: int, on: date) -> Meeting | None:
    earlier = [m for m in meeting_repo.for_committee(db, committee_id) if m.date < on]
    return earlier[-1] if earlier else None


def create_meeting(
    db: Database,
    committee_id: int,
    meeting_date: date,
    start_time: time | None = None,
    venue: str | None = None,
    clerk: str = "",
) -> int:
    """A draft meeting on the committee's defaults, its agenda opened with the standard items."""
    committee = committee_repo.get(db, committee_id)
    meeting = Meeting(
        committee_id=committee_id,
        date=meeting_date,
        start_time=start_time or committee.default_start_time,
        venue=committee.default_venue if venue is None else venue,
        clerk=clerk,
    )
    meeting.validate()
    before = previous_meeting(db, committee_id, meeting_date)
    items = [
        AgendaItem(
            title=s.title,
            purpose=minutes_purpose(before.date if before else None) if s.key == MINUTES
            else s.purpose,
            kind=ItemKind.STANDARD,
            standard_key=s.key,
            position=i,
        )
        for i, s in enumerate(committee.standard_items)
    ]
    with db.atomic():
        meeting_id = meeting_repo.insert(db, meeting)
        agenda_repo.replace_all(db, meeting_id, items)
    return meeting_id


def update_meeting(db: Database, meeting: Meeting) -> None:
    meeting.validate()
    meeting_repo.update(db, meeting)


def delete_meeting(db: Database, meeting_id: int) -> None:
    meeting_repo.delete(db, meeting_id)


def set_status(db: Database, meeting_id: int, status: MeetingStatus, today: date | None = None):
    """Move the meeting one step; publishing records the day it was published."""
    meeting = meeting_repo.get(db, meeting_id)
    check_transition(meeting.status, status)
    minutes = minutes_repo.find_record(db, meeting_id)
    if meeting.status is MeetingStatus.MINUTES_APPROVED and minutes and minutes.locked:
        raise ValidationError(
            "These minutes were approved as a correct record and are locked: the meeting stays "
            "'Minutes approved'. Record a correction to change them.", "status")
    meeting.status = status
    if status is MeetingStatus.AGENDA_PUBLISHED and meeting.published_on is None:
        meeting.published_on = today or date.today()
    if status is MeetingStatus.DRAFT:
        meeting.published_on = None
    meeting_repo.update(db, meeting)
    return meeting


def deadline(db: Database, meeting: Meeting, today: date | None = None) -> Deadline:
    days = clear_days(db)
    publish_by = publication_deadline(meeting.date, days)
    today = today or date.today()
    published = meeting.status is not MeetingStatus.DRAFT
    return Deadline(publish_by, days, passed=not published and today > publish_by)


def list_meetings(db: Database, committee_id: int | None = None) -> list[MeetingSummary]:
    days = clear_days(db)
    names = {c.id: c.name for c in committee_repo.list_all(db)}
    meetings = (
        meeting_repo.list_all(db) if committee_id is None
        else meeting_repo.for_committee(db, committee_id)
    )
    return [
        MeetingSummary(m, names[m.committee_id], publication_deadline(m.date, days))
        for m in meetings
    ]


def future_meetings(db: Database, meeting: Meeting) -> list[Meeting]:
    """The committee's meetings after this one: the agenda's list of future dates."""
    return [m for m in meeting_repo.for_committee(db, meeting.committee_id) if m.date > meeting.date]


def upcoming_meeting(db: Database, today: date | None = None) -> Meeting | None:
    """The next meeting on or after today (else the latest), to open the application on."""
    today = today or date.today()
    meetings = meeting_repo.list_all(db)
    upcoming = [m for m in meetings if m.date >= today]
    if upcoming:
        return upcoming[0]
    return meetings[-1] if meetings else None


def suggested_date(db: Database, committee_id: int, today: date) -> date:
    """A sensible date for the committee's next meeting: the usual interval after its last
    one, on the same weekday, at least three weeks away and on a working day."""
    meetings = meeting_repo.for_committee(db, committee_id)
    day = meetings[-1].date + USUAL_INTERVAL if meetings else today + 2 * LEAD_TIME
    while day < today + LEAD_TIME:
        day += timedelta(weeks=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
