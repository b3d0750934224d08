"""A committee's meeting-date pattern and its report deadline offsets (one row each)."""

import json

from sqlite_utils import Database

from ..domain.calendar_pattern import MeetingPattern, PatternKind
from ..domain.report_deadlines import DeadlineOffsets
from .codec import date_in, date_out, time_in, time_out


def _pattern_row(committee_id: int, p: MeetingPattern) -> dict:
    return {
        "committee_id": committee_id,
        "kind": p.kind.value,
        "weekday": p.weekday,
        "start_time": time_out(p.start_time),
        "week_of_month": p.week_of_month,
        "every": p.every,
        "first_month": p.first_month,
        "starts_on": date_out(p.starts_on),
        "skip_months": json.dumps(sorted(set(p.skip_months))),
    }


def _pattern_from(row: dict) -> MeetingPattern:
    return MeetingPattern(
        kind=PatternKind(row["kind"]),
        weekday=row["weekday"],
        start_time=time_in(row["start_time"]),
        week_of_month=row["week_of_month"],
        every=row["every"],
        first_month=row["first_month"],
        starts_on=date_in(row["starts_on"]),
        skip_months=tuple(json.loads(row["skip_months"])),
    )


def pattern(db: Database, committee_id: int) -> MeetingPattern | None:
    rows = list(db["meeting_patterns"].rows_where("committee_id = ?", [committee_id]))
    return _pattern_from(rows[0]) if rows else None


def save_pattern(db: Database, committee_id: int, p: MeetingPattern) -> None:
    with db.atomic():
        db["meeting_patterns"].upsert(_pattern_row(committee_id, p), pk="committee_id")


def delete_pattern(db: Database, committee_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM meeting_patterns WHERE committee_id = ?", [committee_id])


def offsets(db: Database, committee_id: int) -> DeadlineOffsets:
    """The committee's offsets, or the defaults when it has set none."""
    rows = list(db["report_deadline_offsets"].rows_where("committee_id = ?", [committee_id]))
    if not rows:
        return DeadlineOffsets()
    return DeadlineOffsets(rows[0]["draft_working_days"], rows[0]["final_working_days"])


def save_offsets(db: Database, committee_id: int, o: DeadlineOffsets) -> None:
    with db.atomic():
        db["report_deadline_offsets"].upsert(
            {"committee_id": committee_id, "draft_working_days": o.draft_working_days,
             "final_working_days": o.final_working_days}, pk="committee_id")
