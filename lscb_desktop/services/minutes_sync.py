"""Agenda edits that reach minutes already started. agenda_service calls `before_edit` and,
after writing the agenda, `follow_agenda`, inside the edit's transaction, so that the agenda
and its minutes never disagree:

- a new item gets its minute, placed by agenda order among the minutes not yet taken;
- a renamed item's minute takes the new title, unless the clerk has retitled the minute;
- a change of part or of Schedule 12A paragraphs rewrites the exclusion resolution;
- an item moved on the agenda moves its minute too while that minute is not yet taken;
- a removed item's minute goes while nothing has been written in it.

A minute counts as "taken" once something has been written in it: narrative, a decision or an
action. The apologies, declarations and previous-minutes texts that the application drafts
itself do not count: they are rewritten from the attendance anyway, so nothing is lost.

Numbers always follow the order of taking (domain/minute_order.arranged)."""

from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from sqlite_utils import Database

from ..domain.agenda import AgendaItem
from ..domain.attendance import apologies_minute, titled_name
from ..domain.dates import long_date
from ..domain.decisions import Decision, minutes_approved
from ..domain.declarations import Declaration, declarations_minute
from ..domain.errors import ValidationError
from ..domain.minute_order import arranged
from ..domain.minutes import Minute, MinuteKind, MinutesRecord
from ..domain.standard_items import APOLOGIES, DECLARATIONS, MINUTES
from ..store import action_repo, agenda_repo, attendance_repo, meeting_repo, minutes_repo
from .meeting_service import previous_meeting


@dataclass
class AgendaBefore:
    """A meeting's agenda, minutes and declarations as they were before an agenda edit (the
    edit unlinks a removed item's minute and declarations, so they are read first)."""

    meeting_id: int
    items: list[AgendaItem]
    record: MinutesRecord | None
    minutes: list[Minute]
    declarations: list[Declaration]


def before_edit(db: Database, meeting_id: int, items: list[AgendaItem]) -> AgendaBefore:
    """Take note of the minutes before the agenda `items` is edited; refuses (ValidationError)
    when they are approved."""
    record = minutes_repo.find_record(db, meeting_id)
    if record is not None:
        _refuse_if_approved(db, meeting_id, record)
    if record is None:
        return AgendaBefore(meeting_id, list(items), None, [], [])
    return AgendaBefore(meeting_id, list(items), record, minutes_repo.minutes(db, meeting_id),
                        attendance_repo.declarations(db, meeting_id))


def follow_agenda(db: Database, before: AgendaBefore) -> None:
    """Bring the meeting's minutes, if started, in line with its agenda as it is now. Raises
    ValidationError (and the caller's transaction undoes the edit) when the edit would take
    away a minute that has something written in it."""
    if before.record is None:
        return
    meeting_id, current = before.meeting_id, before.minutes
    after = agenda_repo.items(db, meeting_id)
    blank = _blank_minutes(db, meeting_id, current)
    on_agenda = {item.id for item in after}
    removed = [m for m in current if m.agenda_item_id is not None
               and m.agenda_item_id not in on_agenda]
    gone = {item.id for item in before.items} - on_agenda
    _refuse_losing_what_was_written(db, before.declarations, gone, removed, blank)
    synced = _synced(current, removed, {item.id: item for item in before.items}, after, blank)
    result = arranged(synced, before.record.first_number)
    if [_content(m) for m in result] != [_content(m) for m in current]:
        minutes_repo.replace_all(db, meeting_id, result)


def _refuse_if_approved(db: Database, meeting_id: int, record: MinutesRecord) -> None:
    # Refused rather than allowed without touching the minutes: once approved they are the
    # signed record of what the meeting considered, and an agenda that no longer matches it
    # (or an item whose removal unlinks its minute and declarations) would change that record
    # silently. A wrong record is put right by a recorded correction.
    if record.locked:
        meeting = meeting_repo.get(db, meeting_id)
        raise ValidationError(
            f"The minutes of the meeting held on {long_date(meeting.date)} were approved "
            f"({record.approval_reference or long_date(record.approved_on)}) and are the signed "
            "record of what it considered, so its agenda can no longer change. If the minutes "
            "need putting right, record a correction citing the resolution that authorises it.",
            "agenda")


def _refuse_losing_what_was_written(db: Database, declarations: list[Declaration],
                                    gone: set[int], removed: list[Minute],
                                    blank: set[int]) -> None:
    # Refused rather than keeping the minute: a kept minute would stay in the minutes of an
    # item no longer on the agenda, unnoticed; refusing loses nothing and lets the clerk
    # decide (clear the minute, or keep the item).
    for minute in removed:
        if minute.id not in blank:
            raise ValidationError(
                f"'{minute.title}' cannot be removed from the agenda: its minute (Minute "
                f"{minute.number}) already has {_what_is_written(db, minute)}. Clear the minute "
                "first (its narrative, decisions and actions), or keep the item.", "agenda")
    for declaration in declarations:
        if declaration.agenda_item_id in gone:
            raise ValidationError(
                f"'{declaration.item_title}' cannot be removed from the agenda: "
                f"{titled_name(declaration.member_name, declaration.member_role)} declared an "
                "interest in it. Withdraw the "
                "declaration first if it was recorded by mistake, or keep the item.", "agenda")


