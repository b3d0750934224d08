"""Report deadlines: each committee's offsets, and the dashboard of planned reports by due
date that democratic services chase every week (domain/report_deadlines.py has the rules).

A planned report is a forward plan entry of kind report or annual report, with a meeting,
still heading for it (planned, deferred or on agenda). Its report is the one made by
plan-to-agenda (or carried over after a deferral); until then it has not been started.
"""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..domain.errors import ValidationError
from ..domain.forward_plan import EntryStatus, ForwardPlanEntry
from ..domain.report import ReportStatus
from ..domain.report_deadlines import (
    ChaseStage, ChaseState, DeadlineOffsets, DueDates, chase_state, due_dates,
)
from ..store import calendar_repo, committee_repo, forward_plan_repo, meeting_repo, report_repo
from .settings_service import clear_days

_HEADING_FOR_MEETING = (EntryStatus.PLANNED, EntryStatus.DEFERRED, EntryStatus.ON_AGENDA)


@dataclass(frozen=True)
class DeadlineRow:
    entry: ForwardPlanEntry
    committee_id: int
    committee_name: str
    meeting_id: int
    meeting_date: date
    dates: DueDates  # publication, draft and final due dates
    report_id: int | None  # None: not started
    report_status: ReportStatus | None
    state: ChaseState  # the stage still outstanding, its due date, overdue or not

    @property
    def overdue(self) -> bool:
        return self.state.overdue


def offsets(db: Database, committee_id: int) -> DeadlineOffsets:
    """The committee's offsets: draft and final due this many working days before the
    publication deadline (10 and 3 unless the committee set its own)."""
    committee_repo.get(db, committee_id)
    return calendar_repo.offsets(db, committee_id)


def save_offsets(db: Database, committee_id: int, new: DeadlineOffsets) -> None:
    committee_repo.get(db, committee_id)
    new.validate()
    calendar_repo.save_offsets(db, committee_id, new)


def _report_status(db: Database, entry: ForwardPlanEntry) -> tuple[int | None,
                                                                   ReportStatus | None]:
    report_id = entry.report_id
    if report_id is None and entry.agenda_item_id is not None:
        report_id = report_repo.report_for_item(db, entry.agenda_item_id)
    if report_id is None:
        return None, None
    return report_id, report_repo.get_row(db, report_id).status


def entry_deadlines(db: Database, entry_id: int, today: date | None = None) -> DeadlineRow:
    """The due dates of one planned report. ValidationError when it has none: not a report,
    no meeting yet, or no longer heading for one."""
    entry = forward_plan_repo.get(db, entry_id)
    if not entry.kind.has_report or entry.meeting_id is None or \
            entry.status not in _HEADING_FOR_MEETING:
        raise ValidationError(f"'{entry.title}' has no report deadlines: only a report planned "
                              "for a meeting has them. Plan it for a meeting first.", "meeting_id")
    return _rows(db, [entry], today or date.today())[0]


def _rows(db: Database, entries: list[ForwardPlanEntry], today: date) -> list[DeadlineRow]:
    days = clear_days(db)
    names = {c.id: c.name for c in committee_repo.list_all(db)}
    offsets_of: dict[int, DeadlineOffsets] = {}
    rows = []
    for entry in entries:
        meeting = meeting_repo.get(db, entry.meeting_id)
        if entry.committee_id not in offsets_of:
            offsets_of[entry.committee_id] = calendar_repo.offsets(db, entry.committee_id)
        dates = due_dates(meeting.date, offsets_of[entry.committee_id], days)
        report_id, status = _report_status(db, entry)
        rows.append(DeadlineRow(entry, entry.committee_id, names[entry.committee_id],
                                meeting.id, meeting.date, dates, report_id, status,
                                chase_state(status, dates, today)))
    return rows


def dashboard(db: Database, today: date | None = None, committee_id: int | None = None,
              overdue_only: bool = False, include_delivered: bool = False) -> list[DeadlineRow]:
    """Every planned report (of one committee, or all) with its draft and final due dates,
    soonest outstanding due date first; overdue ones are flagged (row.overdue, and
    row.state.days_overdue). Reports whose final version is in are left out unless
    `include_delivered`, and listed last."""
    today = today or date.today()
    if committee_id is not None:
        committee_repo.get(db, committee_id)
    entries = [e for e in forward_plan_repo.all_entries(db)
               if e.kind.has_report and e.meeting_id is not None
               and e.status in _HEADING_FOR_MEETING
               and (committee_id is None or e.committee_id == committee_id)]
    rows = [r for r in _rows(db, entries, today)
            if (include_delivered or r.state.stage is not ChaseStage.DONE)
            and (r.overdue or not overdue_only)]
    return sorted(rows, key=lambda r: (r.state.due or date.max, r.meeting_date,
                                       r.entry.position, r.entry.id))
