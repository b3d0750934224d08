"""Meetings."""

from sqlite_utils import Database

from ..domain.meeting import Meeting, MeetingStatus
from .codec import date_in, date_out, time_in, time_out
from ..domain.errors import NotFound


def _row(m: Meeting) -> dict:
    return {
        "committee_id": m.committee_id,
        "date": date_out(m.date),
        "start_time": time_out(m.start_time),
        "venue": m.venue,
        "clerk": m.clerk,
        "status": m.status.value,
        "published_on": date_out(m.published_on),
        "list_future_dates": int(m.list_future_dates),
    }


def _from(row: dict) -> Meeting:
    return Meeting(
        id=row["id"],
        committee_id=row["committee_id"],
        date=date_in(row["date"]),
        start_time=time_in(row["start_time"]),
        venue=row["venue"],
        clerk=row["clerk"],
        status=MeetingStatus(row["status"]),
        published_on=date_in(row["published_on"]),
        list_future_dates=bool(row["list_future_dates"]),
    )


def insert(db: Database, meeting: Meeting) -> int:
    with db.atomic():
        return db["meetings"].insert(_row(meeting)).last_pk


def update(db: Database, meeting: Meeting) -> None:
    with db.atomic():
        get(db, meeting.id)
        db["meetings"].update(meeting.id, _row(meeting))


def delete(db: Database, meeting_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])


def get(db: Database, meeting_id: int) -> Meeting:
    rows = list(db["meetings"].rows_where("id = ?", [meeting_id]))
    if not rows:
        raise NotFound(f"There is no meeting with id {meeting_id}.")
    return _from(rows[0])


def list_all(db: Database) -> list[Meeting]:
    return [_from(r) for r in db["meetings"].rows_where(order_by="date, start_time, id")]


def for_committee(db: Database, committee_id: int) -> list[Meeting]:
    rows = db["meetings"].rows_where(
        "committee_id = ?", [committee_id], order_by="date, start_time, id"
    )
    return [_from(r) for r in rows]
