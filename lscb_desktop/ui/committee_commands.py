"""Undoable edits of a committee, its members and its officers.

Each edit is applied through committee_service before it is pushed, so a refused edit
(ValidationError) never reaches the stack and the caller can show the message; the first
redo() only refreshes the view. Later undo/redo failures (the committee was deleted meanwhile)
are reported through `on_error` instead of escaping into Qt."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.committee import Committee
from ..domain.errors import NotFound, ValidationError
from ..services import committee_service

# Called after every change with the id of the record to select (None: no selection).
Refresh = Callable[[int | None], None]
ReportError = Callable[[str], None]


@dataclass(frozen=True)
class RecordKind:
    """How to save and remove one kind of committee record (member, officer)."""

    noun: str
    save: Callable[[Any, Any], int]
    remove: Callable[[Any, int], None]


MEMBERS = RecordKind("member", committee_service.save_member, committee_service.remove_member)
OFFICERS = RecordKind("officer", committee_service.save_officer, committee_service.remove_officer)


class RecordIds:
    """Undoing a removal re-adds the record under a new id, so commands refer to records by
    a stable token and look up the record's current id here (None while it is removed)."""

    def __init__(self) -> None:
        self._ids: dict[int, int | None] = {}

    def token_for(self, record_id: int) -> int:
        for token, current in self._ids.items():
            if current == record_id:
                return token
        token = len(self._ids)
        self._ids[token] = record_id
        return token

    def current(self, token: int) -> int | None:
        return self._ids[token]

    def moved(self, token: int, record_id: int | None) -> None:
        self._ids[token] = record_id


class _ServiceCommand(QUndoCommand):
    """Applied before the push: the first redo() only refreshes."""

    def __init__(self, text: str, refresh: Refresh, on_error: ReportError):
        super().__init__(text)
        self._refresh = refresh
        self._on_error = on_error
        self._applied = False

    def apply(self) -> None:
        """Make the edit now; raises ValidationError / NotFound, leaving nothing behind."""
        self._do()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            self._refresh(self._selected_after())
            return
        self._guarded(self._do, "redo")
        self._refresh(self._selected_after())

    def undo(self) -> None:
        self._guarded(self._undo, "undo")
        self._refresh(self._selected_before())

    def _guarded(self, action: Callable[[], None], verb: str) -> None:
        try:
            action()
        except (ValidationError, NotFound) as error:
            self._on_error(f"Could not {verb} '{self.text()}': {error}")

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _selected_after(self) -> int | None:
        return None

    def _selected_before(self) -> int | None:
        return None


class SaveRecordCommand(_ServiceCommand):
    """Add a record (`before` is None) or change one."""

    def __init__(self, db, kind: RecordKind, ids: RecordIds, before, after,
                 refresh: Refresh, on_error: ReportError):
        verb = "Add" if before is None else "Edit"
        super().__init__(f"{verb} {kind.noun} {after.name.strip()}", refresh, on_error)
        self._db, self._kind, self._ids = db, kind, ids
        self._before, self._after = before, after
        self._token = None if before is None else ids.token_for(before.id)

    def _do(self) -> None:
        if self._before is None:
            new_id = self._kind.save(self._db, replace(self._after, id=None))
            if self._token is None:
                self._token = self._ids.token_for(new_id)
            else:
                self._ids.moved(self._token, new_id)
        else:
            self._kind.save(self._db, replace(self._after, id=self._ids.current(self._token)))

    def _undo(self) -> None:
        current = self._ids.current(self._token)
        if self._before is None:
            self._kind.remove(self._db, current)
            self._ids.moved(self._token, None)
        else:
            self._kind.save(self._db, replace(self._before, id=current))

    def _selected_after(self) -> int | None:
        return self._ids.current(self._token)

    def _selected_before(self) -> int | None:
        return None if self._before is None else self._ids.current(self._token)


class RemoveRecordCommand(_ServiceCommand):
    """Remove a record; undo adds it back (under a new id, tracked in `ids`)."""

    def __init__(self, db, kind: RecordKind, ids: RecordIds, record,
                 refresh: Refresh, on_error: ReportError):
        super().__init__(f"Remove {kind.noun} {record.name}", refresh, on_error)
        self._db, self._kind, self._ids = db, kind, ids
        self._record = record
        self._token = ids.token_for(record.id)

    def _do(self) -> None:
        self._kind.remove(self._db, self._ids.current(self._token))
        self._ids.moved(self._token, None)

    def _undo(self) -> None:
        self._ids.moved(self._token, self._kind.save(self._db, replace(self._record, id=None)))

    def _selected_before(self) -> int | None:
        return self._ids.current(self._token)


class EditCommitteeCommand(_ServiceCommand):
    """Any change to the committee record itself: details or standard items."""

    def __init__(self, db, text: str, before: Committee, after: Committee,
                 refresh: Refresh, on_error: ReportError):
        super().__init__(text, refresh, on_error)
        self._db, self._before, self._after = db, before, after

    def _do(self) -> None:
        committee_service.update_committee(self._db, replace(self._after))

    def _undo(self) -> None:
        committee_service.update_committee(self._db, replace(self._before))


def push_applied(stack: QUndoStack, command: _ServiceCommand) -> None:
    """Apply the command now and push it; raises (and pushes nothing) if the service refuses."""
    command.apply()
    stack.push(command)

