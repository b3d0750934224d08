"""Report deadlines: when a planned report's draft and final version are due.

Both are counted back from the meeting's publication deadline (deadlines.publication_deadline)
in working days, so weekends and bank holidays never count and a due date always falls on a
working day. Each committee sets its own offsets; the defaults give authors two weeks before
publication for the draft and leave three working days to clear the final version.

The draft is in once the report has left 'draft' (submitted, cleared or published); the
final version is in once it is cleared or published (report_status.py).
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from .deadlines import is_working_day, publication_deadline
from .errors import ValidationError
from .report import ReportStatus

MAX_OFFSET = 60  # twelve working weeks: beyond that a deadline is more plan than deadline


@dataclass(frozen=True)
class DeadlineOffsets:
    draft_working_days: int = 10
    final_working_days: int = 3

    def validate(self) -> None:
        for name, value in (("draft_working_days", self.draft_working_days),
                            ("final_working_days", self.final_working_days)):
            if not isinstance(value, int) or not 0 <= value <= MAX_OFFSET:
                raise ValidationError(f"A deadline is 0 to {MAX_OFFSET} working days before "
                                      f"publication, not {value!r}.", name)
        if self.draft_working_days < self.final_working_days:
            raise ValidationError(
                f"The draft is due {self.draft_working_days} working days before publication "
                f"but the final version {self.final_working_days}: the draft comes first, so "
                "give it the larger number.", "draft_working_days")


@dataclass(frozen=True)
class DueDates:
    publication: date
    draft: date
    final: date


class ChaseStage(str, Enum):
    DRAFT = "draft"  # waiting for the draft
    FINAL = "final"  # draft in, waiting for the final version
    DONE = "done"  # final version in

    @property
    def label(self) -> str:
        return {"draft": "Draft due", "final": "Final due", "done": "Delivered"}[self.value]


@dataclass(frozen=True)
class ChaseState:
    stage: ChaseStage
    due: date | None  # the date the outstanding version is due; None when done
    overdue: bool
    days_overdue: int = 0


def working_days_before(day: date, count: int) -> date:
    """The working day `count` working days before `day` (`day` itself, or the working day
    before it when it is not one, for 0)."""
    if count < 0:
        raise ValueError("The number of working days cannot be negative.")
    while not is_working_day(day):
        day -= timedelta(days=1)
    while count:
        day -= timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def due_dates(meeting_date: date, offsets: DeadlineOffsets, clear_days: int = 5) -> DueDates:
    publication = publication_deadline(meeting_date, clear_days)
    return DueDates(publication, working_days_before(publication, offsets.draft_working_days),
                    working_days_before(publication, offsets.final_working_days))


_DRAFT_IN = {ReportStatus.SUBMITTED, ReportStatus.CLEARED, ReportStatus.PUBLISHED}
_FINAL_IN = {ReportStatus.CLEARED, ReportStatus.PUBLISHED}


def chase_state(status: ReportStatus | None, dates: DueDates, today: date) -> ChaseState:
    """Where a report stands against its due dates; `status` None: not started."""
    if status in _FINAL_IN:
        return ChaseState(ChaseStage.DONE, None, False)
    stage, due = ((ChaseStage.FINAL, dates.final) if status in _DRAFT_IN
                  else (ChaseStage.DRAFT, dates.draft))
    late = (today - due).days
    return ChaseState(stage, due, late > 0, max(0, late))
