"""Matters arising: open actions of a committee put on its next meeting's agenda as one
standard-style item, "Matters Arising", whose purpose lists each action (where it arose,
what, who, when, and whether it is overdue). Doing it again rewrites that one item, so an
agenda never carries two.

prepare() checks everything and says what would happen (the UI asks the user to confirm it);
put_on_next_agenda() does it. Both refuse with a message naming the way out."""

from dataclasses import dataclass, replace
from datetime import date

from sqlite_utils import Database

from ..domain.actions import ActionStatus
from ..domain.agenda import AgendaItem, ItemKind
from ..domain.dates import long_date, weekday_date
from ..domain.errors import NotFound, ValidationError
from ..domain.meeting import Meeting, MeetingStatus
from ..domain.standard_items import MINUTES
from . import action_service, agenda_service, committee_service, meeting_service
from .action_service import ActionEntry

MATTERS_ARISING = "matters_arising"  # the item's standard key: how it is found again
TITLE = "Matters Arising"
INTRO = "To note progress on the actions arising from previous meetings:"
_NOT_HELD = (MeetingStatus.DRAFT, MeetingStatus.AGENDA_PUBLISHED)


@dataclass(frozen=True)
class MattersArisingPlan:
    """What put_on_next_agenda would do: the meeting, the actions, the item's text, and the
    item it would rewrite (None: a new item is added)."""

    meeting: Meeting
    entries: tuple[ActionEntry, ...]
    purpose: str
    existing_item_id: int | None

    def summary(self) -> str:
        """'2 actions go on the agenda of Tuesday 19 March 2019 ...', for a confirmation."""
        count = len(self.entries)
        actions = "1 action goes" if count == 1 else f"{count} actions go"
        how = ("replacing the list in its existing 'Matters Arising' item"
               if self.existing_item_id is not None else "as a new item 'Matters Arising'")
        return (f"{actions} on the agenda of the meeting on {weekday_date(self.meeting.date)}, "
                f"{how}.")


@dataclass(frozen=True)
class MattersArising:
    meeting: Meeting
    item_id: int
    added: bool  # False when the existing item was brought up to date
    action_count: int


def next_meeting(db: Database, committee_id: int, today: date | None = None) -> Meeting:
    """The committee's first meeting after today that has not yet been held."""
    committee = committee_service.get_committee(db, committee_id)
    today = today or date.today()
    for summary in meeting_service.list_meetings(db, committee_id):
        if summary.meeting.date > today and summary.meeting.status in _NOT_HELD:
            return summary.meeting
    raise ValidationError(
        f"{committee.name} has no meeting after {long_date(today)} to put matters arising on. "
        "Add the next meeting first (File > New meeting...), then put the actions on its "
        "agenda.", "meeting")


def action_line(entry: ActionEntry) -> str:
    """'Minute 21 (13 November 2018): Write to ... - Sarah Lindqvist, due 4 December 2018
    (overdue)', one line of the item's purpose."""
    logged, action = entry.logged, entry.action
    due = f"due {long_date(action.due)}" if action.due else "no due date"
    overdue = " (OVERDUE)" if entry.overdue else ""
    return (f"\u2022 Minute {logged.minute_number} ({long_date(logged.meeting_date)}): "
            f"{action.description} \u2013 {action.owner}, {due}{overdue}")


def matters_arising_text(entries: list[ActionEntry]) -> str:
    return "\n".join([INTRO, *(action_line(e) for e in entries)])


def prepare(db: Database, committee_id: int, action_ids: list[int] | None = None,
            today: date | None = None) -> MattersArisingPlan:
    """Check that the actions (default: every open action of the committee's earlier
    meetings) can go on the next meeting's agenda, and say how."""
    today = today or date.today()
    meeting = next_meeting(db, committee_id, today)
    if meeting.status is not MeetingStatus.DRAFT:
        raise ValidationError(
            f"The agenda of the meeting on {weekday_date(meeting.date)} has been published, so "
            "matters arising can no longer be added to it. Set the meeting back to Draft to "
            "change its agenda, or raise the actions at the meeting under the minutes of the "
            "previous meeting.", "meeting")
    entries = _chosen(db, committee_id, meeting, action_ids, today)
    existing = _existing_item(db, meeting.id)
    return MattersArisingPlan(meeting, tuple(entries), matters_arising_text(entries),
                              existing.id if existing else None)


