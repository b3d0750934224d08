"""Committees with their standard items, members and officers."""

from sqlite_utils import Database

from ..domain.errors import NotFound
from ..domain.committee import (
    Committee,
    Member,
    MemberRole,
    MinuteNumbering,
    Officer,
    StandardItem,
)
from .codec import date_in, date_out, time_in, time_out


def _committee_row(c: Committee) -> dict:
    return {
        "name": c.name.strip(),
        "default_venue": c.default_venue,
        "default_start_time": time_out(c.default_start_time),
        "minute_numbering": c.minute_numbering.value,
        "terms_of_reference": c.terms_of_reference,
    }


def _committee_from(db: Database, row: dict) -> Committee:
    items = db.execute(
        "SELECT key, title, purpose FROM committee_standard_items "
        "WHERE committee_id = ? ORDER BY position",
        [row["id"]],
    ).fetchall()
    return Committee(
        id=row["id"],
        name=row["name"],
        default_venue=row["default_venue"],
        default_start_time=time_in(row["default_start_time"]),
        minute_numbering=MinuteNumbering(row["minute_numbering"]),
        terms_of_reference=row["terms_of_reference"],
        standard_items=[StandardItem(*r) for r in items],
    )


def _save_standard_items(db: Database, committee_id: int, items: list[StandardItem]) -> None:
    db.execute("DELETE FROM committee_standard_items WHERE committee_id = ?", [committee_id])
    db["committee_standard_items"].insert_all(
        {"committee_id": committee_id, "position": i, "key": s.key, "title": s.title,
         "purpose": s.purpose}
        for i, s in enumerate(items)
    )


def insert(db: Database, committee: Committee) -> int:
    with db.atomic():
        committee_id = db["committees"].insert(_committee_row(committee)).last_pk
        _save_standard_items(db, committee_id, committee.standard_items)
    return committee_id


def update(db: Database, committee: Committee) -> None:
    with db.atomic():
        get(db, committee.id)
        db["committees"].update(committee.id, _committee_row(committee))
        _save_standard_items(db, committee.id, committee.standard_items)


def delete(db: Database, committee_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM committees WHERE id = ?", [committee_id])


def get(db: Database, committee_id: int) -> Committee:
    rows = list(db["committees"].rows_where("id = ?", [committee_id]))
    if not rows:
        raise NotFound(f"There is no committee with id {committee_id}.")
    return _committee_from(db, rows[0])


def find_by_name(db: Database, name: str) -> Committee | None:
    rows = list(db["committees"].rows_where("name = ? COLLATE NOCASE", [name.strip()]))
    return _committee_from(db, rows[0]) if rows else None


def list_all(db: Database) -> list[Committee]:
    return [_committee_from(db, r) for r in db["committees"].rows_where(order_by="name")]


def member_counts(db: Database) -> dict[int, int]:
    return dict(db.execute("SELECT committee_id, count(*) FROM members GROUP BY committee_id"))


# Members -------------------------------------------------------------------------------

def _member_row(m: Member) -> dict:
    return {
        "committee_id": m.committee_id,
        "name": m.name.strip(),
        "role": m.role.value,
        "organisation": m.organisation,
        "start_date": date_out(m.start_date),
        "end_date": date_out(m.end_date),
    }


def _member_from(row: dict) -> Member:
    return Member(
        id=row["id"],
        committee_id=row["committee_id"],
        name=row["name"],
        role=MemberRole(row["role"]),
        organisation=row["organisation"],
        start_date=date_in(row["start_date"]),
        end_date=date_in(row["end_date"]),
    )


def insert_member(db: Database, member: Member) -> int:
    with db.atomic():
        return db["members"].insert(_member_row(member)).last_pk


def update_member(db: Database, member: Member) -> None:
    with db.atomic():
        db["members"].update(member.id, _member_row(member))


def delete_member(db: Database, member_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM members WHERE id = ?", [member_id])


def members(db: Database, committee_id: int) -> list[Member]:
    rows = db["members"].rows_where("committee_id = ?", [committee_id], order_by="id")
    return [_member_from(r) for r in rows]


# Officers ------------------------------------------------------------------------------

def _officer_row(o: Officer) -> dict:
    return {
        "committee_id": o.committee_id,
        "name": o.name.strip(),
        "job_title": o.job_title,
        "email": o.email,
        "phone": o.phone,
    }


def insert_officer(db: Database, officer: Officer) -> int:
    with db.atomic():
        return db["officers"].insert(_officer_row(officer)).last_pk


def update_officer(db: Database, officer: Officer) -> None:
    with db.atomic():
        db["officers"].update(officer.id, _officer_row(officer))


def delete_officer(db: Database, officer_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM officers WHERE id = ?", [officer_id])


def officers(db: Database, committee_id: int) -> list[Officer]:
    rows = db["officers"].rows_where("committee_id = ?", [committee_id], order_by="id")
    return [Officer(**r) for r in rows]
