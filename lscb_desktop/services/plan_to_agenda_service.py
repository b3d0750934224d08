"""From forward plan to agenda, and what happens to an entry after: deferral to a later
meeting, withdrawal, and being considered at the meeting.

plan_to_agenda turns a draft meeting's planned entries, and the standing items not yet on
it, into agenda items in one action (agenda_service.add_item); report entries get an empty
report from the chosen template (report_service.create_report), whose author is the item's
presenter, the lead officer. A deferred entry keeps its report, which follows it to the
next agenda unless it was published with the first one.
"""

from dataclasses import dataclass, replace
from datetime import date, datetime, timezone

from sqlite_utils import Database

from ..domain.dates import long_date
from ..domain.errors import ValidationError
from ..domain.forward_plan import (
    EntryStatus, ForwardPlanEntry, agenda_item_for, check_can_change, month_key,
)
from ..domain.meeting import Meeting, MeetingStatus
from ..domain.report import ReportStatus
from ..domain.templates import FieldKind
from ..store import forward_plan_repo, meeting_repo, report_repo
from . import agenda_service, report_service
from .forward_plan_service import meeting_entries
from .template_service import get_template

KEY_DECISION_FIELD = "key_decision"  # the yes-no header field house styles give it


@dataclass(frozen=True)
class PlacedEntry:
    entry_id: int
    agenda_item_id: int
    report_id: int | None  # the report made (or carried over) for it


def _draft_meeting(db: Database, meeting_id: int) -> Meeting:
    meeting = meeting_repo.get(db, meeting_id)
    if meeting.status is not MeetingStatus.DRAFT:
        raise ValidationError(
            f"The agenda for {long_date(meeting.date)} is '{meeting.status.label}', so nothing "
            "can be added from the forward plan: put the meeting back to draft first, or add "
            "the items to a later meeting.", "status")
    return meeting


def _month_entries(db: Database, meeting: Meeting) -> list[ForwardPlanEntry]:
    """Entries planned only for the meeting's month: the meeting fixes their date."""
    month = month_key(meeting.date)
    return [e for e in forward_plan_repo.for_committee(db, meeting.committee_id)
            if e.meeting_id is None and e.target_month == month and not e.is_standing]


def _carried_report(db: Database, entry: ForwardPlanEntry) -> int | None:
    """The entry's report when it can move to a new item: it exists and is not published."""
    if entry.report_id is None:
        return None
    row = report_repo.get_row(db, entry.report_id)
    return None if row.status is ReportStatus.PUBLISHED else row.id


def _mark_key_decision(db: Database, report_id: int) -> None:
    report = report_service.get_report(db, report_id)
    template = get_template(db, report.template_id)
    field = next((f for f in template.fields if f.key == KEY_DECISION_FIELD
                  and f.kind is FieldKind.YES_NO), None)
    if field is not None:
        report.header[field.key] = "Yes"
        report_service.save_report(db, report)


def _report_for(db: Database, entry: ForwardPlanEntry, item_id: int, template_id: str) -> int:
    carried = _carried_report(db, entry)
    if carried is not None:
        report_service.link_to_item(db, carried, item_id)
        return carried
    report_id = report_service.create_report(db, template_id, item_id)
    if entry.key_decision:
        _mark_key_decision(db, report_id)
    return report_id


def plan_to_agenda(db: Database, meeting_id: int, template_id: str | None = None
                   ) -> list[PlacedEntry]:
    """Put on a draft meeting's agenda, after the items there, the standing items not yet on
    it, then its planned and deferred entries (with those planned only for its month) in
    plan order. Report entries get an empty report from `template_id` (needed when a report
    is to be made) or carry the one they had before a deferral. The entries become 'on
    agenda'. All or nothing; running it again adds only what was planned since."""
    meeting = _draft_meeting(db, meeting_id)
    planned = [e for e in meeting_entries(db, meeting_id)
               if not e.is_standing and e.status.awaiting_agenda] + _month_entries(db, meeting)
    placed_standing = forward_plan_repo.placed_standing_entries(db, meeting_id)
    standing = [e for e in meeting_entries(db, meeting_id)
                if e.is_standing and e.id not in placed_standing]
    if template_id is None and any(e.kind.has_report and _carried_report(db, e) is None
                                   for e in planned):
        raise ValidationError("Some entries are reports: choose the report template to make "
                              "their reports from.", "template_id")
    if template_id is not None:
        get_template(db, template_id)  # NotFound naming the templates there are
    placed = []
    with db.atomic():
        for entry in standing:  # standing items open the business, as on the reference agenda
            item_id = agenda_service.add_item(db, meeting_id, agenda_item_for(entry))
            forward_plan_repo.place_standing(db, entry.id, meeting_id, item_id)
            placed.append(PlacedEntry(entry.id, item_id, None))
        for entry in planned:
            item_id = agenda_service.add_item(db, meeting_id, agenda_item_for(entry))
            report_id = (_report_for(db, entry, item_id, template_id)
                         if entry.kind.has_report else None)
            forward_plan_repo.update(db, replace(
                entry, meeting_id=meeting_id, target_month=month_key(meeting.date),
                status=EntryStatus.ON_AGENDA, agenda_item_id=item_id,
                report_id=report_id if report_id is not None else entry.report_id))
            placed.append(PlacedEntry(entry.id, item_id, report_id))
    return placed


