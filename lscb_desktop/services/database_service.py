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


# Background jobs open their own connection (sqlite3 connections belong to the thread that made
# them), so a window given only `db` still needs the file it came from.
def database_file(db: Database) -> Path:
    """The path of the main database file of `db`."""
    for _, name, path in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and path:
            return Path(path)
    raise ValueError("This database is held in memory, not in a file: background work needs "
                     "a database file. Open the database from a file.")
