"""Attendance rates over a period, as safeguarding boards publish them in annual reports:
each member's, and each organisation's.

A member is expected at every meeting held while they served (their attendance record for
it). A substitute attending in a member's place counts for the member's organisation, which
was represented, but not for the member, who was not there."""

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from .attendance import AttendanceStatus, bare_name, is_councillor
from .committee import MemberRole
from .dates import municipal_year_start

COUNCIL = "Council"  # where councillors of no named organisation are counted
NO_RATE = "\u2013"  # shown for a rate of nothing expected


@dataclass(frozen=True)
class MeetingAttendance:
    """One member's status at one meeting, with the member's organisation."""

    member_key: str  # the member's id, or their name when the membership has been deleted
    name: str
    role: MemberRole
    organisation: str
    status: AttendanceStatus
    meeting_date: date


def organisation_of(organisation: str, role: MemberRole) -> str:
    """The group a member's attendance counts towards: their organisation, else the Council
    for a councillor, else their role ("Co-opted member")."""
    if organisation.strip():
        return organisation.strip()
    return COUNCIL if is_councillor(role) else role.value


def rate(attended: int, expected: int) -> float | None:
    return attended / expected if expected else None


def percent(value: float | None) -> str:
    """'83%' (halves rounded up, as people expect), or a dash when nothing was expected."""
    return NO_RATE if value is None else f"{int(value * 100 + 0.5)}%"


@dataclass(frozen=True)
class MemberAttendance:
    name: str
    role: MemberRole
    organisation: str
    expected: int
    attended: int
    apologies: int
    absent: int
    substituted: int

    @property
    def rate(self) -> float | None:
        return rate(self.attended, self.expected)


@dataclass(frozen=True)
class OrganisationAttendance:
    name: str
    members: int
    expected: int
    attended: int  # by its members in person
    substituted: int  # by a substitute in a member's place

    @property
    def rate(self) -> float | None:
        return rate(self.attended + self.substituted, self.expected)


def member_attendance(records: list[MeetingAttendance]) -> list[MemberAttendance]:
    """Each member's counts, Chairman first, then Vice-Chairman, then by name (titles
    aside). A member's
    name, role and organisation are those of their latest meeting."""
    order = {role: i for i, role in enumerate(MemberRole)}
    members = []
    for _, group in groupby(sorted(records, key=lambda r: (r.member_key, r.meeting_date)),
                            key=lambda r: r.member_key):
        group = list(group)
        latest = group[-1]
        count = {status: sum(1 for r in group if r.status is status) for status in
                 AttendanceStatus}
        members.append(MemberAttendance(
            latest.name, latest.role, organisation_of(latest.organisation, latest.role),
            len(group), count[AttendanceStatus.PRESENT], count[AttendanceStatus.APOLOGIES],
            count[AttendanceStatus.ABSENT], count[AttendanceStatus.SUBSTITUTED]))
    return sorted(members, key=lambda m: (order[m.role], bare_name(m.name).casefold()))


def organisation_attendance(members: list[MemberAttendance]) -> list[OrganisationAttendance]:
    """Each organisation's counts over its members, the Council first, then by name."""
    by_name: dict[str, list[MemberAttendance]] = {}
    for member in members:
        by_name.setdefault(member.organisation, []).append(member)
    found = [OrganisationAttendance(name, len(group), sum(m.expected for m in group),
                                    sum(m.attended for m in group),
                                    sum(m.substituted for m in group))
             for name, group in by_name.items()]
    return sorted(found, key=lambda o: (o.name != COUNCIL, o.name.casefold()))


def municipal_year_period(today: date) -> tuple[date, date]:
    """The municipal year (May to April) containing `today`: its first and last days."""
    start = municipal_year_start(today)
    return start, date(start.year + 1, 4, 30)
