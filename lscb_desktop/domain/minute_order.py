"""Minute numbers and order: minutes start from the agenda, follow the order the chair took
the items in, run on through the municipal year, and an exclusion resolution goes before the
first Part 2 minute."""

from dataclasses import replace
from datetime import date

from .agenda import AgendaItem, normalised
from .committee import MinuteNumbering
from .dates import municipal_year_start
from .decisions import Decision
from .errors import ValidationError
from .exemptions import describe_paragraphs
from .minutes import Minute, MinuteKind

EXCLUSION_TITLE = "Exclusion of the Press and Public"


def first_number(numbering: MinuteNumbering, meeting_date: date,
                 earlier: list[tuple[date, int]]) -> int:
    """The first minute number of a meeting, given (date, last minute number) of the
    committee's earlier minuted meetings: one after the last of the same municipal year
    (or of all of them, for continuous numbering); 1 when there is none."""
    if numbering is MinuteNumbering.MUNICIPAL_YEAR:
        year = municipal_year_start(meeting_date)
        earlier = [(d, n) for d, n in earlier if municipal_year_start(d) == year]
    return max((n for _, n in earlier), default=0) + 1


def minutes_from_agenda(items: list[AgendaItem]) -> list[Minute]:
    """One minute per agenda item, in agenda order, titled as the item."""
    return [
        Minute(title=item.title, part=item.part, exempt_paragraphs=list(item.exempt_paragraphs),
               agenda_item_id=item.id, standard_key=item.standard_key)
        for item in normalised(items)
    ]


def exclusion_resolution(paragraphs: list[int], items: int) -> str:
    following, involve = (("the following item", "it involves") if items == 1
                          else ("the following items", "they involve"))
    return (
        f"That the press and public be excluded from the meeting during consideration of "
        f"{following} pursuant to Section 100A(4) of the Local Government Act 1972 on the "
        f"grounds that {involve} the likely disclosure of exempt information as defined in "
        f"{describe_paragraphs(paragraphs)} of Part 1 of Schedule 12A of the Local Government "
        "Act 1972 and that the public interest would not be served in publishing the information."
    )


def arranged(minutes: list[Minute], first: int) -> list[Minute]:
    """The minutes in taken order, numbered from `first`, with exactly one exclusion minute
    just before the first Part 2 minute (none without Part 2), citing the union of the
    Schedule 12A paragraphs of the Part 2 minutes after it."""
    ordered = sorted(minutes, key=lambda m: m.taken_position)
    exclusions = [m for m in ordered if m.kind is MinuteKind.EXCLUSION]
    items = [m for m in ordered if m.kind is MinuteKind.ITEM]
    part_two = [i for i, m in enumerate(items) if m.part == 2]
    if part_two:
        following = items[part_two[0]:]
        paragraphs = sorted({p for m in following if m.part == 2 for p in m.exempt_paragraphs})
        kept = exclusions[0] if exclusions else Minute(EXCLUSION_TITLE, kind=MinuteKind.EXCLUSION)
        text = exclusion_resolution(paragraphs, sum(1 for m in following if m.part == 2))
        exclusion = replace(kept, part=1, exempt_paragraphs=[], decisions=[Decision(text)])
        items.insert(part_two[0], exclusion)
    return [replace(m, taken_position=i, number=first + i) for i, m in enumerate(items)]


def moved(minutes: list[Minute], minute_id: int, to_index: int) -> list[Minute]:
    """Record that an item was taken at `to_index` among the items (the exclusion minute is
    placed by the rules, not by hand: pass the result to `arranged`)."""
    ordered = sorted(minutes, key=lambda m: m.taken_position)
    items = [m for m in ordered if m.kind is MinuteKind.ITEM]
    exclusions = [m for m in ordered if m.kind is MinuteKind.EXCLUSION]
    index = next((i for i, m in enumerate(items) if m.id == minute_id), None)
    if index is None:
        raise ValidationError(
            "Only the minute of an agenda item can be moved: the exclusion resolution always "
            "goes before the first Part 2 item.", "taken_position")
    item = items.pop(index)
    items.insert(max(0, min(to_index, len(items))), item)
    return [replace(m, taken_position=i) for i, m in enumerate(items)] + exclusions
