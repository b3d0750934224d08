"""Undoable agenda edits.

Each edit is applied through agenda_service before it is pushed; the command keeps the
agenda as it was before and after, and undo/redo put those back exactly (ids included) with
agenda_service.restore_agenda. Applying first means a refused edit (ValidationError) never
reaches the stack and the caller can show the message."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.agenda import AgendaItem
from ..services import agenda_service

# Called after every change with the id of the item to select (None: keep no selection).
Refresh = Callable[[int | None], None]


class AgendaSnapshotCommand(QUndoCommand):
    def __init__(
        self,
        db,
        meeting_id: int,
        text: str,
        before: list[AgendaItem],
        after: list[AgendaItem],
        select_after: int | None,
        select_before: int | None,
        refresh: Refresh,
    ):
        super().__init__(text)
        self.db = db
        self.meeting_id = meeting_id
        self.before, self.after = before, after
        self.select_after, self.select_before = select_after, select_before
        self.refresh = refresh
        self._applied = True  # the edit was made before the push; the first redo only shows it

    def redo(self) -> None:
        if not self._applied:
            agenda_service.restore_agenda(self.db, self.meeting_id, self.after)
        self._applied = False
        self.refresh(self.select_after)

    def undo(self) -> None:
        agenda_service.restore_agenda(self.db, self.meeting_id, self.before)
        self.refresh(self.select_before)


def apply_agenda_edit(
    stack: QUndoStack,
    db,
    meeting_id: int,
    text: str,
    edit: Callable[[], int | None],
    refresh: Refresh,
    select_before: int | None = None,
) -> None:
    """Run `edit` (a service call returning the id to select afterwards) inside one
    transaction and push it as an undoable command. Raises what the service raises, having
    changed nothing."""
    before = agenda_service.agenda(db, meeting_id)
    with db.atomic():
        select_after = edit()
    after = agenda_service.agenda(db, meeting_id)
    if after == before:
        refresh(select_after)
        return
    stack.push(
        AgendaSnapshotCommand(
            db, meeting_id, text, before, after, select_after, select_before, refresh
        )
    )


def add_item(stack, db, meeting_id: int, item: AgendaItem, refresh: Refresh) -> None:
    apply_agenda_edit(
        stack, db, meeting_id, f"Add '{item.title}'",
        lambda: agenda_service.add_item(db, meeting_id, item), refresh,
    )


def update_item(stack, db, meeting_id: int, item: AgendaItem, refresh: Refresh) -> None:
    def edit():
        agenda_service.update_item(db, item)
        return item.id

    apply_agenda_edit(stack, db, meeting_id, f"Edit '{item.title}'", edit, refresh, item.id)


def delete_item(
    stack, db, meeting_id: int, item: AgendaItem, neighbour: int | None, refresh: Refresh
) -> None:
    """Delete `item`; the selection moves to `neighbour` and comes back to it on undo."""
    def edit():
        agenda_service.delete_item(db, item.id)
        return neighbour

    apply_agenda_edit(stack, db, meeting_id, f"Delete '{item.title}'", edit, refresh, item.id)


def move_item(
    stack, db, meeting_id: int, item: AgendaItem, target_index: int, refresh: Refresh
) -> None:
    """Move `item` to `target_index`; services keep it inside its own part, and a move that
    changes nothing is not pushed."""
    def edit():
        agenda_service.move_item(db, meeting_id, item.id, target_index)
        return item.id

    apply_agenda_edit(stack, db, meeting_id, f"Move '{item.title}'", edit, refresh, item.id)
