"""Who attended a meeting (members, officers, others) and the declarations of interest made."""

from sqlite_utils import Database

from ..domain.attendance import Attendance, AttendanceStatus, Attendee, AttendeeKind
from ..domain.committee import MemberRole
from ..domain.declarations import Declaration, InterestKind
from ..domain.errors import NotFound


# Members' attendance -----------------------------------------------------------------------

def _attendance_from(row: dict) -> Attendance:
    return Attendance(
        id=row["id"], meeting_id=row["meeting_id"], member_id=row["member_id"],
        name=row["name"], role=MemberRole(row["role"]), status=AttendanceStatus(row["status"]),
        substitute=row["substitute"],
    )


def attendance(db: Database, meeting_id: int) -> list[Attendance]:
    rows = db["attendance"].rows_where("meeting_id = ?", [meeting_id], order_by="position, id")
    return [_attendance_from(r) for r in rows]


def get_attendance(db: Database, attendance_id: int) -> Attendance:
    rows = list(db["attendance"].rows_where("id = ?", [attendance_id]))
    if not rows:
        raise NotFound(f"There is no attendance record with id {attendance_id}.")
    return _attendance_from(rows[0])


def insert_attendance(db: Database, meeting_id: int, records: list[Attendance]) -> None:
    with db.atomic():
        db["attendance"].insert_all(
            {"meeting_id": meeting_id, "member_id": a.member_id, "position": i,
             "name": a.name.strip(), "role": a.role.value, "status": a.status.value,
             "substitute": a.substitute.strip()}
            for i, a in enumerate(records)
        )


def update_attendance(db: Database, record: Attendance) -> None:
    with db.atomic():
        db["attendance"].update(record.id, {"status": record.status.value,
                                            "substitute": record.substitute.strip()})


# Officers and others present -----------------------------------------------------------

def attendees(db: Database, meeting_id: int) -> list[Attendee]:
    rows = db["attendees"].rows_where("meeting_id = ?", [meeting_id], order_by="position, id")
    return [Attendee(id=r["id"], meeting_id=r["meeting_id"], name=r["name"],
                     capacity=r["capacity"], kind=AttendeeKind(r["kind"])) for r in rows]


def replace_attendees(db: Database, meeting_id: int, people: list[Attendee]) -> None:
    with db.atomic():
        db.execute("DELETE FROM attendees WHERE meeting_id = ?", [meeting_id])
        db["attendees"].insert_all(
            {"meeting_id": meeting_id, "position": i, "kind": p.kind.value,
             "name": p.name.strip(), "capacity": p.capacity.strip()}
            for i, p in enumerate(people)
        )


# Declarations ------------------------------------------------------------------------------

def _declaration_from(row: dict) -> Declaration:
    return Declaration(
        id=row["id"], meeting_id=row["meeting_id"], member_id=row["member_id"],
        member_name=row["member_name"], member_role=MemberRole(row["member_role"]),
        agenda_item_id=row["agenda_item_id"], item_title=row["item_title"],
        kind=InterestKind(row["kind"]), description=row["description"],
    )


def declarations(db: Database, meeting_id: int) -> list[Declaration]:
    rows = db["declarations"].rows_where("meeting_id = ?", [meeting_id], order_by="id")
    return [_declaration_from(r) for r in rows]


def get_declaration(db: Database, declaration_id: int) -> Declaration:
    rows = list(db["declarations"].rows_where("id = ?", [declaration_id]))
    if not rows:
        raise NotFound(f"There is no declaration of interest with id {declaration_id}.")
    return _declaration_from(rows[0])


def insert_declaration(db: Database, d: Declaration) -> int:
    with db.atomic():
        return db["declarations"].insert({
            "meeting_id": d.meeting_id, "member_id": d.member_id,
            "member_name": d.member_name.strip(), "member_role": d.member_role.value,
            "agenda_item_id": d.agenda_item_id, "item_title": d.item_title.strip(),
            "kind": d.kind.value, "description": d.description.strip(),
        }).last_pk


def delete_declaration(db: Database, declaration_id: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM declarations WHERE id = ?", [declaration_id])
