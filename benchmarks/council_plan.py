"""What the scale benchmark's council did, as domain objects: committees with their members
(elected for four-year terms) and officers, and for each meeting its agenda, the reports on it,
who attended, the declarations, the minutes' words and decisions, and the actions.

A plan says only what people chose (titles, words, who sent apologies); everything the
application derives (minute numbers, the exclusion minute, the apologies minute, report headers
from the meeting) is left to the writers: bulk_writer.py derives it with the services' own
rules, service_writer.py by calling the services."""

from dataclasses import dataclass, field
from datetime import date, time, timedelta

from lscb_desktop.domain.actions import Action, ActionStatus
from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.attendance import AttendanceStatus, Attendee, AttendeeKind
from lscb_desktop.domain.committee import Committee, Member, MemberRole, Officer
from lscb_desktop.domain.decisions import Decision, DecisionKind, Vote
from lscb_desktop.domain.declarations import InterestKind
from lscb_desktop.domain.deadlines import is_working_day, publication_deadline
from lscb_desktop.domain.report import Report, new_report
from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.domain.report_parts import BackgroundPaper, ContactDetails
from lscb_desktop.domain.standard_items import default_standard_items
from lscb_desktop.domain.templates import builtin_templates

from .council_text import CouncilText

TEMPLATE_ID = "committee-report"
COMMITTEE_NAMES = """
    Corporate Parenting Committee|Children and Families Committee|Adults and Health Committee|
    Cabinet|Audit and Governance Committee|Strategic Planning Board|Northern Planning Committee|
    Southern Planning Committee|Licensing Committee|Health and Wellbeing Board|Local Safeguarding
    Children Board|Safeguarding Adults Board|Schools Forum|Environment and Communities Committee|
    Highways and Transport Committee|Economy and Growth Committee|Finance Sub-Committee|Standards
    Committee|Staffing Committee|Pensions Committee|Corporate Policy Committee|Scrutiny
    Committee|Public Rights of Way Committee|Constitution Committee|Appeals Sub-Committee|Housing
    Committee|Community Safety Partnership|Youth Justice Management Board|Standing Advisory
    Council on Religious Education|Member Development Group
""".replace("\n", " ").split("|")
COMMITTEE_NAMES = [" ".join(n.split()) for n in COMMITTEE_NAMES]
TERM_YEARS = 4  # members are elected for four years
REPORTS_PER_MEETING = 3


@dataclass
class ItemPlan:
    item: AgendaItem
    report: Report | None = None  # written by the item's presenter; header filled from it
    narrative: str = ""
    decisions: list[Decision] = field(default_factory=list)


@dataclass
class MeetingPlan:
    date: date
    clerk: str
    published_on: date
    items: list[ItemPlan]  # business items in the order added (Part 1, then Part 2)
    absent: dict[int, tuple[AttendanceStatus, str]]  # member index -> status, substitute
    attendees: list[Attendee]
    declarations: list[tuple[int, int, InterestKind, str]]  # member, item index, kind, words
    commenced: time
    concluded: time
    actions: list[tuple[int, Action]]  # item index, action


@dataclass
class CommitteePlan:
    committee: Committee
    members: list[Member]
    officers: list[Officer]
    meetings: list[MeetingPlan]


def committee_name(index: int) -> str:
    name = COMMITTEE_NAMES[index % len(COMMITTEE_NAMES)]
    return name if index < len(COMMITTEE_NAMES) else f"{name} ({index // len(COMMITTEE_NAMES) + 1})"


