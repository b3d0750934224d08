"""A meeting file's data turned into domain records, and checked against the domain rules
(a Part 2 item cites its exempt paragraphs, a membership ends after it starts, only a report
item has a report ...). Runs after the schema check, so every key here has the right type;
optional keys missing from the file take the application's defaults."""

from dataclasses import dataclass, replace
from datetime import date, time

from ..domain.agenda import AgendaItem, ItemKind, normalised
from ..domain.committee import Committee, Member, MemberRole, MinuteNumbering, Officer, StandardItem
from ..domain.exemptions import validate_paragraphs
from ..domain.meeting import Meeting, MeetingStatus
from ..domain.standard_items import default_standard_items
from .meeting_file_minutes_reading import FileMinutes, read_minutes
from .meeting_file_reports import FileReport, read_report
from .meeting_file_schema import MeetingFileError, checked


@dataclass
class MeetingFileContents:
    committee: Committee
    members: list[Member]
    officers: list[Officer]
    meeting: Meeting  # committee_id is None until the committee is found or created
    items: list[AgendaItem]  # in agenda order: Part 1, then Part 2
    reports: list[FileReport | None]  # each item's report (version 2 on), beside `items`
    places: list[int]  # each item's place in the file's `meeting.items`, beside `items`
    minutes: FileMinutes | None  # version 3 on; None while the minutes are not started


def read_contents(data: dict) -> MeetingFileContents:
    """The file's records, checked in the file's order, so the first problem is reported."""
    committee, meeting = data["committee"], data["meeting"]
    contents = MeetingFileContents(
        committee=_committee(committee),
        members=[_member(m, i) for i, m in enumerate(committee["members"])],
        officers=[_officer(o, i) for i, o in enumerate(committee.get("officers", []))],
        meeting=_meeting(meeting),
        items=[],
        reports=[],
        places=[],
        minutes=None,
    )
    triples = []
    for index, data_item in enumerate(meeting["items"]):
        item = _item(data_item, index)
        triples.append((item, read_report(data_item.get("report"), item,
                                          f"meeting.items[{index}].report"), index))
    # Part 1 first, each part in the file's order, as normalised() puts the items: a stable
    # sort on the part keeps each report and place beside its item.
    in_order = sorted(triples, key=lambda triple: triple[0].part)
    contents.items = normalised([item for item, _, _ in in_order])
    contents.reports = [report for _, report, _ in in_order]
    contents.places = [place for _, _, place in in_order]
    contents.minutes = read_minutes(meeting.get("minutes"), contents.meeting, len(triples))
    return contents


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _committee(data: dict) -> Committee:
    defaults = Committee(name=data["name"])
    standard = data.get("standard_items")
    return checked(
        Committee(
            name=data["name"].strip(),
            default_venue=data.get("default_venue", defaults.default_venue),
            default_start_time=time.fromisoformat(data["default_start_time"])
            if "default_start_time" in data else defaults.default_start_time,
            minute_numbering=MinuteNumbering(
                data.get("minute_numbering", defaults.minute_numbering.value)),
            terms_of_reference=data.get("terms_of_reference", ""),
            standard_items=default_standard_items() if standard is None else [
                StandardItem(s["key"], s["title"].strip(), s.get("purpose", "")) for s in standard
            ],
        ),
        "committee",
    )


def _member(data: dict, index: int) -> Member:
    return checked(
        Member(
            name=data["name"].strip(),
            role=MemberRole(data["role"]),
            organisation=data.get("organisation", ""),
            start_date=_date(data.get("start_date")),
            end_date=_date(data.get("end_date")),
        ),
        f"committee.members[{index}]",
    )


def _officer(data: dict, index: int) -> Officer:
    return checked(
        Officer(
            name=data["name"].strip(),
            job_title=data.get("job_title", ""),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
        ),
        f"committee.officers[{index}]",
    )


def _meeting(data: dict) -> Meeting:
    meeting = checked(
        Meeting(
            committee_id=None,
            date=date.fromisoformat(data["date"]),
            start_time=time.fromisoformat(data["start_time"]),
            venue=data["venue"],
            clerk=data.get("clerk", ""),
            status=MeetingStatus(data.get("status", MeetingStatus.DRAFT.value)),
            published_on=_date(data.get("published_on")),
            list_future_dates=data.get("list_future_dates", True),
        ),
        "meeting",
    )
    if meeting.status is MeetingStatus.DRAFT and meeting.published_on:
        raise MeetingFileError(
            "a draft meeting has not been published: remove the date, or give the meeting "
            "the status it had when the agenda was published",
            "meeting.published_on",
        )
    return meeting


def _item(data: dict, index: int) -> AgendaItem:
    where = f"meeting.items[{index}]"
    key = data.get("standard_key")
    kind = ItemKind(data.get("kind", "standard" if key else "report"))
    if kind is ItemKind.STANDARD and not key:
        raise MeetingFileError(
            "a standard item names its key (apologies, declarations, minutes, or another of "
            "the committee's standard items): add it, or give the item another kind",
            f"{where}.standard_key",
        )
    if kind is not ItemKind.STANDARD and key:
        raise MeetingFileError(
            f"only standard items have a key, and this one is a {kind.value} item: remove the "
            'key, or make the item\'s kind "standard"',
            f"{where}.standard_key",
        )
    item = checked(
        AgendaItem(
            title=data["title"].strip(),
            purpose=data["purpose"],
            presenter=data.get("presenter", ""),
            kind=kind,
            part=int(data["part"]),
            exempt_paragraphs=[int(p) for p in data["exempt_paragraphs"]],
            standard_key=key,
            position=index,
        ),
        where,
    )
    return replace(item, exempt_paragraphs=validate_paragraphs(item.exempt_paragraphs))
