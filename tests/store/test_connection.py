"""Opening databases: migrations, WAL, foreign keys, and refusing newer schemas."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from lscb_desktop.store.connection import DatabaseError, open_database, schema_steps
from lscb_desktop.store.migrations import known_names

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_new_database_gets_every_migration(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert schema_steps(db) == known_names()
    assert {"committees", "members", "officers", "meetings", "agenda_items"} <= set(db.table_names())


def test_wal_and_foreign_keys_are_on(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_applies_nothing_twice(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    assert schema_steps(db) == known_names()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('lscb', '9999_from_the_future', 'x')"
        )
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert "newer version of LSCB Desktop" in str(err.value)
    assert "Update LSCB Desktop" in str(err.value)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_with_a_way_out(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database" * 100)
    with pytest.raises(DatabaseError) as err:
        open_database(bogus)
    assert "not an LSCB Desktop database" in str(err.value)
    assert bogus.read_text().startswith("these are my notes")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.db")), ids=lambda p: p.name)
def test_every_earlier_schema_upgrades_and_keeps_its_data(tmp_path, fixture):
    """Each fixture was made by an earlier schema (see make_fixtures.py); opening it with
    this version migrates it, keeps its records and leaves a backup beside it when it
    needed upgrading."""
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    was_current = schema_steps_of(path) == known_names()
    db = open_database(path)
    assert schema_steps(db) == known_names()
    assert db.execute("SELECT name FROM committees").fetchone()[0] == "Fixture Committee"
    assert db.execute("SELECT count(*) FROM agenda_items").fetchone()[0] >= 3
    backups = list(tmp_path.glob(f"{path.stem}.before-upgrade-*"))
    assert len(backups) == (0 if was_current else 1)


def schema_steps_of(path):
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'lscb' ORDER BY rowid")]


def test_an_upgrade_backs_the_database_up_first(tmp_path):
    from lscb_desktop.store import migrations as m

    path = tmp_path / "old.db"
    db = open_database(path)
    db.execute("INSERT INTO committees (name) VALUES ('Kept')")
    db.conn.commit()
    db.close()

    @m.migrations(name="9000_test_step")
    def step(db):
        db.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    try:
        db = open_database(path)
        assert "extra" in db.table_names()
        backups = list(tmp_path.glob("old.before-upgrade-*.db"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as conn:
            assert conn.execute("SELECT name FROM committees").fetchone()[0] == "Kept"
            assert "extra" not in [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")]
    finally:
        m.migrations._migrations.pop()
