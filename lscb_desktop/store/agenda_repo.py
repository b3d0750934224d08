"""Agenda items of a meeting, kept in agenda order by `position`."""

import json

from sqlite_utils import Database

from ..domain.agenda import AgendaItem, ItemKind
from ..domain.errors import NotFound


def _row(item: AgendaItem, meeting_id: int) -> dict:
    row = {
        "meeting_id": meeting_id,
        "position": item.position,
        "title": item.title.strip(),
        "purpose": item.purpose,
        "presenter": item.presenter,
        "kind": item.kind.value,
        "part": item.part,
        "exempt_paragraphs": json.dumps(sorted(item.exempt_paragraphs)),
        "standard_key": item.standard_key,
    }
    if item.id is not None:
        row["id"] = item.id
    return row


def _from(row: dict) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        meeting_id=row["meeting_id"],
        position=row["position"],
        title=row["title"],
        purpose=row["purpose"],
        presenter=row["presenter"],
        kind=ItemKind(row["kind"]),
        part=row["part"],
        exempt_paragraphs=json.loads(row["exempt_paragraphs"]),
        standard_key=row["standard_key"],
    )


def items(db: Database, meeting_id: int) -> list[AgendaItem]:
    rows = db["agenda_items"].rows_where("meeting_id = ?", [meeting_id], order_by="position, id")
    return [_from(r) for r in rows]


def get(db: Database, item_id: int) -> AgendaItem:
    rows = list(db["agenda_items"].rows_where("id = ?", [item_id]))
    if not rows:
        raise NotFound(f"There is no agenda item with id {item_id}.")
    return _from(rows[0])


def replace_all(db: Database, meeting_id: int, new_items: list[AgendaItem]) -> list[int]:
    """Make the agenda exactly `new_items` (ids kept where given), in one transaction."""
    with db.atomic():
        keep = [i.id for i in new_items if i.id is not None]
        placeholders = ",".join("?" * len(keep))
        if keep:
            db.execute(
                f"DELETE FROM agenda_items WHERE meeting_id = ? AND id NOT IN ({placeholders})",
                [meeting_id, *keep],
            )
        else:
            db.execute("DELETE FROM agenda_items WHERE meeting_id = ?", [meeting_id])
        ids = []
        table = db["agenda_items"]
        for item in new_items:
            row = _row(item, meeting_id)
            if item.id is None:
                ids.append(table.insert(row).last_pk)
            else:
                ids.append(table.upsert(row, pk="id").last_pk)
        return ids
