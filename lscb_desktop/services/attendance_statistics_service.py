"""Attendance statistics for a committee over a period (by default the current municipal
year, May to April): each member's and each organisation's attendance rate, and their
export as Word and PDF with a table and a bar chart of each."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from ..domain.attendance_statistics import (
    MemberAttendance, OrganisationAttendance, member_attendance, municipal_year_period,
    organisation_attendance,
)
from ..domain.dates import long_date
from ..domain.errors import ValidationError
from ..domain.preferences import COUNCIL_NAME
from ..export.attendance_composer import compose_attendance
from ..store import attendance_statistics_repo
from . import committee_service, settings_service
from .export_service import write_documents

ATTENDANCE_DOCX = "attendance.docx"
ATTENDANCE_PDF = "attendance.pdf"


@dataclass(frozen=True)
class AttendanceStatistics:
    committee_id: int
    committee: str
    date_from: date
    date_to: date
    meetings: int  # meetings in the period with attendance recorded
    members: list[MemberAttendance]
    organisations: list[OrganisationAttendance]


@dataclass(frozen=True)
class AttendanceExport:
    docx: Path
    pdf: Path


def period(date_from: date | None, date_to: date | None,
           today: date | None = None) -> tuple[date, date]:
    """The period asked for, its missing ends taken from the municipal year of `today`."""
    start, end = municipal_year_period(today or date.today())
    chosen = (date_from or start, date_to or end)
    if chosen[0] > chosen[1]:
        raise ValidationError(
            f"The period cannot run from {long_date(chosen[0])} to the earlier "
            f"{long_date(chosen[1])}: make the 'to' date the later one.", "date_to")
    return chosen


def statistics(db: Database, committee_id: int, date_from: date | None = None,
               date_to: date | None = None, today: date | None = None) -> AttendanceStatistics:
    """Each member's meetings expected, attended, apologies, absent and substituted with
    their attendance rate, and each organisation's rate, over the period."""
    committee = committee_service.get_committee(db, committee_id)  # NotFound naming the id
    start, end = period(date_from, date_to, today)
    meetings, records = attendance_statistics_repo.attendance_between(db, committee_id, start,
                                                                      end)
    members = member_attendance(records)
    return AttendanceStatistics(committee_id, committee.name, start, end, meetings, members,
                                organisation_attendance(members))


def export_attendance(db: Database, committee_id: int, out_dir: str | Path,
                      date_from: date | None = None, date_to: date | None = None,
                      today: date | None = None) -> AttendanceExport:
    """Write the statistics to out_dir/attendance.docx and out_dir/attendance.pdf, both or
    neither (ExportError names the folder when it cannot be written)."""
    found = statistics(db, committee_id, date_from, date_to, today)
    document = compose_attendance(found.committee, found.date_from, found.date_to,
                                  found.meetings, found.members, found.organisations,
                                  settings_service.get(db, COUNCIL_NAME))
    docx_path, pdf_path = write_documents(document, out_dir, ATTENDANCE_DOCX, ATTENDANCE_PDF,
                                          "attendance statistics")
    return AttendanceExport(docx_path, pdf_path)
