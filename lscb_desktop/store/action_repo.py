"""Actions arising from minutes, and the actions log across meetings."""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..domain.actions import Action, ActionStatus
from ..domain.errors import NotFound
from .codec import date_in, date_out


def _row(a: Action) -> dict:
    return {"minute_id": a.minute_id, "description": a.description.strip(),
            "owner": a.owner.strip(), "due_date": date_out(a.due), "status": a.status.value}


def _from(row: dict) -> Action:
    return Action(id=row["id"], minute_id=row["minute_id"], description=row["description"],
                  owner=row["owner"], due=date_in(row["due_date"]),
                  status=ActionStatus(row["status"]))


def insert(db: Database, action: Action) -> int:
    with db.atomic():
        return db["actions"].insert(_row(action)).last_pk


def insert_all(db: Database, actions: list[Action]) -> None:
    """Insert several actions at once (a meeting file's import)."""
    with db.atomic():
        db["actions"].insert_all(_row(a) for a in actions)


def update(db: Database, action: Action) -> None:
    with db.atomic():
        get(db, action.id)
        db["actions"].update(action.id, _row(action))


def delete(db: Database, action_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM actions WHERE id = ?", [action_id])


def get(db: Database, action_id: int) -> Action:
    rows = list(db["actions"].rows_where("id = ?", [action_id]))
    if not rows:
        raise NotFound(f"There is no action with id {action_id}.")
    return _from(rows[0])


def for_minute(db: Database, minute_id: int) -> list[Action]:
    return [_from(r) for r in db["actions"].rows_where("minute_id = ?", [minute_id],
                                                       order_by="id")]


@dataclass(frozen=True)
class LoggedAction:
    action: Action
    committee_id: int
    committee_name: str
    meeting_id: int
    meeting_date: date
    minute_number: int
    minute_title: str


def log(db: Database, committee_id: int | None = None,
        status: ActionStatus | None = None) -> list[LoggedAction]:
    """Actions across meetings, oldest meeting first, each with where it arose."""
    where, params = [], []
    if committee_id is not None:
        where.append("c.id = ?")
        params.append(committee_id)
    if status is not None:
        where.append("a.status = ?")
        params.append(status.value)
    rows = db.query(
        "SELECT a.*, c.id AS committee_id, c.name AS committee_name, mt.id AS meeting_id, "
        "mt.date AS meeting_date, mi.number AS minute_number, mi.title AS minute_title "
        "FROM actions a JOIN minutes mi ON mi.id = a.minute_id "
        "JOIN meetings mt ON mt.id = mi.meeting_id JOIN committees c ON c.id = mt.committee_id "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "ORDER BY mt.date, mi.number, a.id",
        params,
    )
    return [LoggedAction(_from(r), r["committee_id"], r["committee_name"], r["meeting_id"],
                         date_in(r["meeting_date"]), r["minute_number"], r["minute_title"])
            for r in rows]
