"""The forward plan (work programme) of a committee: its entries, grouped by meeting, by month
while a date is not fixed, and standing items at the end; adding, editing, reordering and
moving entries between meetings (what drag and drop calls); notice warnings.

Putting entries on an agenda, deferring, withdrawing and marking them considered are in
plan_to_agenda_service.py. Entries keep an order (`position`) within their group: a meeting,
a month, the unscheduled ones, or the standing items.
"""

from dataclasses import dataclass, replace
from datetime import date

from sqlite_utils import Database

from ..domain.dates import weekday_date
from ..domain.errors import ValidationError
from ..domain.forward_plan import (
    EntryKind, EntryStatus, ForwardPlanEntry, check_can_change, month_key, month_label,
    reordered,
)
from ..domain.notice_rules import NoticeWarning, notice_warnings
from ..store import committee_repo, forward_plan_repo, meeting_repo

STANDING_HEADING = "Standing items"
UNSCHEDULED_HEADING = "Not yet scheduled"


@dataclass(frozen=True)
class PlanRow:
    entry: ForwardPlanEntry
    meeting_date: date | None  # None while the entry has no meeting
    warnings: list[NoticeWarning]


@dataclass(frozen=True)
class PlanGroup:
    """One heading of the plan: a meeting (meeting_id), a month without a fixed date
    (month, 'YYYY-MM'), the unscheduled entries, or the standing items (standing)."""

    heading: str
    rows: list[PlanRow]
    meeting_id: int | None = None
    meeting_date: date | None = None
    month: str | None = None
    standing: bool = False


def _group_key(e: ForwardPlanEntry) -> tuple:
    if e.is_standing:
        return ("standing",)
    if e.meeting_id is not None:
        return ("meeting", e.meeting_id)
    if e.target_month:
        return ("month", e.target_month)
    return ("none",)


def _siblings(db: Database, e: ForwardPlanEntry) -> list[ForwardPlanEntry]:
    key = _group_key(e)
    return [o for o in forward_plan_repo.for_committee(db, e.committee_id)
            if _group_key(o) == key and o.id != e.id]


def _check_meeting(db: Database, committee_id: int, meeting_id: int | None) -> date | None:
    if meeting_id is None:
        return None
    meeting = meeting_repo.get(db, meeting_id)
    if meeting.committee_id != committee_id:
        raise ValidationError("That meeting belongs to another committee: choose one of this "
                              "committee's meetings.", "meeting_id")
    return meeting.date


def _cleaned(db: Database, entry: ForwardPlanEntry) -> ForwardPlanEntry:
    entry = replace(entry, title=entry.title.strip(), exempt_paragraphs=sorted(
        set(entry.exempt_paragraphs)))
    if entry.is_standing:
        entry.meeting_id, entry.target_month = None, None
    day = _check_meeting(db, entry.committee_id, entry.meeting_id)
    if day is not None:  # kept so that the entry keeps its month if the meeting is deleted
        entry.target_month = month_key(day)
    entry.validate()
    return entry


# Reading --------------------------------------------------------------------------------

def get_entry(db: Database, entry_id: int) -> ForwardPlanEntry:
    return forward_plan_repo.get(db, entry_id)


def entries(db: Database, committee_id: int) -> list[ForwardPlanEntry]:
    """Every entry of the committee's plan, in no particular grouping (see forward_plan)."""
    committee_repo.get(db, committee_id)
    return forward_plan_repo.for_committee(db, committee_id)


def meeting_entries(db: Database, meeting_id: int) -> list[ForwardPlanEntry]:
    """The entries planned for a meeting, in plan order, then the committee's standing items
    (withdrawn ones left out): what plan-to-agenda looks at."""
    meeting = meeting_repo.get(db, meeting_id)
    planned = forward_plan_repo.for_meeting(db, meeting_id)
    standing = [e for e in forward_plan_repo.for_committee(db, meeting.committee_id)
                if e.is_standing and e.status is not EntryStatus.WITHDRAWN]
    return planned + standing


def warnings_for(db: Database, entry_id: int) -> list[NoticeWarning]:
    """What is wrong with the entry's key decision and private meeting notices."""
    entry = forward_plan_repo.get(db, entry_id)
    day = meeting_repo.get(db, entry.meeting_id).date if entry.meeting_id else None
    return notice_warnings(entry, day)


def meeting_warnings(db: Database, meeting_id: int) -> list[tuple[ForwardPlanEntry,
                                                                  list[NoticeWarning]]]:
    """Each of the meeting's entries that has a notice warning, with its warnings."""
    day = meeting_repo.get(db, meeting_id).date
    found = [(e, notice_warnings(e, day)) for e in forward_plan_repo.for_meeting(db, meeting_id)]
    return [(e, w) for e, w in found if w]


