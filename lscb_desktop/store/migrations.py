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


@migrations(name="0002_reports")
def m0002(db: Database) -> None:
    """Reports, their status history, appendices and imported templates.

    One statement at a time rather than executescript, which would commit the migration's
    transaction half-way. A report's content is the JSON of store/report_codec.py (without
    its status and appendices, which live in their own column and table). Appendix files
    are copied in as BLOBs keyed by SHA-256, so a file attached to two reports is stored
    once and the original can be moved or deleted without loss."""
    for statement in (
        """CREATE TABLE report_templates (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL
        )""",
        """CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            template_id TEXT NOT NULL,
            agenda_item_id INTEGER UNIQUE REFERENCES agenda_items(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'submitted', 'cleared', 'published')),
            title TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX reports_template ON reports(template_id)",
        """CREATE TABLE report_status_history (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX report_status_history_report ON report_status_history(report_id, id)",
        """CREATE TABLE appendix_files (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL,
            content BLOB NOT NULL,
            added_at TEXT NOT NULL
        )""",
        """CREATE TABLE report_appendices (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            file_name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('pdf', 'docx')),
            sha256 TEXT NOT NULL REFERENCES appendix_files(sha256)
        )""",
        "CREATE INDEX report_appendices_report ON report_appendices(report_id, position)",
        "CREATE INDEX report_appendices_file ON report_appendices(sha256)",
        # rowid = reports.id; the body is the report's words without markup (report_search.py)
        """CREATE VIRTUAL TABLE report_search USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER reports_leave_search AFTER DELETE ON reports BEGIN
            DELETE FROM report_search WHERE rowid = old.id;
        END""",
    ):
        db.execute(statement)


@migrations(name="0003_minutes")
def m0003(db: Database) -> None:
    """Minutes: the record of a meeting (first minute number, times, approval), its minutes in
    taken order with their decisions, attendance, declarations, actions, corrections made
    after approval, and full-text search over minutes and decisions.

    Names, roles and titles are copied into attendance and declarations rather than only
    referenced: the signed record must read the same after a member leaves the committee."""
    for statement in (
        """CREATE TABLE meeting_minutes (
            meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
            first_number INTEGER NOT NULL CHECK (first_number >= 1),
            commenced TEXT,
            concluded TEXT,
            approved_on TEXT,
            approved_at_meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            approval_reference TEXT NOT NULL DEFAULT '',
            amendment TEXT NOT NULL DEFAULT '',
            approved_by TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE minutes (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting_minutes(meeting_id) ON DELETE CASCADE,
            taken_position INTEGER NOT NULL,
            number INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'exclusion')),
            agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            standard_key TEXT,
            title TEXT NOT NULL,
            part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1, 2)),
            exempt_paragraphs TEXT NOT NULL DEFAULT '[]',
            narrative TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX minutes_meeting ON minutes(meeting_id, taken_position)",
        """CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            minute_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'resolved' CHECK (kind IN ('resolved', 'recommended')),
            recommend_to TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            vote TEXT
        )""",
        "CREATE INDEX decisions_minute ON decisions(minute_id, position)",
        """CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'present'
                CHECK (status IN ('present', 'apologies', 'absent', 'substituted')),
            substitute TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX attendance_meeting ON attendance(meeting_id, position)",
        "CREATE INDEX attendance_member ON attendance(member_id)",
        """CREATE TABLE attendees (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('officer', 'other')),
            name TEXT NOT NULL,
            capacity TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX attendees_meeting ON attendees(meeting_id, position)",
        """CREATE TABLE declarations (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            member_name TEXT NOT NULL,
            member_role TEXT NOT NULL,
            agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            item_title TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN
                ('disclosable_pecuniary', 'other_registrable', 'non_registrable')),
            description TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX declarations_meeting ON declarations(meeting_id, id)",
        """CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            minute_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
            description TEXT NOT NULL,
            owner TEXT NOT NULL,
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled'))
        )""",
        "CREATE INDEX actions_minute ON actions(minute_id)",
        "CREATE INDEX actions_open_due ON actions(status, due_date)",
        """CREATE TABLE minute_corrections (
            id INTEGER PRIMARY KEY,
            minute_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('narrative', 'decision')),
            decision_position INTEGER,
            original TEXT NOT NULL,
            corrected TEXT NOT NULL,
            resolution_reference TEXT NOT NULL,
            corrected_by TEXT NOT NULL,
            corrected_at TEXT NOT NULL
        )""",
        "CREATE INDEX minute_corrections_minute ON minute_corrections(minute_id, id)",
        # rowid = minutes.id; the words of the minute's title, decisions and narrative
        """CREATE VIRTUAL TABLE minute_search USING fts5(
            title, decisions, narrative, tokenize = 'unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER minutes_leave_search AFTER DELETE ON minutes BEGIN
            DELETE FROM minute_search WHERE rowid = old.id;
        END""",
    ):
        db.execute(statement)


