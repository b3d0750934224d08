"""The scale benchmark (benchmarks/), run on a tiny council: its bulk generator writes exactly
what the services would have written for the same plan, what it writes reads back through the
services, and the benchmark prints every figure it measures with its target. Timings are not
checked here: they mean something only at full size (benchmarks/README.md)."""

import re
from datetime import date

import pytest

from benchmarks import bulk_writer, service_writer
from benchmarks.council_plan import plan_council
from benchmarks.scale_benchmark import main
from lscb_desktop.services import (
    action_service, attendance_service, committee_service, meeting_service, minutes_service,
    report_service,
)
from lscb_desktop.services.decision_search import search_minutes
from lscb_desktop.store.connection import open_database

# Columns that cannot agree: when a report was written and moved on (the services stamp the
# clock, the generator the meeting), and the ids of decisions, which the services renumber
# each time a minute is saved.
UNCOMPARABLE = {"reports": {"created_at", "updated_at"},
                "report_status_history": {"id", "changed_at"}, "decisions": {"id"}}


def _tables(db):
    return [t for t in db.table_names() if not t.startswith(("_", "sqlite_"))
            and not re.search(r"_search_(data|idx|content|docsize|config)$", t)]


def _rows(db, table):
    columns = [c.name for c in db[table].columns if c.name not in UNCOMPARABLE.get(table, ())]
    if table.endswith("_search"):  # full-text tables: the row id is the minute or report
        columns = ["rowid", *columns]
    listed = ", ".join(f"[{c}]" for c in columns)
    return db.execute(f"SELECT {listed} FROM [{table}] ORDER BY {listed}").fetchall()


@pytest.fixture
def small_plan():
    """Two municipal years, so minute numbers restart and a new membership begins."""
    return lambda: plan_council(committees=2, years=2, per_year=4)


def test_the_generator_writes_what_the_services_would_write(tmp_path):
    """Over two municipal years (numbering restarts, members change): the services' way is
    slow, so one committee meeting three times a year; seed 2 gives it a Part 2 item, a
    declaration, apologies, a substitute and an absence."""
    def plan():
        return plan_council(committees=1, years=2, per_year=3, seed=2)
    bulk, services = open_database(tmp_path / "bulk.db"), open_database(tmp_path / "services.db")
    bulk_writer.write_council(bulk, plan())
    service_writer.write_council(services, plan())
    assert bulk.execute("SELECT count(*) FROM minutes WHERE kind = 'exclusion'").fetchone()[0]
    assert bulk["declarations"].count
    assert {"apologies", "substituted", "absent"} <= {
        row[0] for row in bulk.execute("SELECT status FROM attendance")}
    assert bulk["minutes"].count > 0 and bulk["reports"].count > 0
    for table in _tables(bulk):
        assert _rows(bulk, table) == _rows(services, table), f"table {table} differs"


def test_a_generated_council_reads_back_through_the_services(db, small_plan):
    bulk_writer.write_council(db, small_plan())
    committees = committee_service.list_committees(db)
    assert len(committees) == 2
    meetings = [s.meeting for s in meeting_service.list_meetings(db, committees[0].id)]
    assert len(meetings) == 8
    for meeting in meetings:
        minutes = minutes_service.get_minutes(db, meeting.id)
        assert [m.number for m in minutes] == list(range(minutes[0].number,
                                                         minutes[0].number + len(minutes)))
        assert attendance_service.attendance(db, meeting.id)
        for report in report_service.list_reports(db, meeting.id):
            assert report_service.get_report(db, report.id).header["committee"] == \
                committees[0].name
    firsts = [minutes_service.get_minutes(db, m.id)[0].number for m in meetings]
    assert firsts[0] == firsts[4] == 1 and firsts[1] > 1  # restarting each municipal year
    assert all(minutes_service.record(db, m.id).locked for m in meetings[:-1])
    assert not minutes_service.record(db, meetings[-1].id).locked
    assert len(action_service.actions_log(db)) == db["actions"].count
    word = minutes_service.get_minutes(db, meetings[0].id)[3].title.split()[-1]
    assert search_minutes(db, word) and report_service.search_reports(db, word)


def test_the_benchmark_prints_every_figure_with_its_target(tmp_path, capsys):
    main(["--years", "1", "--committees", "2", "--runs", "1", "--db", str(tmp_path / "s.db")])
    printed = capsys.readouterr().out
    for figure in ("generate 20 meetings", "database size", "meetings rows", "reports rows",
                   "open the database (open_app_database)", "navigation: all meetings",
                   "navigation: all reports", "open + navigation data (start-up)",
                   "list one committee's meetings", "search minutes: 'taster flats'",
                   "search reports: 'taster flats'", "search everything: 'taster flats'",
                   "resolutions register: one committee, 5 years",
                   "backup before a schema upgrade", "peak Python memory",
                   "peak resident memory", "targets missed"):
        assert figure in printed, figure
    assert re.search(r"open \+ navigation data \(start-up\) .* < 2 s +(PASS|MISS)", printed)
    assert re.search(r"search minutes: 'foster\*' .* < 50 ms +(PASS|MISS)", printed)
    assert not (tmp_path / "s.db").exists()  # deleted without --keep
