"""Undoable changes to actions in the actions log: a status change of the selected actions,
or an edit of one. The change is written through action_service before it is pushed, so a
refused change (ValidationError) never reaches the stack; the command keeps the actions as
they were before and after, and undo/redo write those states back."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.actions import Action, ActionStatus
from ..services import action_service
from .messages import USER_ERRORS

# Called after every change with the ids of the actions changed (to select them again).
Refresh = Callable[[list[int]], None]
ReportError = Callable[[BaseException], None]

STATUS_VERBS = {ActionStatus.DONE: "Mark done", ActionStatus.CANCELLED: "Mark cancelled",
                ActionStatus.OPEN: "Reopen"}


def _write(db, actions: list[Action]) -> None:
    with db.atomic():
        for action in actions:
            action_service.update_action(db, action)


class ActionsCommand(QUndoCommand):
    def __init__(self, db, text: str, before: list[Action], after: list[Action],
                 refresh: Refresh, report_error: ReportError):
        super().__init__(text)
        self.db = db
        self.before, self.after = before, after
        self.refresh, self.report_error = refresh, report_error
        self._applied = True  # written before the push; the first redo only shows it

    def _put(self, actions: list[Action]) -> None:
        try:
            _write(self.db, actions)
        except USER_ERRORS as error:  # e.g. the action was deleted with its minute meanwhile
            self.report_error(error)
        self.refresh([a.id for a in actions])

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            self.refresh([a.id for a in self.after])
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


def change_actions(stack: QUndoStack, db, text: str, before: list[Action],
                   after: list[Action], refresh: Refresh, report_error: ReportError) -> bool:
    """Write the actions that differ from `before` and push the change; raises what the
    service raises, having changed nothing. False when nothing differed."""
    pairs = [(old, new) for old, new in zip(before, after) if old != new]
    if not pairs:
        return False
    _write(db, [new for _, new in pairs])
    stack.push(ActionsCommand(db, text, [old for old, _ in pairs], [new for _, new in pairs],
                              refresh, report_error))
    return True


def status_change_text(status: ActionStatus, actions: list[Action]) -> str:
    """The Undo menu's text: "Mark done 'Contact the venue'", or "Mark done 3 actions"."""
    what = f"'{actions[0].description}'" if len(actions) == 1 else f"{len(actions)} actions"
    return f"{STATUS_VERBS[status]} {what}"
