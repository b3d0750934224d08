"""A meeting's minutes: its record (first number, times, approval), its minutes in taken
order with their decisions, and the corrections made after approval. Every write of a
minute re-indexes it for search (minute_search.py)."""

import json
from datetime import datetime

from sqlite_utils import Database

from ..domain.decisions import Decision, DecisionKind, Vote, VoteCast
from ..domain.errors import NotFound
from ..domain.minutes import CorrectedField, Correction, Minute, MinuteKind, MinutesRecord
from . import minute_search
from .codec import date_in, date_out, time_in, time_out


def _time_out(t):
    return time_out(t) if t else None


def _time_in(text):
    return time_in(text) if text else None


# The record -------------------------------------------------------------------------

def _record_row(r: MinutesRecord) -> dict:
    return {
        "meeting_id": r.meeting_id,
        "first_number": r.first_number,
        "commenced": _time_out(r.commenced),
        "concluded": _time_out(r.concluded),
        "approved_on": date_out(r.approved_on),
        "approved_at_meeting_id": r.approved_at_meeting_id,
        "approval_reference": r.approval_reference,
        "amendment": r.amendment,
        "approved_by": r.approved_by,
    }


def find_record(db: Database, meeting_id: int) -> MinutesRecord | None:
    rows = list(db["meeting_minutes"].rows_where("meeting_id = ?", [meeting_id]))
    if not rows:
        return None
    row = rows[0]
    return MinutesRecord(
        meeting_id=row["meeting_id"], first_number=row["first_number"],
        commenced=_time_in(row["commenced"]), concluded=_time_in(row["concluded"]),
        approved_on=date_in(row["approved_on"]),
        approved_at_meeting_id=row["approved_at_meeting_id"],
        approval_reference=row["approval_reference"], amendment=row["amendment"],
        approved_by=row["approved_by"],
    )


def save_record(db: Database, record: MinutesRecord) -> None:
    with db.atomic():
        db["meeting_minutes"].upsert(_record_row(record), pk="meeting_id")


def last_numbers(db: Database, committee_id: int) -> list[tuple]:
    """(meeting id, meeting date, last minute number) of the committee's minuted meetings."""
    return db.execute(
        "SELECT m.id, m.date, max(mi.number) FROM meetings m "
        "JOIN minutes mi ON mi.meeting_id = m.id WHERE m.committee_id = ? GROUP BY m.id",
        [committee_id],
    ).fetchall()


# Minutes and decisions ----------------------------------------------------------------

def _vote_out(vote: Vote | None) -> str | None:
    if vote is None:
        return None
    return json.dumps({"for": vote.in_favour, "against": vote.against,
                       "abstentions": vote.abstentions,
                       "named": [[name, cast.value] for name, cast in vote.named]})


def vote_from_text(text: str | None) -> Vote | None:
    if text is None:
        return None
    data = json.loads(text)
    return Vote(data["for"], data["against"], data["abstentions"],
                [(name, VoteCast(cast)) for name, cast in data["named"]])


def _minute_row(m: Minute, meeting_id: int) -> dict:
    row = {
        "meeting_id": meeting_id,
        "taken_position": m.taken_position,
        "number": m.number,
        "kind": m.kind.value,
        "agenda_item_id": m.agenda_item_id,
        "standard_key": m.standard_key,
        "title": m.title.strip(),
        "part": m.part,
        "exempt_paragraphs": json.dumps(sorted(m.exempt_paragraphs)),
        "narrative": m.narrative,
    }
    if m.id is not None:
        row["id"] = m.id
    return row


def _decisions(db: Database, minute_ids: list[int]) -> dict[int, list[Decision]]:
    found: dict[int, list[Decision]] = {i: [] for i in minute_ids}
    if not minute_ids:
        return found
    marks = ",".join("?" * len(minute_ids))
    for row in db.query(f"SELECT * FROM decisions WHERE minute_id IN ({marks}) "
                        "ORDER BY minute_id, position", minute_ids):
        found[row["minute_id"]].append(Decision(
            id=row["id"], minute_id=row["minute_id"], text=row["text"],
            kind=DecisionKind(row["kind"]), recommend_to=row["recommend_to"],
            vote=vote_from_text(row["vote"])))
    return found


