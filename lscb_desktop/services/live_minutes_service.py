"""Minuting live, during the meeting: the small writes live mode makes as the clerk types and
the chair takes items, on top of minutes_service (which refuses every edit to approved
minutes, so live mode cannot change the signed record either)."""

from dataclasses import replace

from sqlite_utils import Database

from ..domain.decisions import Decision
from ..domain.errors import ValidationError
from ..domain.minutes import Minute, MinuteKind
from . import minutes_service


def save_narrative(db: Database, minute_id: int, narrative: str) -> None:
    """Save what the clerk has typed so far, leaving the minute's decisions as they are."""
    minute = minutes_service.get_minute(db, minute_id)
    minutes_service.update_minute(db, replace(minute, narrative=narrative))


def set_decisions(db: Database, minute_id: int, decisions: list[Decision]) -> None:
    """Make the minute's decisions exactly `decisions`, leaving its narrative as it is."""
    minute = minutes_service.get_minute(db, minute_id)
    minutes_service.update_minute(db, replace(minute, decisions=list(decisions)))


def taken_index(minutes: list[Minute], minute_id: int) -> int:
    """Where the minute stands among the items taken (the exclusion resolution not counted):
    the index minutes_service.move_minute takes."""
    items = [m.id for m in minutes if m.kind is MinuteKind.ITEM]
    if minute_id not in items:
        raise ValidationError(
            "Only the minute of an agenda item can be taken out of order: the exclusion "
            "resolution always goes before the first Part 2 item.", "taken_position")
    return items.index(minute_id)


def take_item_now(db: Database, meeting_id: int, minute_id: int,
                  after_minute_id: int) -> list[Minute]:
    """The chair takes an item out of order: minute `minute_id` moves to follow the minute
    being taken now (`after_minute_id`), and every number follows the new order."""
    minutes = minutes_service.get_minutes(db, meeting_id)
    ids = [m.id for m in minutes]
    for wanted in (minute_id, after_minute_id):
        if wanted not in ids:
            raise ValidationError(
                f"Minute {wanted} is not in the minutes of this meeting: reopen live mode "
                "to see the minutes as they are now.", "id")
    if minute_id == after_minute_id:
        raise ValidationError("This item is the one being taken now: choose another item.",
                              "id")
    taken_index(minutes, minute_id)
    up_to_now = minutes[:ids.index(after_minute_id) + 1]
    to_index = sum(1 for m in up_to_now if m.kind is MinuteKind.ITEM and m.id != minute_id)
    return minutes_service.move_minute(db, meeting_id, minute_id, to_index)
