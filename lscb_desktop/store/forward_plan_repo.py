"""Forward plan entries, their deferrals, and the meetings standing items were put on."""

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from ..domain.errors import NotFound
from ..domain.forward_plan import EntryKind, EntryStatus, ForwardPlanEntry
from .codec import date_in, date_out


@dataclass(frozen=True)
class Deferral:
    entry_id: int
    from_meeting_id: int | None
    from_date: date | None
    to_meeting_id: int | None
    to_date: date | None
    reason: str
    deferred_at: datetime


def _row(e: ForwardPlanEntry) -> dict:
    return {
        "committee_id": e.committee_id,
        "meeting_id": e.meeting_id,
        "target_month": e.target_month,
        "position": e.position,
        "title": e.title.strip(),
        "description": e.description,
        "sub_group": e.sub_group,
        "lead_officer": e.lead_officer,
        "kind": e.kind.value,
        "status": e.status.value,
        "status_reason": e.status_reason,
        "key_decision": int(e.key_decision),
        "decision_maker": e.decision_maker,
        "first_published": date_out(e.first_published),
        "part": e.part,
        "exempt_paragraphs": json.dumps(sorted(e.exempt_paragraphs)),
        "notice_28_given": date_out(e.notice_28_given),
        "notice_5_given": date_out(e.notice_5_given),
        "agenda_item_id": e.agenda_item_id,
        "report_id": e.report_id,
    }


def _from(row: dict) -> ForwardPlanEntry:
    return ForwardPlanEntry(
        id=row["id"],
        committee_id=row["committee_id"],
        meeting_id=row["meeting_id"],
        target_month=row["target_month"],
        position=row["position"],
        title=row["title"],
        description=row["description"],
        sub_group=row["sub_group"],
        lead_officer=row["lead_officer"],
        kind=EntryKind(row["kind"]),
        status=EntryStatus(row["status"]),
        status_reason=row["status_reason"],
        key_decision=bool(row["key_decision"]),
        decision_maker=row["decision_maker"],
        first_published=date_in(row["first_published"]),
        part=row["part"],
        exempt_paragraphs=json.loads(row["exempt_paragraphs"]),
        notice_28_given=date_in(row["notice_28_given"]),
        notice_5_given=date_in(row["notice_5_given"]),
        agenda_item_id=row["agenda_item_id"],
        report_id=row["report_id"],
    )


def insert(db: Database, entry: ForwardPlanEntry) -> int:
    with db.atomic():
        return db["forward_plan_entries"].insert(_row(entry)).last_pk


def update(db: Database, entry: ForwardPlanEntry) -> None:
    with db.atomic():
        get(db, entry.id)
        db["forward_plan_entries"].update(entry.id, _row(entry))


def set_positions(db: Database, entries: list[ForwardPlanEntry]) -> None:
    with db.atomic():
        for e in entries:
            db.execute("UPDATE forward_plan_entries SET position = ? WHERE id = ?",
                       [e.position, e.id])


def delete(db: Database, entry_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM forward_plan_entries WHERE id = ?", [entry_id])


def get(db: Database, entry_id: int) -> ForwardPlanEntry:
    rows = list(db["forward_plan_entries"].rows_where("id = ?", [entry_id]))
    if not rows:
        raise NotFound(f"There is no forward plan entry with id {entry_id}.")
    return _from(rows[0])


def for_committee(db: Database, committee_id: int) -> list[ForwardPlanEntry]:
    rows = db["forward_plan_entries"].rows_where("committee_id = ?", [committee_id],
                                                 order_by="position, id")
    return [_from(r) for r in rows]


def for_meeting(db: Database, meeting_id: int) -> list[ForwardPlanEntry]:
    rows = db["forward_plan_entries"].rows_where("meeting_id = ?", [meeting_id],
                                                 order_by="position, id")
    return [_from(r) for r in rows]


def all_entries(db: Database) -> list[ForwardPlanEntry]:
    return [_from(r) for r in db["forward_plan_entries"].rows_where(order_by="position, id")]


# Deferrals -----------------------------------------------------------------------------

def add_deferral(db: Database, d: Deferral) -> None:
    with db.atomic():
        db["forward_plan_deferrals"].insert({
            "entry_id": d.entry_id, "from_meeting_id": d.from_meeting_id,
            "from_date": date_out(d.from_date), "to_meeting_id": d.to_meeting_id,
            "to_date": date_out(d.to_date), "reason": d.reason,
            "deferred_at": d.deferred_at.isoformat(timespec="seconds"),
        })


def deferrals(db: Database, entry_id: int) -> list[Deferral]:
    rows = db["forward_plan_deferrals"].rows_where("entry_id = ?", [entry_id], order_by="id")
    return [Deferral(r["entry_id"], r["from_meeting_id"], date_in(r["from_date"]),
                     r["to_meeting_id"], date_in(r["to_date"]), r["reason"],
                     datetime.fromisoformat(r["deferred_at"])) for r in rows]


# Standing items ------------------------------------------------------------------------

def placed_standing_entries(db: Database, meeting_id: int) -> set[int]:
    """The standing entries already put on this meeting's agenda."""
    rows = db.execute("SELECT entry_id FROM standing_item_placements WHERE meeting_id = ?",
                      [meeting_id]).fetchall()
    return {r[0] for r in rows}


def place_standing(db: Database, entry_id: int, meeting_id: int, agenda_item_id: int) -> None:
    with db.atomic():
        db["standing_item_placements"].upsert(
            {"entry_id": entry_id, "meeting_id": meeting_id, "agenda_item_id": agenda_item_id},
            pk=("entry_id", "meeting_id"))
