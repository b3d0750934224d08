"""A meeting's minutes, composed into the document model in the layout councils publish:
the heading sentence, PRESENT, officers in attendance, each numbered minute with its
decisions set apart, the times the meeting ran and the Chairman's signature."""

from itertools import groupby

from ..domain.attendance import (
    Attendance, AttendanceStatus, Attendee, AttendeeKind, names_with_titles, titled_name,
)
from ..domain.committee import Committee, MemberRole
from ..domain.dates import agenda_date, long_date
from ..domain.decisions import DASH, Decision
from ..domain.meeting import Meeting
from ..domain.minutes import Minute, MinutesRecord
from .document import (
    Block, Document, Heading, ItemStyle, NumberedItem, Run, Spacer, Style, para,
)
from .house_style import GROUP_GAP

DRAFT = "DRAFT"
PRESENT = "PRESENT"
OFFICERS_HEADING = "Officers in attendance"
OTHERS_HEADING = "Also present"
MINUTE_HEADING_LEVEL = 2  # each minute is a navigation point under the document's heading
SIGNATURE_LINE = "Signed " + "_" * 34
SIGNATURE_GAP = 30.0  # room above the line for the signature


def heading_sentence(committee: Committee, meeting: Meeting) -> tuple[Run, ...]:
    """'Minutes of a meeting of the **Corporate Parenting Committee** held on Tuesday, 13th
    November, 2018 at Committee Suite 1, Westfields', as the reference sets it."""
    return (Run("Minutes of a meeting of the "), Run(committee.name, bold=True),
            Run(f" held on {agenda_date(meeting.date)} at {meeting.venue.strip()}"))


def _lines(heading: str, lines: list[str]) -> list[Block]:
    """A bold heading line and the lines under it, kept together as one short group."""
    blocks: list[Block] = [para(Run(heading, bold=True), keep_with_next=True)]
    blocks += [para(line, Style.INDENTED, keep_with_next=i < len(lines) - 1)
               for i, line in enumerate(lines)]
    return blocks + [Spacer(GROUP_GAP)]


def present_lines(attendance: list[Attendance]) -> list[str]:
    """The Chairman and Vice-Chairman named with their roles, then the other members present
    ('Councillors A, B and C', co-opted members after them), then each substitute."""
    present = [a for a in attendance if a.status is AttendanceStatus.PRESENT]
    lines = [f"{titled_name(a.name, a.role)} ({a.role.value})" for role in
             (MemberRole.CHAIRMAN, MemberRole.VICE_CHAIRMAN) for a in present if a.role is role]
    others = [(a.name, a.role) for a in present
              if a.role not in (MemberRole.CHAIRMAN, MemberRole.VICE_CHAIRMAN)]
    if others:
        lines.append(names_with_titles(others))
    lines += [f"{a.substitute.strip()} (substitute for {titled_name(a.name, a.role)})"
              for a in attendance if a.status is AttendanceStatus.SUBSTITUTED]
    return lines


def _attendee_line(person: Attendee) -> str:
    return ", ".join(p for p in (person.name.strip(), person.capacity.strip()) if p)


def _decision_blocks(decisions: list[Decision]) -> list[Block]:
    """'RESOLVED – That ...' set apart under the narrative; several decisions under one
    heading numbered (1), (2) ...; a recorded vote after its decision."""
    blocks: list[Block] = []
    for heading, group in groupby(decisions, key=lambda d: d.heading):
        group = list(group)
        blocks.append(Spacer(GROUP_GAP))
        if len(group) == 1:
            blocks.append(para((Run(heading, bold=True), Run(f" {DASH} {group[0].text.strip()}")),
                               Style.INDENTED, keep_with_next=group[0].vote is not None))
            blocks += _vote(group[0])
            continue
        blocks.append(para((Run(heading, bold=True), Run(f" {DASH}")), Style.INDENTED,
                           keep_with_next=True))
        for n, decision in enumerate(group, start=1):
            blocks.append(NumberedItem(f"({n})", (Run(decision.text.strip()),), level=1,
                                       style=ItemStyle.LETTERED,
                                       keep_with_next=decision.vote is not None))
            blocks += _vote(decision)
    return blocks


def _vote(decision: Decision) -> list[Block]:
    if decision.vote is None:
        return []
    return [para(Run(decision.vote.sentence(), italic=True), Style.INDENTED)]


def _minute(minute: Minute) -> list[Block]:
    narrative = [para(text.strip()) for text in minute.narrative.split("\n") if text.strip()]
    title = NumberedItem(str(minute.number), (Run(minute.title.strip().upper(), bold=True),),
                         tuple(narrative), heading_level=MINUTE_HEADING_LEVEL,
                         keep_with_next=bool(minute.decisions))
    return [title, *_decision_blocks(minute.decisions)]


def _presiding(attendance: list[Attendance]) -> str:
    """Who signs: the Chairman if present, else the Vice-Chairman in the chair."""
    present = {a.role: a for a in attendance if a.status is AttendanceStatus.PRESENT}
    if MemberRole.CHAIRMAN in present:
        return f"{titled_name(present[MemberRole.CHAIRMAN].name, MemberRole.CHAIRMAN)} (Chairman)"
    if MemberRole.VICE_CHAIRMAN in present:
        vice = present[MemberRole.VICE_CHAIRMAN]
        return f"{titled_name(vice.name, vice.role)} (Vice-Chairman, in the Chair)"
    return "Chairman"


def _closing(record: MinutesRecord, attendance: list[Attendance]) -> list[Block]:
    """The times the meeting ran and the signature block, kept on one page."""
    blocks: list[Block] = [Spacer(GROUP_GAP * 2)]
    if record.times_sentence():
        blocks.append(para(record.times_sentence(), keep_with_next=True))
    return blocks + [
        Spacer(SIGNATURE_GAP),
        para(SIGNATURE_LINE, keep_with_next=True),
        para(_presiding(attendance)),
    ]


def compose_minutes(
    committee: Committee,
    meeting: Meeting,
    record: MinutesRecord,
    minutes: list[Minute],
    attendance: list[Attendance],
    attendees: list[Attendee],
    council_name: str,
) -> Document:
    """The minutes of `meeting`, numbered minutes in the order taken. Minutes not yet
    approved are watermarked DRAFT."""
    when = long_date(meeting.date)
    document = Document(
        title=f"{committee.name} - Minutes - {when}",
        author=council_name,
        subject=f"Minutes of the meeting of {committee.name} on {when}",
        watermark="" if record.locked else DRAFT,
    )
    # The committee is the title (as on its agenda); the sentence under it is the minutes'
    # formal heading, set as body text as councils print it (a 22 pt sentence would shout).
    document.add(para(Run(council_name, bold=True), Style.SMALL), Heading(1, committee.name),
                 para(heading_sentence(committee, meeting)))
    document.add(*_lines(PRESENT, present_lines(attendance)))
    for heading, kind in ((OFFICERS_HEADING, AttendeeKind.OFFICER),
                          (OTHERS_HEADING, AttendeeKind.OTHER)):
        people = [_attendee_line(p) for p in attendees if p.kind is kind]
        if people:
            document.add(*_lines(heading, people))
    for minute in sorted(minutes, key=lambda m: m.number):
        document.add(*_minute(minute))
    document.add(*_closing(record, attendance))
    return document
