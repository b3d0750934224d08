"""Undoable changes to a meeting's details and status.

Like agenda_commands: the change is made through meeting_service first (so a refusal never
reaches the stack), then pushed with the meeting as it was before and after; undo and redo
write those snapshots back with meeting_service.update_meeting."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.meeting import Meeting, MeetingStatus
from ..services import meeting_service


class MeetingSnapshotCommand(QUndoCommand):
    def __init__(self, db, text: str, before: Meeting, after: Meeting, refresh: Callable[[], None]):
        super().__init__(text)
        self.db = db
        self.before, self.after = before, after
        self.refresh = refresh
        self._applied = True

    def redo(self) -> None:
        if not self._applied:
            meeting_service.update_meeting(self.db, replace(self.after))
        self._applied = False
        self.refresh()

    def undo(self) -> None:
        meeting_service.update_meeting(self.db, replace(self.before))
        self.refresh()


def _apply(stack: QUndoStack, db, meeting_id: int, text: str, change, refresh) -> None:
    before = meeting_service.get_meeting(db, meeting_id)
    with db.atomic():
        change()
    after = meeting_service.get_meeting(db, meeting_id)
    if after == before:
        refresh()
        return
    stack.push(MeetingSnapshotCommand(db, text, before, after, refresh))


def update_details(stack: QUndoStack, db, edited: Meeting, refresh) -> None:
    _apply(stack, db, edited.id, "Edit meeting details",
           lambda: meeting_service.update_meeting(db, replace(edited)), refresh)


def set_list_future_dates(stack: QUndoStack, db, meeting_id: int, listed: bool, refresh) -> None:
    def change():
        meeting = meeting_service.get_meeting(db, meeting_id)
        meeting.list_future_dates = listed
        meeting_service.update_meeting(db, meeting)

    text = "List future meeting dates" if listed else "Leave future meeting dates off the agenda"
    _apply(stack, db, meeting_id, text, change, refresh)


def set_status(stack: QUndoStack, db, meeting_id: int, status: MeetingStatus, today,
               refresh) -> None:
    _apply(stack, db, meeting_id, f"Mark as {status.label.lower()}",
           lambda: meeting_service.set_status(db, meeting_id, status, today), refresh)
