"""Recording who attended a meeting and the declarations of interest made; the apologies and
declarations minutes are rewritten from them after every change."""

from dataclasses import replace

from sqlite_utils import Database

from ..domain.attendance import Attendance, AttendanceStatus, Attendee
from ..domain.declarations import Declaration, InterestKind
from ..domain.errors import ValidationError
from ..store import agenda_repo, attendance_repo, committee_repo, meeting_repo
from .minutes_service import editable_record, record, refresh_standard_minutes


def attendance(db: Database, meeting_id: int) -> list[Attendance]:
    """The members serving on the meeting date (Chairman first), each with their status."""
    record(db, meeting_id)
    return attendance_repo.attendance(db, meeting_id)


def set_attendance(db: Database, attendance_id: int, status: AttendanceStatus,
                   substitute: str = "") -> Attendance:
    current = attendance_repo.get_attendance(db, attendance_id)
    editable_record(db, current.meeting_id)
    changed = replace(current, status=status, substitute=substitute.strip())
    changed.validate()
    with db.atomic():
        attendance_repo.update_attendance(db, changed)
        refresh_standard_minutes(db, current.meeting_id)
    return changed


def attendees(db: Database, meeting_id: int) -> list[Attendee]:
    """Officers in attendance, then others present, in the order entered."""
    record(db, meeting_id)
    return attendance_repo.attendees(db, meeting_id)


def set_attendees(db: Database, meeting_id: int, people: list[Attendee]) -> None:
    """Replace the officers in attendance and others present."""
    editable_record(db, meeting_id)
    for person in people:
        person.validate()
    attendance_repo.replace_attendees(db, meeting_id, people)


def declarations(db: Database, meeting_id: int) -> list[Declaration]:
    record(db, meeting_id)
    return attendance_repo.declarations(db, meeting_id)


def declare_interest(db: Database, meeting_id: int, member_id: int, agenda_item_id: int,
                     kind: InterestKind, description: str = "") -> int:
    """A member of the committee declares an interest in an item of this meeting's agenda."""
    editable_record(db, meeting_id)
    meeting = meeting_repo.get(db, meeting_id)
    member = next((m for m in committee_repo.members(db, meeting.committee_id)
                   if m.id == member_id), None)
    if member is None:
        raise ValidationError("Only a member of this committee can be recorded declaring an "
                              "interest here: choose one of its members.", "member_id")
    item = next((i for i in agenda_repo.items(db, meeting_id) if i.id == agenda_item_id), None)
    if item is None:
        raise ValidationError("A declaration concerns an item of this meeting's agenda: choose "
                              "one of its items.", "agenda_item_id")
    declaration = Declaration(member.name, item.title, kind, description.strip(), member.role,
                              member.id, item.id, meeting_id=meeting_id)
    declaration.validate()
    with db.atomic():
        declaration_id = attendance_repo.insert_declaration(db, declaration)
        refresh_standard_minutes(db, meeting_id)
    return declaration_id


def withdraw_declaration(db: Database, declaration_id: int) -> None:
    """Remove a declaration entered by mistake (while the minutes are a draft)."""
    declaration = attendance_repo.get_declaration(db, declaration_id)
    editable_record(db, declaration.meeting_id)
    with db.atomic():
        attendance_repo.delete_declaration(db, declaration_id)
        refresh_standard_minutes(db, declaration.meeting_id)


def restore_declarations(db: Database, meeting_id: int, declared: list[Declaration]) -> None:
    """Make the meeting's declarations exactly `declared` (as listed before an edit: undo and
    redo), and rewrite the declarations minute from them."""
    editable_record(db, meeting_id)
    with db.atomic():
        for current in attendance_repo.declarations(db, meeting_id):
            attendance_repo.delete_declaration(db, current.id)
        for declaration in declared:
            attendance_repo.insert_declaration(db, replace(declaration, meeting_id=meeting_id))
        refresh_standard_minutes(db, meeting_id)
