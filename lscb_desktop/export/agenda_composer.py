"""The agenda front sheet, composed from the meeting's records into the document model in the
layout councils publish: committee, Date/Time/Venue, the Part 1 / Part 2 explanation, the
numbered items with their purpose lines, future meeting dates, then Part 2."""

from collections.abc import Mapping

from ..domain.agenda import AgendaItem, numbered
from ..domain.committee import Committee, Officer
from ..domain.dates import agenda_date, clock_time, long_date, municipal_year, weekday_date
from ..domain.exemptions import SCHEDULE_12A_PARAGRAPHS, describe_paragraphs
from ..domain.meeting import Meeting
from .document import Document, Field, Fields, Heading, NumberedItem, Run, Spacer, Style, para
from .house_style import GROUP_GAP

PARTS_EXPLANATION = (
    "The agenda is divided into 2 parts. Part 1 is taken in the presence of the public and "
    "press. Part 2 items will be considered in the absence of the public and press for the "
    "reasons indicated on the agenda and in the report."
)
PART_1_HEADING = "PART 1 – MATTERS TO BE CONSIDERED WITH THE PUBLIC AND PRESS PRESENT"
PART_2_HEADING = "PART 2 – MATTERS TO BE CONSIDERED WITHOUT THE PUBLIC AND PRESS PRESENT"
NO_PART_2_ITEMS = "THERE ARE NO PART 2 ITEMS"
EXCLUSION_TITLE = "Exclusion of the Press and Public"
EXCLUSION_INTRO = "To consider passing the following resolution:"
EXCLUSION_RESOLUTION = (
    "That under Section 100(A)4 of the Local Government Act 1972 the public and press be "
    "excluded from the meeting for the following items of business on the grounds that they "
    "involve the likely disclosure of exempt information as defined in {paragraphs} of Part 1 "
    "of Schedule 12A to the Act and the public interest would not be served in publishing "
    "the information."
)

FUTURE_DATES_HEADING = "Future Meeting Dates"
ITEM_HEADING_LEVEL = 3  # items are navigation points under the Part headings (level 2)

PageRanges = Mapping[int, tuple[int, int]]


def page_range_text(first: int, last: int) -> str:
    return f"(Page {first})" if first == last else f"(Pages {first} - {last})"


def contact_text(clerk: str, officer: Officer | None) -> str:
    """'Ben Tranter, Democratic Services Officer, 01632 960104, ben@...' as far as known."""
    details = [officer.job_title, officer.phone, officer.email] if officer else []
    return ", ".join([clerk.strip(), *(d.strip() for d in details if d.strip())])


def _item(number: int, item: AgendaItem, page_ranges: PageRanges) -> NumberedItem:
    runs = [Run(item.title, bold=True)]
    if item.id in page_ranges:
        runs.append(Run(" " + page_range_text(*page_ranges[item.id])))
    body = [para(item.purpose)] if item.purpose.strip() else []
    for paragraph in item.exempt_paragraphs:
        meaning = SCHEDULE_12A_PARAGRAPHS[paragraph]
        body.append(para(Run(f"Exempt under Paragraph {paragraph}: {meaning}", italic=True)))
    return NumberedItem(f"{number}.", tuple(runs), tuple(body),
                        heading_level=ITEM_HEADING_LEVEL, keep_together=True)


def _future_dates(meeting: Meeting, future: list[Meeting]) -> list:
    """Under a 'Future Meeting Dates' heading, the dates grouped by municipal year: those of
    the current year 'have been agreed', later years' 'are proposed' (as agendas put it)."""
    blocks, this_year = [Heading(ITEM_HEADING_LEVEL, FUTURE_DATES_HEADING)], municipal_year(meeting.date)
    years: dict[str, list[Meeting]] = {}
    for later in sorted(future, key=lambda m: (m.date, m.start_time)):
        years.setdefault(municipal_year(later.date), []).append(later)
    for year, meetings in years.items():
        if year == this_year:
            intro = f"The following dates have been agreed for the remainder of {year}:"
        else:
            intro = f"The following dates are proposed for {year}:"
        blocks += [Spacer(GROUP_GAP), para(intro, keep_with_next=True)]
        # A short list: kept on one page with its introduction.
        blocks += [
            para(f"{clock_time(m.start_time)} {weekday_date(m.date)}", Style.INDENTED,
                 keep_with_next=i < len(meetings) - 1)
            for i, m in enumerate(meetings)
        ]
    return blocks


def _exclusion(part_2: list[AgendaItem]) -> NumberedItem:
    cited = describe_paragraphs([p for item in part_2 for p in item.exempt_paragraphs])
    return NumberedItem(
        "",
        (Run(EXCLUSION_TITLE, bold=True),),
        (para(EXCLUSION_INTRO), para(EXCLUSION_RESOLUTION.format(paragraphs=cited))),
        keep_together=True,
    )


def compose_agenda(
    committee: Committee,
    meeting: Meeting,
    items: list[AgendaItem],
    future_meetings: list[Meeting],
    council_name: str,
    clerk_contact: Officer | None = None,
    page_ranges: PageRanges | None = None,
) -> Document:
    """The front sheet of `meeting`'s agenda. `page_ranges` maps item ids to the pages of
    their papers in the pack; `clerk_contact` adds the clerk's details to the contact line."""
    page_ranges = page_ranges or {}
    when = long_date(meeting.date)
    document = Document(
        title=f"{committee.name} - Agenda - {when}",
        author=council_name,
        subject=f"Agenda for the meeting of {committee.name} on {when}",
    )
    fields = [
        Field("Date:", agenda_date(meeting.date)),
        Field("Time:", clock_time(meeting.start_time)),
        Field("Venue:", meeting.venue),
    ]
    if meeting.clerk.strip():
        fields.append(Field("Contact:", contact_text(meeting.clerk, clerk_contact)))
    document.add(
        para(Run(council_name, bold=True), Style.SMALL),
        Heading(1, committee.name),
        para("Agenda", Style.SUBTITLE),
        Fields(tuple(fields)),
        para(PARTS_EXPLANATION),
        Heading(2, PART_1_HEADING),
    )
    agenda = numbered(items)
    document.add(*(_item(n, item, page_ranges) for n, item in agenda if item.part == 1))
    if meeting.list_future_dates and future_meetings:
        document.add(*_future_dates(meeting, future_meetings))
    part_2 = [(n, item) for n, item in agenda if item.part == 2]
    if not part_2:
        document.add(para(NO_PART_2_ITEMS, Style.CAPS))
        return document
    document.add(Heading(2, PART_2_HEADING), _exclusion([item for _, item in part_2]))
    document.add(*(_item(n, item, page_ranges) for n, item in part_2))
    return document