def forward_plan(db: Database, committee_id: int, since: date | None = None) -> list[PlanGroup]:
    """The committee's plan as the reference table lays it out: a group for each meeting on
    or after `since` (every meeting when None; meetings without entries too, so that entries
    can be dropped on them), each month with entries but no fixed date, in date order; then
    the entries not yet scheduled; then the standing items. Each row carries its notice
    warnings."""
    committee_repo.get(db, committee_id)
    meetings = meeting_repo.for_committee(db, committee_id)
    dates = {m.id: m.date for m in meetings}
    grouped: dict[tuple, list[PlanRow]] = {}
    for e in forward_plan_repo.for_committee(db, committee_id):
        day = dates.get(e.meeting_id)
        grouped.setdefault(_group_key(e), []).append(PlanRow(e, day, notice_warnings(e, day)))
    dated: list[tuple[date, int, PlanGroup]] = []
    for m in meetings:
        rows = grouped.get(("meeting", m.id), [])
        if rows or since is None or m.date >= since:
            dated.append((m.date, 0, PlanGroup(weekday_date(m.date), rows, meeting_id=m.id,
                                               meeting_date=m.date)))
    for key, rows in grouped.items():
        if key[0] == "month":
            dated.append((date.fromisoformat(key[1] + "-01"), 1, PlanGroup(
                f"{month_label(key[1])} (date to be fixed)", rows, month=key[1])))
    groups = [g for _, _, g in sorted(dated, key=lambda t: (t[0], t[1]))]
    if ("none",) in grouped:
        groups.append(PlanGroup(UNSCHEDULED_HEADING, grouped[("none",)]))
    groups.append(PlanGroup(STANDING_HEADING, grouped.get(("standing",), []), standing=True))
    return groups


# Writing --------------------------------------------------------------------------------

def add_entry(db: Database, entry: ForwardPlanEntry) -> int:
    """Add a planned entry at the end of its meeting, month or the standing items; its id.
    A meeting fixes the entry's month too."""
    committee_repo.get(db, entry.committee_id)
    entry = _cleaned(db, replace(entry, id=None, status=EntryStatus.PLANNED, status_reason="",
                                 agenda_item_id=None, report_id=None))
    with db.atomic():
        entry.position = len(_siblings(db, entry))
        return forward_plan_repo.insert(db, entry)


def update_entry(db: Database, entry: ForwardPlanEntry) -> None:
    """Save what an entry says (title, description, sub group, lead officer, kind, key
    decision, part and notices). Its status, meeting and place in the plan change only
    through move_entry, reorder_entry and plan_to_agenda_service."""
    old = forward_plan_repo.get(db, entry.id)
    check_can_change(old, "changed")
    keep = replace(entry, committee_id=old.committee_id, status=old.status,
                   status_reason=old.status_reason, meeting_id=old.meeting_id,
                   target_month=old.target_month, position=old.position,
                   agenda_item_id=old.agenda_item_id, report_id=old.report_id)
    if (keep.kind is EntryKind.STANDING) != old.is_standing:
        if old.status is EntryStatus.ON_AGENDA:
            raise ValidationError(f"'{old.title}' is on an agenda: it cannot become or stop "
                                  "being a standing item until it has been considered.", "kind")
        keep.position = len(_siblings(db, replace(keep, meeting_id=None, target_month=None)))
    forward_plan_repo.update(db, _cleaned(db, keep))


def delete_entry(db: Database, entry_id: int) -> None:
    """Delete an entry; any agenda item or report made from it stays where it is."""
    entry = forward_plan_repo.get(db, entry_id)
    if entry.status is EntryStatus.CONSIDERED:
        raise ValidationError(f"'{entry.title}' has been considered and stays as the plan's "
                              "record: it cannot be deleted.", "status")
    forward_plan_repo.delete(db, entry_id)


def reorder_entry(db: Database, entry_id: int, index: int) -> None:
    """Move an entry to `index` within its own meeting, month or the standing items."""
    entry = forward_plan_repo.get(db, entry_id)
    group = [entry, *_siblings(db, entry)]
    forward_plan_repo.set_positions(db, reordered(group, entry_id, index))


def move_entry(db: Database, entry_id: int, meeting_id: int | None = None,
               month: str | None = None, index: int | None = None) -> None:
    """Move a planned (or deferred) entry to another meeting, or to a month when `meeting_id`
    is None (to no date when both are None), at `index` in its new group (the end when None).
    An entry on an agenda is deferred instead, with the reason (plan_to_agenda_service)."""
    entry = forward_plan_repo.get(db, entry_id)
    check_can_change(entry, "moved")
    if entry.is_standing:
        raise ValidationError(f"'{entry.title}' is a standing item and comes to every meeting: "
                              "make it another kind of entry to plan it for one meeting.",
                              "meeting_id")
    if entry.status is EntryStatus.ON_AGENDA:
        raise ValidationError(f"'{entry.title}' is on a meeting's agenda already: defer it, "
                              "giving the reason, to move it to another meeting.", "status")
    moved = _cleaned(db, replace(entry, meeting_id=meeting_id, target_month=month))
    with db.atomic():
        old_group = _siblings(db, entry)
        new_group = _siblings(db, moved)
        moved.position = len(new_group)
        forward_plan_repo.update(db, moved)
        for i, e in enumerate(sorted(old_group, key=lambda o: (o.position, o.id))):
            e.position = i
        forward_plan_repo.set_positions(db, old_group)
        if index is not None:
            reorder_entry(db, entry_id, index)
