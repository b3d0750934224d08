"""Members' attendance over many meetings of a committee, in one query, for the attendance
statistics (attendance_repo reads one meeting's)."""

from datetime import date

from sqlite_utils import Database

from ..domain.attendance import AttendanceStatus
from ..domain.attendance_statistics import MeetingAttendance
from ..domain.committee import MemberRole
from .codec import date_in, date_out


def attendance_between(db: Database, committee_id: int, date_from: date,
                       date_to: date) -> tuple[int, list[MeetingAttendance]]:
    """How many of the committee's meetings from `date_from` to `date_to` (both included)
    have attendance recorded, and each member's status at each of them. The organisation is
    the membership's as it stands now ('' when the membership has been deleted)."""
    rows = db.execute(
        "SELECT mt.id, mt.date, a.member_id, a.name, a.role, a.status, "
        "coalesce(m.organisation, '') "
        "FROM attendance a JOIN meetings mt ON mt.id = a.meeting_id "
        "LEFT JOIN members m ON m.id = a.member_id "
        "WHERE mt.committee_id = ? AND mt.date >= ? AND mt.date <= ? "
        "ORDER BY mt.date, a.position",
        [committee_id, date_out(date_from), date_out(date_to)],
    ).fetchall()
    meetings = {meeting_id for meeting_id, *_ in rows}
    return len(meetings), [
        MeetingAttendance(str(member_id) if member_id is not None else f"name:{name}", name,
                          MemberRole(role), organisation, AttendanceStatus(status),
                          date_in(day))
        for _, day, member_id, name, role, status, organisation in rows
    ]
