"""Forward plan (work programme) entries: what a committee means to consider, and when.

An entry targets a meeting, or only a month while the meeting is not fixed. Standing items
target neither: they recur at every meeting without being typed again.

Status: planned -> on agenda -> considered. An entry can be deferred (it moves to a later
meeting, and plan-to-agenda takes it there like a planned one) or withdrawn; both need a
reason, which the forward plan shows.
"""

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .agenda import AgendaItem, ItemKind
from .errors import ValidationError
from .exemptions import validate_paragraphs


class EntryKind(str, Enum):
    REPORT = "report"
    STANDING = "standing"
    VERBAL = "verbal"
    ANNUAL_REPORT = "annual_report"

    @property
    def label(self) -> str:
        return {"report": "Report", "standing": "Standing item", "verbal": "Verbal update",
                "annual_report": "Annual report"}[self.value]

    @property
    def has_report(self) -> bool:
        """Reports and annual reports are written; standing items and updates are spoken."""
        return self in (EntryKind.REPORT, EntryKind.ANNUAL_REPORT)


class EntryStatus(str, Enum):
    PLANNED = "planned"
    ON_AGENDA = "on_agenda"
    CONSIDERED = "considered"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {"planned": "Planned", "on_agenda": "On agenda", "considered": "Considered",
                "deferred": "Deferred", "withdrawn": "Withdrawn"}[self.value]

    @property
    def awaiting_agenda(self) -> bool:
        """Plan-to-agenda takes these: planned, or deferred to the meeting they now target."""
        return self in (EntryStatus.PLANNED, EntryStatus.DEFERRED)


def month_key(day: date) -> str:
    """'2019-03': how a target month is stored and compared."""
    return f"{day.year:04d}-{day.month:02d}"


def month_label(key: str) -> str:
    """'2019-03' -> 'March 2019'."""
    return f"{date.fromisoformat(key + '-01'):%B %Y}"


@dataclass
class ForwardPlanEntry:
    committee_id: int
    title: str
    kind: EntryKind = EntryKind.REPORT
    description: str = ""
    sub_group: str = ""
    lead_officer: str = ""
    meeting_id: int | None = None
    target_month: str | None = None  # 'YYYY-MM' while no meeting is fixed
    status: EntryStatus = EntryStatus.PLANNED
    status_reason: str = ""  # why it was deferred or withdrawn
    key_decision: bool = False
    decision_maker: str = ""
    first_published: date | None = None  # first appeared in the published forward plan
    part: int = 1
    exempt_paragraphs: list[int] = field(default_factory=list)
    notice_28_given: date | None = None  # notice of intention to meet in private
    notice_5_given: date | None = None  # notice of the reasons, 5 clear days before
    agenda_item_id: int | None = None
    report_id: int | None = None  # the report written for it, kept across a deferral
    position: int = 0
    id: int | None = None

    @property
    def is_standing(self) -> bool:
        return self.kind is EntryKind.STANDING

    @property
    def private(self) -> bool:
        return self.part == 2

    def validate(self) -> None:
        if not self.title.strip():
            raise ValidationError("A forward plan entry needs a title: say what will be "
                                  "considered.", "title")
        if self.is_standing and (self.meeting_id is not None or self.target_month):
            raise ValidationError(
                f"'{self.title}' is a standing item, which comes to every meeting: clear its "
                "meeting and month, or make it another kind of entry.", "meeting_id")
        if self.target_month is not None:
            try:
                month_label(self.target_month)
            except ValueError:
                raise ValidationError(f"'{self.target_month}' is not a month: write it as "
                                      "2019-03.", "target_month") from None
        if self.status in (EntryStatus.DEFERRED, EntryStatus.WITHDRAWN) and \
                not self.status_reason.strip():
            raise ValidationError(f"Say why '{self.title}' was {self.status.label.lower()}: "
                                  "the forward plan shows the reason.", "status_reason")
        if self.part not in (1, 2):
            raise ValidationError(f"Part must be 1 or 2, not {self.part!r}.", "part")
        if self.private and not self.exempt_paragraphs:
            raise ValidationError(
                f"'{self.title}' is private (Part 2): cite at least one Schedule 12A paragraph "
                "(1-7) that makes it exempt, or make it public.", "exempt_paragraphs")
        if not self.private and (self.exempt_paragraphs or self.notice_28_given or
                                 self.notice_5_given):
            raise ValidationError(
                f"'{self.title}' is public (Part 1): it has no exempt paragraphs or private "
                "meeting notices. Make it private (Part 2) to record them.", "part")
        validate_paragraphs(self.exempt_paragraphs)
        if self.key_decision and not self.decision_maker.strip():
            raise ValidationError(f"'{self.title}' is a key decision: name the decision maker "
                                  "(e.g. Cabinet, or the portfolio holder).", "decision_maker")
        if self.notice_28_given and self.notice_5_given and \
                self.notice_5_given < self.notice_28_given:
            raise ValidationError("The 5-day notice follows the 28-day notice: check the two "
                                  "dates.", "notice_5_given")


def check_can_change(entry: ForwardPlanEntry, doing: str) -> None:
    """Considered and withdrawn entries are the plan's record: they stay as they are."""
    if entry.status in (EntryStatus.CONSIDERED, EntryStatus.WITHDRAWN):
        raise ValidationError(
            f"'{entry.title}' was {entry.status.label.lower()} and stays as the plan's record, "
            f"so it cannot be {doing}: add a new entry instead.", "status")


def purpose_line(entry: ForwardPlanEntry) -> str:
    """The agenda's purpose line, in wording that reads for any title."""
    return {EntryKind.REPORT: "To consider the report.",
            EntryKind.ANNUAL_REPORT: "To receive the annual report."}.get(
        entry.kind, "To receive a verbal update.")


def agenda_item_for(entry: ForwardPlanEntry) -> AgendaItem:
    """The agenda item an entry becomes: reports are report items, the rest verbal items."""
    return AgendaItem(
        title=entry.title.strip(),
        purpose=purpose_line(entry),
        presenter=entry.lead_officer.strip(),
        kind=ItemKind.REPORT if entry.kind.has_report else ItemKind.VERBAL,
        part=entry.part,
        exempt_paragraphs=list(entry.exempt_paragraphs),
    )


def reordered(entries: list[ForwardPlanEntry], entry_id: int,
              index: int) -> list[ForwardPlanEntry]:
    """The entries with one moved to `index` (clamped), positions renumbered from 0."""
    current = sorted(entries, key=lambda e: (e.position, e.id or 0))
    at = next((i for i, e in enumerate(current) if e.id == entry_id), None)
    if at is None:
        raise ValidationError(f"Entry {entry_id} is not in this part of the plan.", "id")
    moving = current.pop(at)
    current.insert(max(0, min(index, len(current))), moving)
    for i, e in enumerate(current):
        e.position = i
    return current
