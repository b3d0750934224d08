"""Undoable live-mode edits (decisions, the order of taking, the times).

Like the agenda's commands, each edit is made through a service before it is pushed, so a
refused edit (ValidationError) never reaches the stack; the command keeps the way back and
the way forward as two service calls, and names the minute to show afterwards."""

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from .messages import USER_ERRORS

Show = Callable[[int | None], None]  # refresh live mode, going to this minute (None: stay)
Report = Callable[[BaseException], None]  # tell the clerk why an undo or redo was refused


class LiveEditCommand(QUndoCommand):
    def __init__(self, text: str, forward: Callable[[], None], back: Callable[[], None],
                 show: Show, report: Report, minute_id: int | None):
        super().__init__(text)
        self._forward, self._back = forward, back
        self._show, self._report, self._minute_id = show, report, minute_id
        self._applied = True  # made before the push: the first redo only shows it

    def redo(self) -> None:
        if not self._applied:
            self._run(self._forward)
        self._applied = False
        self._show(self._minute_id)

    def undo(self) -> None:
        self._run(self._back)
        self._show(self._minute_id)

    def _run(self, step: Callable[[], None]) -> None:
        # e.g. the minutes were approved in the main window meanwhile: say so, change nothing
        try:
            step()
        except USER_ERRORS as error:
            self._report(error)


def apply_live_edit(stack: QUndoStack, text: str, forward: Callable[[], None],
                    back: Callable[[], None], show: Show, report: Report,
                    minute_id: int | None) -> None:
    """Make the edit and push it. Raises what the service raises, having pushed nothing."""
    forward()
    stack.push(LiveEditCommand(text, forward, back, show, report, minute_id))