@migrations(name="0004_forward_plan_calendar")
def m0004(db: Database) -> None:
    """Forward plans, meeting-date patterns and report deadlines (issue 5): a committee's
    pattern and deadline offsets (one row each, defaults when there is none), its forward plan
    entries ordered by position within their meeting or month, the deferrals of each entry,
    and which meetings a standing item has been put on.

    Deferrals copy the meetings' dates: the history must read the same after a meeting is
    deleted."""
    for statement in (
        """CREATE TABLE meeting_patterns (
            committee_id INTEGER PRIMARY KEY REFERENCES committees(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('monthly', 'weekly')),
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
            start_time TEXT NOT NULL,
            week_of_month INTEGER NOT NULL DEFAULT 1,
            every INTEGER NOT NULL DEFAULT 1 CHECK (every >= 1),
            first_month INTEGER NOT NULL DEFAULT 5 CHECK (first_month BETWEEN 1 AND 12),
            starts_on TEXT,
            skip_months TEXT NOT NULL DEFAULT '[8]'
        )""",
        """CREATE TABLE report_deadline_offsets (
            committee_id INTEGER PRIMARY KEY REFERENCES committees(id) ON DELETE CASCADE,
            draft_working_days INTEGER NOT NULL DEFAULT 10 CHECK (draft_working_days >= 0),
            final_working_days INTEGER NOT NULL DEFAULT 3 CHECK (final_working_days >= 0)
        )""",
        """CREATE TABLE forward_plan_entries (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            target_month TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            sub_group TEXT NOT NULL DEFAULT '',
            lead_officer TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'report'
                CHECK (kind IN ('report', 'standing', 'verbal', 'annual_report')),
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'on_agenda', 'considered', 'deferred', 'withdrawn')),
            status_reason TEXT NOT NULL DEFAULT '',
            key_decision INTEGER NOT NULL DEFAULT 0,
            decision_maker TEXT NOT NULL DEFAULT '',
            first_published TEXT,
            part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1, 2)),
            exempt_paragraphs TEXT NOT NULL DEFAULT '[]',
            notice_28_given TEXT,
            notice_5_given TEXT,
            agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL
        )""",
        "CREATE INDEX forward_plan_committee ON forward_plan_entries(committee_id, position)",
        "CREATE INDEX forward_plan_meeting ON forward_plan_entries(meeting_id, position)",
        """CREATE TABLE forward_plan_deferrals (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES forward_plan_entries(id) ON DELETE CASCADE,
            from_meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            from_date TEXT,
            to_meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            to_date TEXT,
            reason TEXT NOT NULL,
            deferred_at TEXT NOT NULL
        )""",
        "CREATE INDEX forward_plan_deferrals_entry ON forward_plan_deferrals(entry_id, id)",
        """CREATE TABLE standing_item_placements (
            entry_id INTEGER NOT NULL REFERENCES forward_plan_entries(id) ON DELETE CASCADE,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
            PRIMARY KEY (entry_id, meeting_id)
        )""",
    ):
        db.execute(statement)


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
