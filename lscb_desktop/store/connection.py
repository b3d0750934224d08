"""Opening the database: WAL, foreign keys, migrations (with a backup first), and a refusal
to touch a database written by a newer version of the application."""

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from .migrations import MIGRATION_SET, known_names, migrations


class DatabaseError(Exception):
    """The database cannot be opened; the message says why and what to do."""


def open_database(path: str | Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`; None for in-memory."""
    if path is None:
        db = Database(memory=True)
    else:
        path = Path(path)
        if path.is_dir():
            raise DatabaseError(f"'{path}' is a folder, not a database file: give a file name.")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = Database(path)
            db.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                f"'{path}' is not an LSCB Desktop database ({exc}). "
                "Choose another file, or a new file name to start afresh."
            ) from exc
    db.execute("PRAGMA foreign_keys = ON")
    if path is not None:
        db.enable_wal()
    _refuse_newer_schema(db, path)
    pending = migrations.pending(db)
    if pending:
        if path is not None and _has_user_tables(db):
            backup_database(db, _backup_path(Path(path)))
        migrations.apply(db)
    return db


def _has_user_tables(db: Database) -> bool:
    return any(not name.startswith(("_", "sqlite_")) for name in db.table_names())


def _refuse_newer_schema(db: Database, path) -> None:
    applied = {m.name for m in migrations.applied(db)}
    unknown = sorted(applied - set(known_names()))
    if unknown:
        db.close()
        raise DatabaseError(
            f"The database '{path}' was written by a newer version of LSCB Desktop "
            f"(schema step {unknown[-1]}). Update LSCB Desktop to open it; "
            "it has not been changed."
        )


def _backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")


def backup_database(db: Database, target: Path) -> Path:
    """Copy the live database to `target` with SQLite's online backup (safe under WAL)."""
    tmp = target.with_name(target.name + ".part")
    dest = sqlite3.connect(tmp)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    shutil.move(tmp, target)
    return target


def schema_steps(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


__all__ = ["DatabaseError", "open_database", "backup_database", "schema_steps", "MIGRATION_SET"]
