"""The figures the scale benchmark measures on a generated council database, each timed with
time.perf_counter (the median of several runs where one run is short), with its target.

Everything is timed through the services the application calls, never Qt: opening the database
as the application does, the data of the navigation tree (ui/navigation_model.py), one
committee's meetings, the searches, and the resolutions register."""

import importlib
import resource
import statistics
import time
import tracemalloc
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from lscb_desktop.services import committee_service, meeting_service, report_service
from lscb_desktop.services.database_service import open_app_database
from lscb_desktop.services.decision_search import search_minutes
from lscb_desktop.store.connection import backup_database

INSTANT = 0.1  # seconds: what a user perceives as instant
SEARCH_TARGET = 0.05  # issue 4: searching must answer in under 50 ms
OPEN_TARGET = 2.0  # issue 4: the application must open the database in under 2 seconds
REGISTER_TARGET = 0.5  # not set by the issue: a register that opens without a wait
QUERIES = ["taster flats", "what did we decide about taster flats?", "foster*", "budget",
           "Felpersham", "recruitment of qualified staff", "Ombudsman"]


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str  # "s", "MB", "rows"
    target: float | None = None  # at most; None: for information
    runs: int = 1

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        return "PASS" if self.value <= self.target else "MISS"


def timed(function, runs: int = 1) -> tuple[float, object]:
    """The median time of `runs` calls of `function`, and what the last call returned."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def file_size_mb(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1e6


def optional_service(name: str):
    """A service another engineer may not have finished yet: None while it does not exist."""
    try:
        return importlib.import_module(f"lscb_desktop.services.{name}")
    except ModuleNotFoundError:
        return None


def measure_open(path: Path, runs: int) -> list[Figure]:
    def open_and_close():
        open_app_database(path).close()
    seconds, _ = timed(open_and_close, runs)
    return [Figure("open the database (open_app_database)", seconds, "s", None, runs)]


def navigation_data(db: Database):
    """What NavigationModel.reload asks of the services."""
    return (committee_service.list_committees(db), meeting_service.list_meetings(db),
            report_service.list_reports(db))


def measure_startup(path: Path, runs: int) -> list[Figure]:
    """Opening and the navigation tree's data: what stands between a click on the icon and
    the main window (the issue's 'open in under 2 seconds')."""
    figures = measure_open(path, runs)
    db = open_app_database(path)
    try:
        parts = [("committees (list_committees)", committee_service.list_committees),
                 ("all meetings (list_meetings)", meeting_service.list_meetings),
                 ("all reports (list_reports)", report_service.list_reports)]
        for label, function in parts:
            seconds, _ = timed(lambda: function(db), runs)
            figures.append(Figure(f"navigation: {label}", seconds, "s", None, runs))
    finally:
        db.close()
    total = sum(f.value for f in figures)
    figures.append(Figure("open + navigation data (start-up)", total, "s", OPEN_TARGET, runs))
    return figures


def measure_committee(db: Database, committee_id: int, runs: int) -> list[Figure]:
    seconds, meetings = timed(lambda: meeting_service.list_meetings(db, committee_id), runs)
    return [Figure(f"list one committee's meetings ({len(meetings)})", seconds, "s", INSTANT,
                   runs)]


def measure_searches(db: Database, runs: int, queries=QUERIES) -> list[Figure]:
    search_service = optional_service("search_service")
    kinds = [("minutes", lambda q: search_minutes(db, q)),
             ("reports", lambda q: report_service.search_reports(db, q))]
    if search_service is not None:
        kinds.append(("everything", lambda q: search_service.search_everything(db, q)))
    figures = []
    for query in queries:
        for kind, search in kinds:
            seconds, hits = timed(lambda: search(query), runs)
            figures.append(Figure(f"search {kind}: '{query}' ({len(hits)} hits)", seconds, "s",
                                  SEARCH_TARGET, runs))
    return figures


def measure_register(db: Database, committee_id: int, runs: int) -> list[Figure]:
    service = optional_service("resolutions_register_service")
    if service is None:
        return []
    last = db.execute("SELECT max(date) FROM meetings WHERE committee_id = ?",
                      [committee_id]).fetchone()[0]
    to = date.fromisoformat(last)
    five_years = (to - timedelta(days=5 * 365), to)
    cases = [("one committee, 5 years", service.RegisterFilters(committee_id, *five_years)),
             ("one committee, 5 years, words 'taster flats'",
              service.RegisterFilters(committee_id, *five_years, "taster flats")),
             ("all committees and years, words 'budget'", service.RegisterFilters(query="budget"))]
    figures = []
    for label, filters in cases:
        seconds, entries = timed(lambda: service.register(db, filters), runs)
        figures.append(Figure(f"resolutions register: {label} ({len(entries)} decisions)",
                              seconds, "s", REGISTER_TARGET, runs))
    return figures


def measure_backup(db: Database, folder: Path) -> list[Figure]:
    """The copy open_database makes before a migration: once per upgrade, never per open."""
    target = folder / "benchmark-backup.db"
    seconds, _ = timed(lambda: backup_database(db, target))
    target.unlink()
    return [Figure("backup before a schema upgrade (once per upgrade)", seconds, "s")]


def measure_memory(db: Database) -> list[Figure]:
    tracemalloc.start()
    navigation_data(db)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return [Figure("peak Python memory building the navigation data", peak / 1e6, "MB"),
            Figure("peak resident memory of the benchmark process", rss, "MB")]
