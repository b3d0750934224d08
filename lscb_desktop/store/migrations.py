"""The schema, built by numbered migrations. Never edit a migration that has shipped:
add a new one, and a fixture database made by the previous schema to tests/store/fixtures."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "lscb"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_committees_meetings_agenda")
def m0001(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE committees (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            default_venue TEXT NOT NULL DEFAULT '',
            default_start_time TEXT NOT NULL DEFAULT '10:00',
            minute_numbering TEXT NOT NULL DEFAULT 'municipal_year',
            terms_of_reference TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE committee_standard_items (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            title TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT
        );
        CREATE INDEX members_committee ON members(committee_id);
        CREATE TABLE officers (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            job_title TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX officers_committee ON officers(committee_id);
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            start_time TEXT NOT NULL,
            venue TEXT NOT NULL DEFAULT '',
            clerk TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            published_on TEXT,
            list_future_dates INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX meetings_committee_date ON meetings(committee_id, date);
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT '',
            presenter TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'report',
            part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1, 2)),
            exempt_paragraphs TEXT NOT NULL DEFAULT '[]',
            standard_key TEXT
        );
        CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
