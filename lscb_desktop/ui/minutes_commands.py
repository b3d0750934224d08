"""Undoable edits to a meeting's minutes: attendance, officers and others present,
declarations, decisions, actions, the order of taking, the times and the first number.

As in agenda_commands, each edit is made through the services first, so a refused edit
(ValidationError) never reaches the stack and the caller can show why; the command keeps
what the edit changed as it was before and after, and undo/redo write that back through a
service. Before writing, `flush` saves any narrative still waiting for the autosave, so an
undo never overwrites what was typed."""

from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.actions import Action
from ..domain.attendance import Attendance, AttendanceStatus, Attendee
from ..domain.decisions import Decision
from ..domain.declarations import Declaration
from ..services import action_service, attendance_service, minutes_service


class MinutesContext:
    """What every command needs from the page: the database, the stack, and two callbacks:
    `flush()` saves pending typing; `refresh(minute_id)` shows the minutes again with that
    minute selected (None: keep the selection)."""

    def __init__(self, db, stack: QUndoStack, flush: Callable[[], None],
                 refresh: Callable[[int | None], None]):
        self.db, self.stack, self.flush, self.refresh = db, stack, flush, refresh


class SnapshotCommand(QUndoCommand):
    """Writes `before` (undo) or `after` (redo) with `write(state)`."""

    def __init__(self, ctx: MinutesContext, text: str, write: Callable[[object], None],
                 before, after, select: int | None):
        super().__init__(text)
        self.ctx, self.write = ctx, write
        self.before, self.after, self.select = before, after, select
        self._applied = True  # the edit was made before the push; the first redo only shows it

    def redo(self) -> None:
        if not self._applied:
            self._put(self.after)
        self._applied = False
        self.ctx.refresh(self.select)

    def undo(self) -> None:
        self._put(self.before)
        self.ctx.refresh(self.select)

    def _put(self, state) -> None:
        self.ctx.flush()
        with self.ctx.db.atomic():
            self.write(state)


def apply(ctx: MinutesContext, text: str, read: Callable[[], object],
          write: Callable[[object], None], edit: Callable[[], None],
          select: int | None = None) -> bool:
    """Make `edit` in one transaction and push it; `read` gives the state it changes and
    `write` puts such a state back. Raises what the service raises, having changed nothing.
    False (and nothing pushed) when the edit changed nothing."""
    ctx.flush()
    before = read()
    with ctx.db.atomic():
        edit()
    after = read()
    if after == before:
        ctx.refresh(select)
        return False
    ctx.stack.push(SnapshotCommand(ctx, text, write, before, after, select))
    return True


# Attendance ------------------------------------------------------------------------------

def set_attendance(ctx: MinutesContext, member: Attendance, status: AttendanceStatus,
                   substitute: str = "") -> bool:
    db = ctx.db

    def read():
        return next(a for a in attendance_service.attendance(db, member.meeting_id)
                    if a.id == member.id)

    def write(state: Attendance):
        attendance_service.set_attendance(db, state.id, state.status, state.substitute)

    text = f"Mark {member.name} {status.label.lower()}"
    return apply(ctx, text, read, write,
                 lambda: attendance_service.set_attendance(db, member.id, status, substitute))


def set_attendees(ctx: MinutesContext, meeting_id: int, people: list[Attendee],
                  text: str) -> bool:
    db = ctx.db
    return apply(ctx, text, lambda: attendance_service.attendees(db, meeting_id),
                 lambda state: attendance_service.set_attendees(db, meeting_id, state),
                 lambda: attendance_service.set_attendees(db, meeting_id, people))


# Declarations -----------------------------------------------------------------------------

def _declarations(ctx: MinutesContext, meeting_id: int, text: str, edit) -> bool:
    db = ctx.db
    return apply(ctx, text, lambda: attendance_service.declarations(db, meeting_id),
                 lambda state: attendance_service.restore_declarations(db, meeting_id, state),
                 edit)


def declare_interest(ctx: MinutesContext, meeting_id: int, member_id: int, item_id: int,
                     kind, description: str) -> bool:
    return _declarations(ctx, meeting_id, "Add a declaration of interest", lambda: (
        attendance_service.declare_interest(ctx.db, meeting_id, member_id, item_id, kind,
                                            description)))


def withdraw_declaration(ctx: MinutesContext, declaration: Declaration) -> bool:
    return _declarations(ctx, declaration.meeting_id,
                         f"Withdraw {declaration.member_name}'s declaration",
                         lambda: attendance_service.withdraw_declaration(ctx.db, declaration.id))


# Decisions --------------------------------------------------------------------------------

def set_decisions(ctx: MinutesContext, minute_id: int, decisions: list[Decision],
                  text: str) -> bool:
    """Replace the minute's decisions; its title and narrative are left as saved."""
    db = ctx.db

    def write(state: list[Decision]):
        current = minutes_service.get_minute(db, minute_id)
        minutes_service.update_minute(db, replace(current, decisions=list(state)))

    return apply(ctx, text, lambda: minutes_service.get_minute(db, minute_id).decisions,
                 write, lambda: write(decisions), minute_id)


# Actions ----------------------------------------------------------------------------------

def change_actions(ctx: MinutesContext, minute_id: int, text: str, edit) -> bool:
    db = ctx.db
    return apply(ctx, text, lambda: action_service.actions_for_minute(db, minute_id),
                 lambda state: action_service.restore_actions(db, minute_id, state),
                 edit, minute_id)


def add_action(ctx: MinutesContext, minute_id: int, action: Action) -> bool:
    return change_actions(ctx, minute_id, f"Add action '{action.description}'",
                          lambda: action_service.add_action(ctx.db, minute_id, action))


def update_action(ctx: MinutesContext, minute_id: int, action: Action) -> bool:
    return change_actions(ctx, minute_id, f"Edit action '{action.description}'",
                          lambda: action_service.update_action(ctx.db, action))


def delete_action(ctx: MinutesContext, minute_id: int, action: Action) -> bool:
    return change_actions(ctx, minute_id, f"Delete action '{action.description}'",
                          lambda: action_service.delete_action(ctx.db, action.id))


# Order, times, numbering ------------------------------------------------------------------

def move_minute(ctx: MinutesContext, meeting_id: int, minute_id: int, to_index: int) -> bool:
    db = ctx.db
    title = minutes_service.get_minute(db, minute_id).title
    return apply(
        ctx, f"Move '{title}'",
        lambda: [m.id for m in minutes_service.get_minutes(db, meeting_id)],
        lambda order: minutes_service.restore_order(db, meeting_id, order),
        lambda: minutes_service.move_minute(db, meeting_id, minute_id, to_index), minute_id)


def set_times(ctx: MinutesContext, meeting_id: int, commenced: time | None,
              concluded: time | None) -> bool:
    db = ctx.db

    def read():
        found = minutes_service.record(db, meeting_id)
        return found.commenced, found.concluded

    return apply(ctx, "Change the meeting times", read,
                 lambda state: minutes_service.set_times(db, meeting_id, *state),
                 lambda: minutes_service.set_times(db, meeting_id, commenced, concluded))


def set_first_number(ctx: MinutesContext, meeting_id: int, first: int) -> bool:
    db = ctx.db
    return apply(ctx, f"Number the minutes from {first}",
                 lambda: minutes_service.record(db, meeting_id).first_number,
                 lambda state: minutes_service.set_first_number(db, meeting_id, state),
                 lambda: minutes_service.set_first_number(db, meeting_id, first))
