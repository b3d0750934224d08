"""Issue 4, "It stays fast at scale": generate twenty years of a council's meetings (30
committees, 10 meetings a year each, with agendas, reports, minutes, attendance, decisions and
actions) into a fresh database and print how long the application takes to open it, list a
committee's meetings, search, and build the resolutions register, against the targets.

    python benchmarks/scale_benchmark.py [--years 20] [--committees 30]
        [--meetings-per-year 10] [--db PATH] [--keep] [--reuse] [--runs 5]

See benchmarks/README.md for what each figure means and the figures measured so far."""

import argparse
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository's packages importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import measurements  # noqa: E402
from benchmarks.bulk_writer import write_council  # noqa: E402
from benchmarks.council_plan import plan_council  # noqa: E402
from benchmarks.measurements import Figure  # noqa: E402
from lscb_desktop.store.connection import open_database  # noqa: E402


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--committees", type=int, default=30)
    parser.add_argument("--meetings-per-year", type=int, default=10)
    parser.add_argument("--db", type=Path, help="database file to create (default: a temporary "
                                                "file, deleted afterwards)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true",
                        help="measure the existing --db file instead of generating one")
    parser.add_argument("--runs", type=int, default=5, help="runs per short measurement")
    return parser.parse_args(argv)


def generate(path: Path, years: int, committees: int, per_year: int) -> list[Figure]:
    """A fresh database at `path`, written committee by committee."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    start = time.perf_counter()
    db = open_database(path)
    write_council(db, plan_council(committees, years, per_year))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    seconds = time.perf_counter() - start
    return [Figure(f"generate {committees * years * per_year:,} meetings", seconds, "s")]


def counts(path: Path) -> list[Figure]:
    db = open_database(path)
    try:
        rows = [Figure(f"{table} rows", db[table].count, "rows")
                for table in ("meetings", "agenda_items", "reports", "minutes", "decisions",
                              "attendance", "actions")]
    finally:
        db.close()
    return [Figure("database size", measurements.file_size_mb(path), "MB"), *rows]


def measure(path: Path, runs: int, folder: Path) -> list[Figure]:
    """Every figure of the benchmark on the database at `path`."""
    figures = counts(path) + measurements.measure_startup(path, runs)
    db = open_database(path)
    try:
        middle = db.execute("SELECT id FROM committees ORDER BY id").fetchall()
        committee_id = middle[len(middle) // 2][0]
        figures += measurements.measure_committee(db, committee_id, runs)
        figures += measurements.measure_searches(db, runs)
        figures += measurements.measure_register(db, committee_id, runs)
        figures += measurements.measure_backup(db, folder)
        figures += measurements.measure_memory(db)
    finally:
        db.close()
    return figures


def _value(f: Figure) -> str:
    if f.unit == "s":
        return f"{f.value * 1000:,.1f} ms" if f.value < 1 else f"{f.value:,.2f} s"
    if f.unit == "rows":
        return f"{int(f.value):,}"
    return f"{f.value:,.1f} {f.unit}"


def _target(f: Figure) -> str:
    if f.target is None:
        return ""
    return "< " + (f"{f.target * 1000:g} ms" if f.target < 1 else f"{f.target:g} s")


def table(figures: list[Figure]) -> str:
    """The figures as a plain-text table: measure, result, target, PASS/MISS."""
    lines = [("Measure", "Result", "Target", ""), *(
        (f.name + (f" [median of {f.runs}]" if f.runs > 1 else ""), _value(f), _target(f),
         f.verdict) for f in figures)]
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    out = [f"{a:<{widths[0]}}  {b:>{widths[1]}}  {c:<{widths[2]}}  {d}".rstrip()
           for a, b, c, d in lines]
    out.insert(1, "-" * len(out[0]))
    misses = sum(1 for f in figures if f.verdict == "MISS")
    out.append(f"\n{misses} of {sum(1 for f in figures if f.target)} targets missed.")
    return "\n".join(out)


def main(argv=None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lscb-scale-") as scratch:
        path = args.db or Path(scratch) / "scale.db"
        figures = []
        if not args.reuse:
            print(f"Generating into {path} ...", flush=True)
            figures += generate(path, args.years, args.committees, args.meetings_per_year)
        figures += measure(path, args.runs, Path(scratch))
        print(table(figures))
        if args.db and not args.keep and not args.reuse:
            for name in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
                name.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
