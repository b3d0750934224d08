"""Which file a database handle has open: background jobs open their own connection to it
(sqlite3 connections belong to the thread that made them), so a window given only `db` can
still export in the background."""

from pathlib import Path

from sqlite_utils import Database


def database_file(db: Database) -> Path:
    """The path of the main database file of `db`."""
    for _, name, path in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and path:
            return Path(path)
    raise ValueError("This database is held in memory, not in a file: background work needs "
                     "a database file. Open the database from a file.")
