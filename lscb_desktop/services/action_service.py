"""Actions arising from minutes, and the actions log across meetings. Actions stay open to
updates after the minutes are approved: their status is follow-up work, not the record."""

from dataclasses import dataclass, replace
from datetime import date

from sqlite_utils import Database

from ..domain.actions import Action, ActionStatus
from ..store import action_repo, minutes_repo
from ..store.action_repo import LoggedAction


@dataclass(frozen=True)
class ActionEntry:
    logged: LoggedAction
    overdue: bool

    @property
    def action(self) -> Action:
        return self.logged.action


def add_action(db: Database, minute_id: int, action: Action) -> int:
    minutes_repo.get(db, minute_id)
    action = replace(action, minute_id=minute_id, id=None)
    action.validate()
    return action_repo.insert(db, action)


def update_action(db: Database, action: Action) -> None:
    stored = action_repo.get(db, action.id)
    action = replace(action, minute_id=stored.minute_id)
    action.validate()
    action_repo.update(db, action)


def set_status(db: Database, action_id: int, status: ActionStatus) -> Action:
    action = replace(action_repo.get(db, action_id), status=status)
    action_repo.update(db, action)
    return action


def delete_action(db: Database, action_id: int) -> None:
    action_repo.get(db, action_id)
    action_repo.delete(db, action_id)


def actions_for_minute(db: Database, minute_id: int) -> list[Action]:
    return action_repo.for_minute(db, minute_id)


def actions_log(db: Database, committee_id: int | None = None, overdue_only: bool = False,
                open_only: bool = False, today: date | None = None) -> list[ActionEntry]:
    """Actions across meetings, oldest meeting first; overdue = open and due before today."""
    today = today or date.today()
    status = ActionStatus.OPEN if (overdue_only or open_only) else None
    entries = [ActionEntry(logged, logged.action.is_overdue(today))
               for logged in action_repo.log(db, committee_id, status)]
    return [e for e in entries if e.overdue] if overdue_only else entries


def restore_actions(db: Database, minute_id: int, actions: list[Action]) -> None:
    """Make the minute's actions exactly `actions` (as listed before an edit: undo and redo).
    Actions still there keep their ids; one deleted meanwhile comes back under a new id."""
    minutes_repo.get(db, minute_id)
    wanted = {a.id for a in actions if a.id is not None}
    with db.atomic():
        current = {a.id for a in action_repo.for_minute(db, minute_id)}
        for action_id in current - wanted:
            action_repo.delete(db, action_id)
        for action in actions:
            restored = replace(action, minute_id=minute_id)
            restored.validate()
            if action.id in current:
                action_repo.update(db, restored)
            else:
                action_repo.insert(db, replace(restored, id=None))
