"""A committee's attendance statistics as a document, as safeguarding boards publish them in
their annual reports: the period, a table and a bar chart of each member's attendance, and
a table and a bar chart of each organisation's."""

from datetime import date

from ..domain.attendance_statistics import MemberAttendance, OrganisationAttendance, percent
from ..domain.dates import long_date
from .document import BarChart, Document, Field, Fields, Heading, Run, Style, Table, para

TITLE = "Attendance statistics"
MEMBER_HEADER = ("Member", "Organisation", "Expected", "Attended", "Apologies", "Absent",
                 "Substituted", "Rate")
MEMBER_ALIGN = ("left", "left") + ("right",) * 6  # counts line up by their units
ORGANISATION_HEADER = ("Organisation", "Members", "Expected", "Attended", "By substitute",
                       "Rate")
ORGANISATION_ALIGN = ("left",) + ("right",) * 5
COUNTING_NOTE = (
    "A member is expected at each meeting held while they were a member. The rate is the "
    "share of expected meetings attended in person. A substitute attending in a member's "
    "place counts towards the organisation's rate, but not towards the member's.")
NO_MEETINGS = "No meeting of the committee in this period has its attendance recorded."


def period_text(date_from: date, date_to: date) -> str:
    return f"{long_date(date_from)} to {long_date(date_to)}"


def member_rows(members: list[MemberAttendance]) -> tuple[tuple[str, ...], ...]:
    return tuple((m.name, m.organisation, str(m.expected), str(m.attended), str(m.apologies),
                  str(m.absent), str(m.substituted), percent(m.rate)) for m in members)


def organisation_rows(organisations: list[OrganisationAttendance]) -> tuple[tuple[str, ...], ...]:
    return tuple((o.name, str(o.members), str(o.expected), str(o.attended), str(o.substituted),
                  percent(o.rate)) for o in organisations)


def _chart(title: str, rated: list, caption: str = "") -> BarChart:
    shown = [r for r in rated if r.rate is not None]
    return BarChart(title, tuple(r.name for r in shown), tuple(r.rate * 100 for r in shown),
                    caption)


def compose_attendance(committee: str, date_from: date, date_to: date, meetings: int,
                       members: list[MemberAttendance],
                       organisations: list[OrganisationAttendance],
                       council_name: str) -> Document:
    period = period_text(date_from, date_to)
    document = Document(title=f"{committee} - {TITLE} - {period}", author=council_name,
                        subject=f"Attendance at meetings of {committee}, {period}")
    document.add(
        para(Run(council_name, bold=True), Style.SMALL),
        Heading(1, committee),
        para(TITLE, Style.SUBTITLE),
        Fields((Field("Period:", period), Field("Meetings:", str(meetings)))),
    )
    if not meetings:
        return document.add(para(NO_MEETINGS))
    document.add(
        para(COUNTING_NOTE),
        Heading(2, "Members"),
        # column widths fitted to the words, so that no heading breaks mid-word
        Table(MEMBER_HEADER, member_rows(members),
              caption=f"Attendance by member, {period}", align=MEMBER_ALIGN),
        _chart(f"Attendance rate by member, {period}", members),
        Heading(2, "Organisations"),
        Table(ORGANISATION_HEADER, organisation_rows(organisations),
              caption=f"Attendance by organisation, {period}",
              align=ORGANISATION_ALIGN),
        _chart(f"Attendance rate by organisation, {period}", organisations,
               "Meetings attended by a member or by a substitute in a member's place."),
    )
    return document
