"""Meetings and the life of their status: draft -> agenda published -> held -> minutes approved."""

from dataclasses import dataclass
from datetime import date, time
from enum import Enum

from .errors import ValidationError


class MeetingStatus(str, Enum):
    DRAFT = "draft"
    AGENDA_PUBLISHED = "agenda_published"
    HELD = "held"
    MINUTES_APPROVED = "minutes_approved"

    @property
    def label(self) -> str:
        return {
            MeetingStatus.DRAFT: "Draft",
            MeetingStatus.AGENDA_PUBLISHED: "Agenda published",
            MeetingStatus.HELD: "Held",
            MeetingStatus.MINUTES_APPROVED: "Minutes approved",
        }[self]

    def next(self) -> "MeetingStatus | None":
        order = list(MeetingStatus)
        i = order.index(self)
        return order[i + 1] if i + 1 < len(order) else None

    def previous(self) -> "MeetingStatus | None":
        order = list(MeetingStatus)
        i = order.index(self)
        return order[i - 1] if i > 0 else None


@dataclass
class Meeting:
    committee_id: int
    date: date
    start_time: time
    venue: str = ""
    clerk: str = ""
    status: MeetingStatus = MeetingStatus.DRAFT
    published_on: date | None = None
    list_future_dates: bool = True
    id: int | None = None

    def validate(self) -> None:
        if not self.venue.strip():
            raise ValidationError("The meeting needs a venue: enter where it will be held.", "venue")


def check_transition(current: MeetingStatus, target: MeetingStatus) -> None:
    """Status moves one step at a time, forward or back (to correct a mistake)."""
    if target not in (current.next(), current.previous()):
        raise ValidationError(
            f"A meeting cannot go from '{current.label}' to '{target.label}': "
            "its status moves one step at a time.",
            "status",
        )