def put_on_next_agenda(db: Database, committee_id: int, action_ids: list[int] | None = None,
                       today: date | None = None) -> MattersArising:
    """Add (or bring up to date) the next meeting's "Matters Arising" item listing the
    actions; placed after "Minutes of Previous Meeting", else after the last standard item."""
    plan = prepare(db, committee_id, action_ids, today)
    meeting_id = plan.meeting.id
    with db.atomic():
        existing = _existing_item(db, meeting_id)
        if existing is not None:
            agenda_service.update_item(db, replace(existing, purpose=plan.purpose))
            item_id = existing.id
        else:
            item = AgendaItem(TITLE, plan.purpose, kind=ItemKind.STANDARD,
                              standard_key=MATTERS_ARISING)
            item_id = agenda_service.add_item(db, meeting_id, item,
                                              _place(agenda_service.agenda(db, meeting_id)))
    return MattersArising(plan.meeting, item_id, existing is None, len(plan.entries))


def _existing_item(db: Database, meeting_id: int) -> AgendaItem | None:
    return next((it for it in agenda_service.agenda(db, meeting_id)
                 if it.standard_key == MATTERS_ARISING), None)


def _place(items: list[AgendaItem]) -> int:
    """Just after the minutes item, else just after the last standard item, else first."""
    minutes = [i for i, it in enumerate(items) if it.standard_key == MINUTES]
    standard = [i for i, it in enumerate(items) if it.is_standard]
    return (minutes or standard or [-1])[-1] + 1


def _chosen(db: Database, committee_id: int, meeting: Meeting, action_ids: list[int] | None,
            today: date) -> list[ActionEntry]:
    name = committee_service.get_committee(db, committee_id).name
    if action_ids is None:
        entries = [e for e in action_service.actions_log(db, committee_id, open_only=True,
                                                         today=today)
                   if e.logged.meeting_date < meeting.date]
        if not entries:
            raise ValidationError(
                f"{name} has no open actions from earlier meetings, so there are no matters "
                "arising to put on the agenda.", "actions")
        return entries
    if not action_ids:
        raise ValidationError("Choose at least one open action to put on the agenda.",
                              "actions")
    everywhere = {e.action.id: e for e in action_service.actions_log(db, today=today)}
    for action_id in action_ids:
        _check_choosable(everywhere.get(action_id), action_id, committee_id, name, meeting)
    wanted = set(action_ids)
    # in the log's order (meeting date, minute number), whatever order they were chosen in
    return [e for e in everywhere.values() if e.action.id in wanted]


def _check_choosable(entry: ActionEntry | None, action_id: int, committee_id: int, name: str,
                     meeting: Meeting) -> None:
    if entry is None:
        raise NotFound(f"There is no action with id {action_id}.")
    described = f"The action '{entry.action.description}'"
    if entry.logged.committee_id != committee_id:
        raise ValidationError(
            f"{described} arose at {entry.logged.committee_name}, not {name}: put each "
            "committee's actions on its own agenda.", "actions")
    if entry.action.status is not ActionStatus.OPEN:
        raise ValidationError(
            f"{described} is {entry.action.status.label.lower()}: only open actions are "
            "matters arising. Reopen it first if it is still to be done.", "actions")
    if entry.logged.meeting_date >= meeting.date:
        raise ValidationError(
            f"{described} arose at the meeting on {long_date(entry.logged.meeting_date)}, "
            "which is not before the next meeting: it cannot be a matter arising there.",
            "actions")