def _minute_from(row: dict, decisions: list[Decision]) -> Minute:
    return Minute(
        id=row["id"], meeting_id=row["meeting_id"], taken_position=row["taken_position"],
        number=row["number"], kind=MinuteKind(row["kind"]), agenda_item_id=row["agenda_item_id"],
        standard_key=row["standard_key"], title=row["title"], part=row["part"],
        exempt_paragraphs=json.loads(row["exempt_paragraphs"]), narrative=row["narrative"],
        decisions=decisions,
    )


def minutes(db: Database, meeting_id: int) -> list[Minute]:
    """The meeting's minutes in taken order."""
    rows = list(db["minutes"].rows_where("meeting_id = ?", [meeting_id],
                                         order_by="taken_position, id"))
    decisions = _decisions(db, [r["id"] for r in rows])
    return [_minute_from(r, decisions[r["id"]]) for r in rows]


def get(db: Database, minute_id: int) -> Minute:
    rows = list(db["minutes"].rows_where("id = ?", [minute_id]))
    if not rows:
        raise NotFound(f"There is no minute with id {minute_id}.")
    return _minute_from(rows[0], _decisions(db, [minute_id])[minute_id])


def _write(db: Database, minute: Minute, meeting_id: int) -> int:
    row = _minute_row(minute, meeting_id)
    table = db["minutes"]
    minute_id = (table.insert(row) if minute.id is None else table.upsert(row, pk="id")).last_pk
    db.execute("DELETE FROM decisions WHERE minute_id = ?", [minute_id])
    db["decisions"].insert_all(
        {"minute_id": minute_id, "position": i, "kind": d.kind.value,
         "recommend_to": d.recommend_to.strip(), "text": d.text.strip(), "vote": _vote_out(d.vote)}
        for i, d in enumerate(minute.decisions)
    )
    minute_search.index_minute(db, minute_id, minute)
    return minute_id


def save(db: Database, minute: Minute) -> int:
    """Save one minute (its decisions replaced by the minute's); its id."""
    with db.atomic():
        if minute.id is not None:
            get(db, minute.id)
        return _write(db, minute, minute.meeting_id)


def replace_all(db: Database, meeting_id: int, new_minutes: list[Minute]) -> list[int]:
    """Make the meeting's minutes exactly `new_minutes` (ids kept where given)."""
    with db.atomic():
        keep = [m.id for m in new_minutes if m.id is not None]
        marks = ",".join("?" * len(keep))
        kept = f" AND id NOT IN ({marks})" if keep else ""
        db.execute(f"DELETE FROM minutes WHERE meeting_id = ?{kept}", [meeting_id, *keep])
        return [_write(db, m, meeting_id) for m in new_minutes]


# Corrections ----------------------------------------------------------------------------

def add_correction(db: Database, c: Correction) -> int:
    with db.atomic():
        return db["minute_corrections"].insert({
            "minute_id": c.minute_id, "field": c.field.value,
            "decision_position": c.decision_position, "original": c.original,
            "corrected": c.corrected, "resolution_reference": c.resolution_reference.strip(),
            "corrected_by": c.corrected_by.strip(),
            "corrected_at": c.corrected_at.isoformat(timespec="seconds"),
        }).last_pk


def corrections(db: Database, minute_id: int) -> list[Correction]:
    rows = db["minute_corrections"].rows_where("minute_id = ?", [minute_id], order_by="id")
    return [Correction(
        id=r["id"], minute_id=r["minute_id"], field=CorrectedField(r["field"]),
        decision_position=r["decision_position"], original=r["original"],
        corrected=r["corrected"], resolution_reference=r["resolution_reference"],
        corrected_by=r["corrected_by"], corrected_at=datetime.fromisoformat(r["corrected_at"]),
    ) for r in rows]
