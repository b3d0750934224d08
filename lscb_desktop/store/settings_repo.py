"""Preferences stored in the database (they belong to the council's data, not the laptop)."""

from sqlite_utils import Database

from ..domain.preferences import ALL, Preference


def get(db: Database, pref: Preference):
    row = db.execute("SELECT value FROM settings WHERE key = ?", [pref.key]).fetchone()
    return pref.parse(row[0] if row else None)


def set(db: Database, pref: Preference, value) -> None:
    pref.parse(str(value))  # validate before writing
    with db.atomic():
        db["settings"].upsert({"key": pref.key, "value": str(value)}, pk="key")


def all_values(db: Database) -> dict[str, object]:
    return {key: get(db, pref) for key, pref in ALL.items()}
