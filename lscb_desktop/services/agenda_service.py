"""Editing a meeting's agenda. Every change leaves the agenda normalised: positions 0..n-1,
Part 1 before Part 2; and once the meeting's minutes are started, every change reaches them in
the same transaction (minutes_sync.py), or is refused as a whole."""

from dataclasses import replace

from sqlite_utils import Database

from ..domain.agenda import AgendaItem, end_of_part, moved, moved_from, normalised
from ..domain.exemptions import validate_paragraphs
from ..store import agenda_repo, meeting_repo
from .minutes_sync import before_edit, follow_agenda


def agenda(db: Database, meeting_id: int) -> list[AgendaItem]:
    return normalised(agenda_repo.items(db, meeting_id))


def _clean(item: AgendaItem) -> AgendaItem:
    item = replace(item, title=item.title.strip(), exempt_paragraphs=list(item.exempt_paragraphs))
    if item.part == 1:
        item.exempt_paragraphs = []
    item.validate()
    item.exempt_paragraphs = validate_paragraphs(item.exempt_paragraphs)
    return item


def add_item(db: Database, meeting_id: int, item: AgendaItem, index: int | None = None) -> int:
    """Add an item at the end of its part (or at `index`, kept within its part); its id."""
    meeting_repo.get(db, meeting_id)
    new = replace(_clean(item), id=None, meeting_id=meeting_id)
    before = agenda(db, meeting_id)
    current = list(before)
    at = end_of_part(current, new.part)
    current.insert(at, new)
    current = [replace(it, position=i) for i, it in enumerate(current)]
    if index is not None:
        current = moved_from(current, at, index)
    with db.atomic():
        was = before_edit(db, meeting_id, before)
        ids = agenda_repo.replace_all(db, meeting_id, current)
        follow_agenda(db, was)
    return next(i for i, it in zip(ids, current) if it.id is None)


def update_item(db: Database, item: AgendaItem) -> None:
    """Save an edited item. An item moved to the other part goes to the end of that part."""
    old = agenda_repo.get(db, item.id)
    item = _clean(replace(item, meeting_id=old.meeting_id))
    before = agenda(db, old.meeting_id)
    current = list(before)
    if item.part == old.part:
        current = [replace(item, position=it.position) if it.id == item.id else it for it in current]
    else:
        current = [it for it in current if it.id != item.id]
        current.insert(end_of_part(current, item.part), item)
        current = [replace(it, position=i) for i, it in enumerate(current)]
    _replace_agenda(db, old.meeting_id, before, normalised(current))


def delete_item(db: Database, item_id: int) -> None:
    old = agenda_repo.get(db, item_id)
    before = agenda(db, old.meeting_id)
    remaining = [it for it in before if it.id != item_id]
    _replace_agenda(db, old.meeting_id, before, normalised(remaining))


def move_item(db: Database, meeting_id: int, item_id: int, target_index: int) -> None:
    """Move an item to `target_index` in the agenda; it cannot leave its part."""
    before = agenda(db, meeting_id)
    _replace_agenda(db, meeting_id, before, moved(before, item_id, target_index))


def restore_agenda(db: Database, meeting_id: int, items: list[AgendaItem]) -> None:
    """Put back an earlier state of the agenda exactly, ids included (undo and redo)."""
    _replace_agenda(db, meeting_id, agenda(db, meeting_id), normalised(items))


def _replace_agenda(db: Database, meeting_id: int, before: list[AgendaItem],
                    after: list[AgendaItem]) -> None:
    """Make the agenda `after`, and its started minutes follow, in one transaction."""
    with db.atomic():
        was = before_edit(db, meeting_id, before)
        agenda_repo.replace_all(db, meeting_id, after)
        follow_agenda(db, was)