def _what_is_written(db: Database, minute: Minute) -> str:
    parts = []
    if minute.narrative.strip():
        parts.append("narrative")
    if minute.decisions:
        parts.append("decisions")
    if action_repo.for_minute(db, minute.id):
        parts.append("actions")
    return " and ".join(parts) if len(parts) < 3 else "narrative, decisions and actions"


def _content(minute: Minute) -> tuple:
    """A minute as written, without the ids of its decisions (rewritten with every save)."""
    return (minute.id, minute.kind, minute.number, minute.taken_position, minute.title,
            minute.part, sorted(minute.exempt_paragraphs), minute.agenda_item_id,
            minute.standard_key, minute.narrative, _words(minute.decisions))


def _words(decisions: list[Decision]) -> list[tuple]:
    return [(d.kind, d.recommend_to, d.text, d.vote) for d in decisions]


def _blank_minutes(db: Database, meeting_id: int, minutes: list[Minute]) -> set[int]:
    """The ids of the minutes not yet taken: nothing written in them but what the application
    drafts itself."""
    drafted = _drafted(db, meeting_id)
    return {
        m.id for m in minutes
        if m.kind is MinuteKind.ITEM
        and (m.narrative.strip(), _words(m.decisions)) in (("", []), drafted.get(m.standard_key))
        and not action_repo.for_minute(db, m.id)
    }


def _drafted(db: Database, meeting_id: int) -> dict[str, tuple[str, list[tuple]]]:
    """What the application writes itself into the standard minutes: (narrative, decisions)."""
    meeting = meeting_repo.get(db, meeting_id)
    before = previous_meeting(db, meeting.committee_id, meeting.date)
    drafted = {
        APOLOGIES: (apologies_minute(attendance_repo.attendance(db, meeting_id)), []),
        DECLARATIONS: (declarations_minute(attendance_repo.declarations(db, meeting_id)), []),
    }
    if before is not None:
        drafted[MINUTES] = ("", _words([Decision(minutes_approved(before.date))]))
    return drafted


def _synced(current: list[Minute], removed: list[Minute], before: dict[int, AgendaItem],
            after: list[AgendaItem], blank: set[int]) -> list[Minute]:
    """The minutes in taken order after the agenda edit (numbers and the exclusion resolution
    are left to `arranged`)."""
    gone = {m.id for m in removed}
    taken_order = [m for m in current if m.id not in gone and m.kind is MinuteKind.ITEM]
    exclusions = [m for m in current if m.kind is MinuteKind.EXCLUSION]
    by_item = {m.agenda_item_id: m for m in taken_order if m.agenda_item_id is not None}
    moved = _moved_items(list(before), [item.id for item in after])
    to_place: list[Minute] = []
    for item in after:
        minute = by_item.get(item.id)
        if minute is None:
            to_place.append(_new_minute(item))
            continue
        old = before.get(item.id)
        followed = _following(minute, old, item)
        taken_order[taken_order.index(minute)] = followed
        if minute.id in blank and (item.id in moved or (old and old.part != item.part)):
            taken_order.remove(followed)
            to_place.append(followed)
    position = {item.id: item.position for item in after}
    for minute in to_place:  # in agenda order, so each lands after the one before it
        taken_order.insert(_place_for(minute, taken_order, blank, position), minute)
    return [replace(m, taken_position=i) for i, m in enumerate(taken_order)] + exclusions


def _new_minute(item: AgendaItem) -> Minute:
    return Minute(title=item.title, part=item.part, exempt_paragraphs=list(item.exempt_paragraphs),
                  agenda_item_id=item.id, standard_key=item.standard_key)


def _following(minute: Minute, old: AgendaItem | None, item: AgendaItem) -> Minute:
    """The minute following its item's title (unless the clerk retitled it), part and
    paragraphs."""
    retitled = old is None or minute.title.strip() != old.title.strip()
    return replace(minute, title=minute.title if retitled else item.title, part=item.part,
                   exempt_paragraphs=list(item.exempt_paragraphs),
                   standard_key=item.standard_key)


def _moved_items(before: list[int], after: list[int]) -> set[int]:
    """Items whose place among the others changed: those outside the longest runs the two
    orders share (a move changes the place of the item moved, not of those it passed)."""
    common = set(before) & set(after)
    old = [i for i in before if i in common]
    new = [i for i in after if i in common]
    kept = {old[block.a + k] for block in SequenceMatcher(None, old, new, autojunk=False)
            .get_matching_blocks() for k in range(block.size)}
    return common - kept


def _place_for(minute: Minute, taken_order: list[Minute], blank: set[int],
               position: dict[int, int]) -> int:
    """Just before the first minute not yet taken whose item comes later on the agenda; after
    everything else (the minutes already taken keep their places)."""
    mine = position[minute.agenda_item_id]
    for index, other in enumerate(taken_order):
        if other.id in blank and position.get(other.agenda_item_id, -1) > mine:
            return index
    return len(taken_order)
