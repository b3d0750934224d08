"""Reading and changing preferences."""

from sqlite_utils import Database

from ..domain.preferences import CLEAR_DAYS, Preference
from ..store import settings_repo


def get(db: Database, pref: Preference):
    return settings_repo.get(db, pref)


def set_value(db: Database, pref: Preference, value) -> None:
    settings_repo.set(db, pref, value)


def clear_days(db: Database) -> int:
    return settings_repo.get(db, CLEAR_DAYS)
