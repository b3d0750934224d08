"""Committees, members and officers."""

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.committee import Committee, Member, Officer
from ..domain.errors import ValidationError
from ..domain.standard_items import default_standard_items
from ..store import committee_repo


@dataclass(frozen=True)
class CommitteeSummary:
    id: int
    name: str
    member_count: int


def list_committees(db: Database) -> list[CommitteeSummary]:
    counts = committee_repo.member_counts(db)
    return [
        CommitteeSummary(c.id, c.name, counts.get(c.id, 0)) for c in committee_repo.list_all(db)
    ]


def get_committee(db: Database, committee_id: int) -> Committee:
    return committee_repo.get(db, committee_id)


def find_committee(db: Database, name: str) -> Committee | None:
    return committee_repo.find_by_name(db, name)


def _check_name_free(db: Database, committee: Committee) -> None:
    existing = committee_repo.find_by_name(db, committee.name)
    if existing and existing.id != committee.id:
        raise ValidationError(
            f"A committee called '{existing.name}' already exists: choose another name.", "name"
        )


def create_committee(db: Database, committee: Committee) -> int:
    """Create a committee; one given no standard items opens agendas with the usual three."""
    committee.validate()
    _check_name_free(db, committee)
    if not committee.standard_items:
        committee.standard_items = default_standard_items()
    return committee_repo.insert(db, committee)


def update_committee(db: Database, committee: Committee) -> None:
    committee.validate()
    _check_name_free(db, committee)
    committee_repo.update(db, committee)


def delete_committee(db: Database, committee_id: int) -> None:
    committee_repo.delete(db, committee_id)


def members(db: Database, committee_id: int) -> list[Member]:
    return committee_repo.members(db, committee_id)


def save_member(db: Database, member: Member) -> int:
    """Add the member (no id) or update them; returns the id."""
    member.validate()
    committee_repo.get(db, member.committee_id)
    if member.id is None:
        return committee_repo.insert_member(db, member)
    committee_repo.update_member(db, member)
    return member.id


def remove_member(db: Database, member_id: int) -> None:
    committee_repo.delete_member(db, member_id)


def officers(db: Database, committee_id: int) -> list[Officer]:
    return committee_repo.officers(db, committee_id)


def save_officer(db: Database, officer: Officer) -> int:
    officer.validate()
    committee_repo.get(db, officer.committee_id)
    if officer.id is None:
        return committee_repo.insert_officer(db, officer)
    committee_repo.update_officer(db, officer)
    return officer.id


def remove_officer(db: Database, officer_id: int) -> None:
    committee_repo.delete_officer(db, officer_id)
