"""Where the application's database lives, and opening it for the CLI, the UI and workers."""

from pathlib import Path

from platformdirs import user_data_path
from sqlite_utils import Database

from ..store.connection import DatabaseError, open_database

APP_NAME = "LSCB Desktop"


def default_database_path() -> Path:
    """The database in the user's application-data folder."""
    return user_data_path(APP_NAME, appauthor=False) / "lscb.db"


def open_app_database(path: str | Path | None = None) -> Database:
    """Open and migrate the database at `path` (default: the application-data folder).
    Raises DatabaseError with a message fit to show the user."""
    return open_database(Path(path) if path else default_database_path())


__all__ = ["DatabaseError", "default_database_path", "open_app_database"]