def _take_off_draft_agenda(db: Database, entry: ForwardPlanEntry) -> bool:
    """Take the entry's item off its meeting's agenda while that is still a draft (its
    report is kept, unlinked, for the entry to carry on); a published agenda is a record
    and keeps the item. Whether the item was taken off."""
    if entry.status is not EntryStatus.ON_AGENDA or entry.agenda_item_id is None:
        return False
    if meeting_repo.get(db, entry.meeting_id).status is not MeetingStatus.DRAFT:
        return False
    if entry.report_id is not None and _carried_report(db, entry) is not None:
        report_service.unlink(db, entry.report_id)
    agenda_service.delete_item(db, entry.agenda_item_id)
    return True


def _reason(reason: str, doing: str) -> str:
    if not reason.strip():
        raise ValidationError(f"Say why the entry is {doing}: the forward plan records the "
                              "reason.", "reason")
    return reason.strip()


def _next_meeting(db: Database, entry: ForwardPlanEntry) -> Meeting:
    meetings = meeting_repo.for_committee(db, entry.committee_id)
    current = next((m for m in meetings if m.id == entry.meeting_id), None)
    if current is not None:
        later = [m for m in meetings if m.date > current.date]
    else:
        month = entry.target_month or month_key(date.today())
        later = [m for m in meetings if month_key(m.date) > month]
    if not later:
        raise ValidationError(
            f"The committee has no meeting after the one '{entry.title}' is planned for: add "
            "its next meeting to the calendar (generate it from the pattern), then defer the "
            "entry.", "meeting_id")
    return later[0]


def defer_entry(db: Database, entry_id: int, reason: str, to_meeting_id: int | None = None,
                now: datetime | None = None) -> int:
    """Move a planned, deferred or on-agenda entry to the committee's next meeting (or to
    `to_meeting_id`, a later one), recording why and when; it becomes 'deferred'. An entry
    without a meeting goes to the first meeting after its month (after this month when it has
    none). An item on a draft agenda is taken off it. Returns the meeting it now targets."""
    entry = forward_plan_repo.get(db, entry_id)
    check_can_change(entry, "deferred")
    if entry.is_standing:
        raise ValidationError(f"'{entry.title}' is a standing item and comes to every meeting: "
                              "delete it from one agenda instead of deferring it.", "kind")
    why = _reason(reason, "deferred")
    current = meeting_repo.get(db, entry.meeting_id) if entry.meeting_id else None
    if to_meeting_id is None:
        target = _next_meeting(db, entry)
    else:
        target = meeting_repo.get(db, to_meeting_id)
        if target.committee_id != entry.committee_id or (current and target.date <= current.date):
            raise ValidationError("Defer the entry to a later meeting of the same committee.",
                                  "to_meeting_id")
    siblings = forward_plan_repo.for_meeting(db, target.id)
    with db.atomic():
        _take_off_draft_agenda(db, entry)
        forward_plan_repo.update(db, replace(
            entry, meeting_id=target.id, target_month=month_key(target.date),
            status=EntryStatus.DEFERRED, status_reason=why, agenda_item_id=None,
            position=len(siblings)))
        forward_plan_repo.add_deferral(db, forward_plan_repo.Deferral(
            entry.id, current.id if current else None, current.date if current else None,
            target.id, target.date, why, now or datetime.now(timezone.utc)))
    return target.id


def deferrals(db: Database, entry_id: int) -> list[forward_plan_repo.Deferral]:
    """The entry's deferrals, oldest first: from and to which meeting (with its date), why,
    and when (UTC)."""
    forward_plan_repo.get(db, entry_id)
    return forward_plan_repo.deferrals(db, entry_id)


def withdraw_entry(db: Database, entry_id: int, reason: str) -> None:
    """Withdraw an entry from the plan, recording why. An item on a draft agenda is taken off
    it; a withdrawn standing item no longer comes to new agendas."""
    entry = forward_plan_repo.get(db, entry_id)
    check_can_change(entry, "withdrawn")
    why = _reason(reason, "withdrawn")
    with db.atomic():
        taken_off = _take_off_draft_agenda(db, entry)
        forward_plan_repo.update(db, replace(
            entry, status=EntryStatus.WITHDRAWN, status_reason=why,
            agenda_item_id=None if taken_off else entry.agenda_item_id))


def mark_considered(db: Database, meeting_id: int) -> int:
    """After the meeting, its entries that were on the agenda become 'considered'; how many."""
    meeting = meeting_repo.get(db, meeting_id)
    if meeting.status in (MeetingStatus.DRAFT, MeetingStatus.AGENDA_PUBLISHED):
        raise ValidationError(f"The meeting of {long_date(meeting.date)} has not been held yet: "
                              "mark it held first.", "status")
    done = [e for e in forward_plan_repo.for_meeting(db, meeting_id)
            if e.status is EntryStatus.ON_AGENDA]
    with db.atomic():
        for e in done:
            forward_plan_repo.update(db, replace(e, status=EntryStatus.CONSIDERED))
    return len(done)
