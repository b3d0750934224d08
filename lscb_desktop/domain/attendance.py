"""Who attended a meeting, and the apologies minute written from it."""

from dataclasses import dataclass
from enum import Enum

from .committee import MemberRole
from .errors import ValidationError

COUNCILLOR = "Councillor "


class AttendanceStatus(str, Enum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    SUBSTITUTED = "substituted"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class AttendeeKind(str, Enum):
    OFFICER = "officer"
    OTHER = "other"


@dataclass
class Attendance:
    """One member of the committee on the meeting date. Name and role are copied from the
    membership when the minutes are started, so the record outlives later changes to it."""

    name: str
    role: MemberRole = MemberRole.MEMBER
    status: AttendanceStatus = AttendanceStatus.PRESENT
    substitute: str = ""  # who attended in this member's place
    member_id: int | None = None
    id: int | None = None
    meeting_id: int | None = None

    def validate(self) -> None:
        if self.status is AttendanceStatus.SUBSTITUTED and not self.substitute.strip():
            raise ValidationError(
                f"{self.name} was substituted: enter the name of the substitute, or choose "
                "another status.", "substitute")
        if self.status is not AttendanceStatus.SUBSTITUTED and self.substitute.strip():
            raise ValidationError(
                f"{self.name} is marked {self.status.label.lower()}, so no one substituted: "
                "clear the substitute, or mark the member substituted.", "substitute")


@dataclass
class Attendee:
    """An officer in attendance, or someone else present (a guest, a young person's advocate)."""

    name: str
    capacity: str = ""  # job title or organisation
    kind: AttendeeKind = AttendeeKind.OFFICER
    id: int | None = None
    meeting_id: int | None = None

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError("Someone in attendance needs a name.", "name")


def is_councillor(role: MemberRole) -> bool:
    """Co-opted members are not councillors; every other role is held by one."""
    return role is not MemberRole.CO_OPTED


def bare_name(name: str) -> str:
    """The name without a stored 'Councillor ' title, so titles are never doubled."""
    return name[len(COUNCILLOR):].strip() if name.startswith(COUNCILLOR) else name.strip()


def titled_name(name: str, role: MemberRole) -> str:
    """'Councillor L Durham' for a councillor (however the name was stored); others as stored."""
    return COUNCILLOR + bare_name(name) if is_councillor(role) else name.strip()


def joined(parts: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def names_with_titles(people: list[tuple[str, MemberRole]]) -> str:
    """'Councillors L Durham, M Grant and O Hunter', then anyone who is not a councillor."""
    councillors = [bare_name(n) for n, role in people if is_councillor(role)]
    others = [n.strip() for n, role in people if not is_councillor(role)]
    parts = []
    if len(councillors) == 1:
        parts.append(COUNCILLOR + councillors[0])
    elif councillors:
        parts.append("Councillors " + joined(councillors))
    if len(councillors) > 1 and others:  # "Councillors A and B, and C" keeps the groups apart
        return parts[0] + ", and " + joined(others)
    return joined(parts + others)


def apologies_minute(attendance: list[Attendance]) -> str:
    """The text of the apologies minute. Substituted members sent apologies too; who came in
    their place is said after."""
    sent = [a for a in attendance
            if a.status in (AttendanceStatus.APOLOGIES, AttendanceStatus.SUBSTITUTED)]
    if not sent:
        return "There were no apologies for absence."
    text = ("Apologies for absence were received from "
            + names_with_titles([(a.name, a.role) for a in sent]) + ".")
    for a in sent:
        if a.status is AttendanceStatus.SUBSTITUTED:
            text += (f" {a.substitute.strip()} attended as a substitute for "
                     f"{titled_name(a.name, a.role)}.")
    return text
