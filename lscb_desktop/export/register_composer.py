"""The resolutions register as a document: its title, the filters it was drawn with, and a
table of every decision (Date | Committee | Minute | Decision), oldest meeting first."""

from dataclasses import dataclass
from datetime import date

from .document import Document, Field, Fields, Heading, Run, Style, Table, para

TITLE = "Resolutions register"
HEADER = ("Date", "Committee", "Minute", "Decision")
WIDTHS = (0.16, 0.2, 0.24, 0.40)
NOTHING_FOUND = "No decisions match these filters."


@dataclass(frozen=True)
class RegisterLine:
    meeting_date: date
    committee: str
    minute_number: int
    minute_title: str
    part: int
    decision: str  # as the minutes print it ('RESOLVED – That ...')


def short_date(day: date) -> str:
    """'13 Nov 2018': a date that fits a narrow column without wrapping."""
    return f"{day.day} {day:%b %Y}"


def minute_cell(line: RegisterLine) -> str:
    """'23. Voice of Children', marked when the item was exempt (Part 2)."""
    exempt = " (Part 2)" if line.part == 2 else ""
    return f"{line.minute_number}. {line.minute_title.strip()}{exempt}"


def compose_register(lines: list[RegisterLine], filters: list[tuple[str, str]],
                     council_name: str) -> Document:
    """The register of `lines`; `filters` are the labelled conditions it was drawn with
    ("Committee:", "All committees"), stated above the table."""
    count = f"{len(lines)} decision{'' if len(lines) == 1 else 's'}"
    document = Document(title=TITLE, author=council_name,
                        subject=f"{TITLE}: {'; '.join(value for _, value in filters)}")
    document.add(
        para(Run(council_name, bold=True), Style.SMALL),
        Heading(1, TITLE),
        Fields(tuple(Field(label, value) for label, value in filters)
               + (Field("Decisions:", count),)),
    )
    if not lines:
        return document.add(para(NOTHING_FOUND))
    return document.add(Table(
        header=HEADER,
        rows=tuple((short_date(line.meeting_date), line.committee.strip(), minute_cell(line),
                    line.decision) for line in lines),
        widths=WIDTHS,
        caption=f"{TITLE}: {count}, oldest meeting first",
    ))