def meeting_dates(first_year: int, years: int, per_year: int, weekday: int) -> list[date]:
    """`per_year` meetings in each municipal year from `first_year`, spread from June (after
    the annual meeting in May) to April, on `weekday`, moved on past a bank holiday."""
    step = timedelta(days=330 // per_year)
    dates = []
    for year in range(first_year, first_year + years):
        for n in range(per_year):
            day = date(year, 6, 1) + n * step
            day += timedelta(days=(weekday - day.weekday()) % 7)
            while not is_working_day(day):
                day += timedelta(days=1)
            dates.append(day)
    return dates


def plan_council(committees: int, years: int, per_year: int, first_year: int = 2005,
                 seed: int = 1972):
    """Yield one CommitteePlan at a time (a council's twenty years do not fit in memory as
    objects all at once)."""
    template = next(t for t in builtin_templates() if t.id == TEMPLATE_ID)
    for index in range(committees):
        text = CouncilText(seed * 1000 + index)
        yield _plan_committee(text, index, years, per_year, first_year, template)


def _plan_committee(text: CouncilText, index: int, years: int, per_year: int,
                    first_year: int, template) -> CommitteePlan:
    committee = Committee(
        name=committee_name(index), default_venue=f"Council Chamber, {text.place()} Town Hall",
        default_start_time=time(10 + index % 8, 0 if index % 3 else 30),
        terms_of_reference=text.paragraph("the committee's remit", (2, 3)),
        standard_items=default_standard_items())
    members = _members(text, first_year, years)
    officers = [Officer(text.person(), text.job_title(), f"officer{i}@council.gov.uk",
                        f"01234 56{i:04d}") for i in range(4)]
    clerk = text.person()
    meetings = [_plan_meeting(text, day, committee, members, officers, clerk, template)
                for day in meeting_dates(first_year, years, per_year, index % 4)]
    return CommitteePlan(committee, members, officers, meetings)


def _members(text: CouncilText, first_year: int, years: int) -> list[Member]:
    members = []
    for start in range(first_year, first_year + years, TERM_YEARS):
        begins = date(start, 5, 1)
        ends = None if start + TERM_YEARS >= first_year + years else date(start + TERM_YEARS, 4, 30)
        roles = ([MemberRole.CHAIRMAN, MemberRole.VICE_CHAIRMAN] + [MemberRole.MEMBER] * 7
                 + [MemberRole.CO_OPTED, MemberRole.SUBSTITUTE])
        for role in roles:
            organisation = "Diocese of Felpersham" if role is MemberRole.CO_OPTED else ""
            members.append(Member(text.person(), role, organisation, start_date=begins,
                                  end_date=ends))
    return members


def _plan_meeting(text, day, committee, members, officers, clerk, template) -> MeetingPlan:
    rnd = text.rnd
    business = rnd.randint(5, 7)
    part_two = 1 if rnd.random() < 0.2 else 0
    items = []
    for n in range(business):
        topic = text.topic()
        is_part_two = n >= business - part_two
        kind = ItemKind.REPORT if n < REPORTS_PER_MEETING else ItemKind.VERBAL
        item = AgendaItem(
            title=f"{topic[0].upper()}{topic[1:]}" + (" update" if kind is ItemKind.VERBAL else ""),
            purpose=f"To consider the {'report' if kind is ItemKind.REPORT else 'update'} "
                    f"on {topic}.",
            presenter=f"{text.person()}, {text.job_title()}", kind=kind,
            part=2 if is_part_two else 1, exempt_paragraphs=[1, 3] if is_part_two else [])
        report = _report(text, template, item, topic) if kind is ItemKind.REPORT else None
        decisions = [_decision(text, topic) for _ in range(rnd.choice([1, 1, 1, 2, 3]))]
        items.append(ItemPlan(item, report, text.paragraph(topic, (2, 6)), decisions))
    serving = [i for i, m in enumerate(members) if m.serves_on(day)
               and m.role is not MemberRole.SUBSTITUTE]
    substitute = next((m.name for m in members if m.serves_on(day)
                       and m.role is MemberRole.SUBSTITUTE), "")
    absent = {}
    for i in serving:
        roll = rnd.random()
        if roll < 0.12:
            absent[i] = (AttendanceStatus.APOLOGIES, "")
        elif roll < 0.15 and substitute:
            absent[i] = (AttendanceStatus.SUBSTITUTED, f"Councillor {substitute}")
        elif roll < 0.17:
            absent[i] = (AttendanceStatus.ABSENT, "")
    present = [i for i in serving if i not in absent]
    declarations = []
    if present and rnd.random() < 0.2:
        declarations.append((rnd.choice(present), rnd.randrange(business),
                             rnd.choice(list(InterestKind)),
                             f"as a governor of a school in {text.place()}"))
    attendees = [Attendee(o.name, o.job_title, AttendeeKind.OFFICER)
                 for o in rnd.sample(officers, rnd.randint(2, 3))]
    start = committee.default_start_time
    minutes_run = rnd.randint(70, 190)
    end_minute = start.hour * 60 + start.minute + minutes_run
    actions = []
    for _ in range(rnd.choice([0, 1, 1, 2, 3])):
        at = rnd.randrange(business)
        actions.append((at, Action(
            text.action(items[at].item.title.lower()), rnd.choice(officers).name,
            day + timedelta(weeks=rnd.randint(3, 10)),
            ActionStatus.DONE if rnd.random() < 0.9 else ActionStatus.OPEN)))
    return MeetingPlan(day, clerk, publication_deadline(day), items, absent, attendees,
                       declarations, start, time(end_minute // 60, end_minute % 60), actions)


def _decision(text: CouncilText, topic: str) -> Decision:
    roll = text.rnd.random()
    if roll < 0.1:
        return Decision(text.decision(topic), DecisionKind.RECOMMENDED, "Cabinet")
    if roll < 0.15:
        against = text.rnd.randint(0, 4)
        return Decision(text.decision(topic), vote=Vote(text.rnd.randint(5, 9), against, 1))
    return Decision(text.decision(topic))


def _report(text: CouncilText, template, item: AgendaItem, topic: str) -> Report:
    """A complete committee report: the completeness check lets it be published."""
    report = new_report(template)
    author = item.presenter
    report.header.update(report_title=item.title, report_of=author,
                         senior_officer=f"{text.person()}, Director", key_decision="No",
                         portfolio_holder=f"Councillor {text.person()}", wards_affected="All wards")
    sizes = {"summary": 2, "reasons": 1, "options": 1, "background": text.rnd.randint(3, 7),
             "wards": 1, "consultation": 1}
    for section in report.sections:
        for _ in range(sizes.get(section.key, 0)):
            section.blocks.append(Paragraph(text.paragraph(topic)))
        for sub in section.subsections:
            sub.blocks.append(Paragraph("None." if text.rnd.random() < 0.4
                                        else text.paragraph(topic, (1, 2))))
    report.recommendations.items = [f"Note the {topic} {text.pick(['report', 'update'])}.",
                                    f"Agree the next steps on {topic}."][:text.rnd.randint(1, 2)]
    report.background_papers = [BackgroundPaper(f"Review of {topic}", "March 2018", author)]
    name = author.split(",")[0]
    report.contact = ContactDetails(name, author.split(", ")[1],
                                    f"{name.replace(' ', '.').lower()}@council.gov.uk",
                                    "01234 567890")
    return report
