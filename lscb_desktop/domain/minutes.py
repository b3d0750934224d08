"""The minutes of a meeting: numbered minutes, the times the meeting ran, and the lock that
makes approved minutes the signed record (changed afterwards only by a recorded correction)."""

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum

from .dates import clock_time, long_date
from .decisions import Decision
from .errors import ValidationError


class MinuteKind(str, Enum):
    ITEM = "item"  # the minute of an agenda item
    EXCLUSION = "exclusion"  # the resolution excluding press and public before Part 2


@dataclass
class Minute:
    title: str  # as the agenda item's title; upper-cased only when rendered
    narrative: str = ""
    decisions: list[Decision] = field(default_factory=list)
    kind: MinuteKind = MinuteKind.ITEM
    part: int = 1
    exempt_paragraphs: list[int] = field(default_factory=list)
    agenda_item_id: int | None = None
    standard_key: str | None = None  # apologies, declarations, minutes: partly written for you
    number: int = 0
    taken_position: int = 0  # the order the chair took the items in
    id: int | None = None
    meeting_id: int | None = None

    def validate(self) -> None:
        if not self.title.strip():
            raise ValidationError("A minute needs a title.", "title")
        for decision in self.decisions:
            decision.validate()


@dataclass
class MinutesRecord:
    """What belongs to a meeting's minutes as a whole."""

    meeting_id: int
    first_number: int
    commenced: time | None = None
    concluded: time | None = None
    approved_on: date | None = None
    approved_at_meeting_id: int | None = None
    approval_reference: str = ""  # "Minute 20, 22 January 2019": the resolution approving them
    amendment: str = ""  # the amendment they were approved subject to, if any
    approved_by: str = ""

    @property
    def locked(self) -> bool:
        return self.approved_on is not None

    def times_sentence(self) -> str:
        return times_sentence(self.commenced, self.concluded)

    def check_editable(self, meeting_date: date) -> None:
        """Refuse any edit to approved minutes, naming the way out."""
        if self.locked:
            raise ValidationError(
                f"The minutes of the meeting held on {long_date(meeting_date)} were approved "
                f"({self.approval_reference or long_date(self.approved_on)}) and are the signed "
                "record: they cannot be edited. Record a correction instead, citing the "
                "resolution that authorises it; the original text is kept.", "minutes")


def check_times(commenced: time | None, concluded: time | None) -> None:
    if commenced and concluded and concluded <= commenced:
        raise ValidationError(
            f"The meeting cannot conclude at {clock_time(concluded)} before it commenced at "
            f"{clock_time(commenced)}: check the times.", "concluded")


def times_sentence(commenced: time | None, concluded: time | None) -> str:
    """'The meeting commenced at 4.00 pm and concluded at 6.10 pm' ('' until both are known)."""
    if commenced is None or concluded is None:
        return ""
    return (f"The meeting commenced at {clock_time(commenced)} and concluded at "
            f"{clock_time(concluded)}")


class CorrectedField(str, Enum):
    NARRATIVE = "narrative"
    DECISION = "decision"


@dataclass
class Correction:
    """A change to approved minutes, keeping the text it replaced."""

    minute_id: int
    field: CorrectedField
    original: str
    corrected: str
    resolution_reference: str  # the resolution that authorised it: "Minute 31, 19 March 2019"
    corrected_by: str
    corrected_at: datetime
    decision_position: int | None = None  # which decision (0-based), for a decision's text
    id: int | None = None

    def validate(self) -> None:
        if not self.resolution_reference.strip():
            raise ValidationError(
                "A correction to approved minutes needs the resolution that authorised it "
                "(e.g. 'Minute 31, 19 March 2019').", "resolution_reference")
        if not self.corrected_by.strip():
            raise ValidationError("Say who is recording the correction.", "corrected_by")
        if self.corrected.strip() == self.original.strip():
            raise ValidationError(
                "The corrected text is the same as the original: change the text, or cancel.",
                "corrected")
