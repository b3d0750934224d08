"""The words live mode shows: item labels, the 'Next:' line, timestamps and the times
sentence while the meeting is still running."""

from datetime import datetime, time

from ..domain.dates import clock_time
from ..domain.exemptions import describe_paragraphs
from ..domain.minutes import Minute, MinuteKind, times_sentence


def minute_label(minute: Minute) -> str:
    """'21  Voice of Children' for the side list; Part 2 items say so."""
    part = "  (Part 2)" if minute.part == 2 else ""
    return f"{minute.number}   {minute.title}{part}"


def part_two_note(minute: Minute) -> str:
    """The marker under a Part 2 title: press and public are out of the room."""
    if minute.part != 2:
        return ""
    paragraphs = (f": {describe_paragraphs(minute.exempt_paragraphs)} of Schedule 12A"
                  if minute.exempt_paragraphs else "")
    return f"PART 2 \u2013 exempt information{paragraphs}. Press and public excluded."


def next_line(following: Minute | None) -> str:
    if following is None:
        return "This is the last item."
    return f"Next: {following.number}  {following.title}"


def timestamp(now: datetime) -> str:
    """'[4.12 pm]', in the council's clock format."""
    return f"[{clock_time(now.time())}]"


def to_the_minute(now: datetime) -> time:
    return now.time().replace(second=0, microsecond=0)


def running_times(commenced: time | None, concluded: time | None) -> str:
    """The minutes' closing sentence as printed, or as much of it as is known so far."""
    if commenced and concluded:
        return times_sentence(commenced, concluded)
    if commenced:
        return f"The meeting commenced at {clock_time(commenced)}."
    if concluded:
        return f"The meeting concluded at {clock_time(concluded)}; record when it commenced."
    return "The start of the meeting has not been recorded yet."


def is_item(minute: Minute) -> bool:
    return minute.kind is MinuteKind.ITEM
