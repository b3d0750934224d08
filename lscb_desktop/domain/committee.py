"""Committees, their members (with roles over time) and supporting officers."""

from dataclasses import dataclass, field
from datetime import date, time
from enum import Enum

from .errors import ValidationError


class MemberRole(str, Enum):
    CHAIRMAN = "Chairman"
    VICE_CHAIRMAN = "Vice-Chairman"
    MEMBER = "Member"
    CO_OPTED = "Co-opted member"
    SUBSTITUTE = "Substitute"

    @classmethod
    def parse(cls, text: str) -> "MemberRole":
        for role in cls:
            if text.strip().lower() in (role.value.lower(), role.name.lower()):
                return role
        names = ", ".join(r.value for r in cls)
        raise ValidationError(f"'{text}' is not a member role: use one of {names}.", "role")


class MinuteNumbering(str, Enum):
    """How minute numbers run: restart each municipal year (May), or never restart."""

    MUNICIPAL_YEAR = "municipal_year"
    CONTINUOUS = "continuous"


@dataclass
class Member:
    name: str
    role: MemberRole = MemberRole.MEMBER
    organisation: str = ""
    start_date: date | None = None
    end_date: date | None = None
    id: int | None = None
    committee_id: int | None = None

    def serves_on(self, day: date) -> bool:
        """Was this person a member on `day`? Attendance is counted against this."""
        if self.start_date and day < self.start_date:
            return False
        if self.end_date and day > self.end_date:
            return False
        return True

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError("A member needs a name.", "name")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                f"{self.name}'s membership ends before it starts: check the dates.", "end_date"
            )


@dataclass
class Officer:
    name: str
    job_title: str = ""
    email: str = ""
    phone: str = ""
    id: int | None = None
    committee_id: int | None = None

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError("An officer needs a name.", "name")


@dataclass
class StandardItem:
    """An item the committee opens every agenda with (Apologies, Declarations, Minutes ...)."""

    key: str
    title: str
    purpose: str = ""


@dataclass
class Committee:
    name: str
    default_venue: str = ""
    default_start_time: time = time(10, 0)
    minute_numbering: MinuteNumbering = MinuteNumbering.MUNICIPAL_YEAR
    terms_of_reference: str = ""
    standard_items: list[StandardItem] = field(default_factory=list)
    id: int | None = None

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError("A committee needs a name.", "name")


def members_on(members: list[Member], day: date) -> list[Member]:
    """Members serving on `day`, Chairman first, then Vice-Chairman, then by name."""
    order = {role: i for i, role in enumerate(MemberRole)}
    serving = [m for m in members if m.serves_on(day)]
    return sorted(serving, key=lambda m: (order[m.role], m.name))
