"""The command line, `lscb`: the database without the window, thin over services/.

It never imports Qt, so it starts fast and runs where there is no display. Expected errors
are printed as one line, "lscb: error: ...", with exit code 1 (2 for a mistake in the
command itself); only a bug shows a traceback."""

import argparse
import json
import sys
from importlib.metadata import version
from pathlib import Path

from .domain.errors import ValidationError
from .domain.preferences import ALL as PREFERENCES
from .services import (
    committee_service,
    database_service,
    demo_service,
    meeting_file_service,
    meeting_service,
    settings_service,
)
from .services.database_service import DatabaseError
from .services.meeting_file_service import MeetingFileError
from .domain.errors import NotFound

PROG = "lscb"
MEETING_ID_HELP = "the meeting's id (see 'lscb meetings')"


class Failure(Exception):
    """A command could not do what was asked; the message says why and what to do."""


EXPECTED_ERRORS = (Failure, ValidationError, NotFound, MeetingFileError, DatabaseError, OSError)


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, not argparse's usage block
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit code (0 done, 1 failed, 2 the command line was wrong)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a usage error already reported
        return stop.code if isinstance(stop.code, int) else 0
    # --db is accepted before and after the command, so it has no default to clash over.
    args.db_path = Path(getattr(args, "db", None) or database_service.default_database_path())
    try:
        db = database_service.open_app_database(args.db_path)
        try:
            args.run(args, db)
        finally:
            db.close()
    except EXPECTED_ERRORS as error:
        print(f"{PROG}: error: {_message(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _message(error: Exception) -> str:
    if isinstance(error, OSError) and error.filename and error.strerror:
        return f"'{error.filename}': {error.strerror}. Check the path, and that you may use it."
    if isinstance(error, NotFound):  # the commands look records up by the ids 'lscb meetings' lists
        return f"{error} Run 'lscb meetings' to see the meetings and their ids."
    return str(error)


# Commands -------------------------------------------------------------------------------

def _demo(args, db) -> None:
    before = len(meeting_service.list_meetings(db))
    committee_id = demo_service.load_demo(db)
    added = len(meeting_service.list_meetings(db)) - before
    name = committee_service.get_committee(db, committee_id).name
    if added:
        print(f"Loaded the demo committee '{name}' (id {committee_id}) "
              f"with {added} meetings into {args.db_path}.")
    else:
        print(f"The demo committee '{name}' (id {committee_id}) is already in "
              f"{args.db_path}: nothing added.")


def _committees(args, db) -> None:
    rows = [
        {"id": c.id, "name": c.name, "members": c.member_count}
        for c in committee_service.list_committees(db)
    ]
    if args.json:
        _print_json(rows)
    elif not rows:
        print(f"No committees in {args.db_path}: add one in LSCB Desktop, or run 'lscb demo'.")
    else:
        _print_table(["ID", "NAME", "MEMBERS"], [list(r.values()) for r in rows], right={0, 2})


def _meetings(args, db) -> None:
    summaries = meeting_service.list_meetings(db)
    rows = [
        {
            "id": s.meeting.id,
            "committee": s.committee_name,
            "date": s.meeting.date.isoformat(),
            "start_time": s.meeting.start_time.strftime("%H:%M"),
            "venue": s.meeting.venue,
            "status": s.meeting.status.value,
            "publish_by": s.publish_by.isoformat(),
        }
        for s in summaries
    ]
    if args.json:
        _print_json(rows)
    elif not rows:
        print(f"No meetings in {args.db_path}: add one in LSCB Desktop, or run 'lscb demo'.")
    else:
        table = [
            [r["id"], r["committee"], r["date"], r["start_time"], r["venue"],
             s.meeting.status.label, r["publish_by"]]
            for r, s in zip(rows, summaries)
        ]
        headers = ["ID", "COMMITTEE", "DATE", "TIME", "VENUE", "STATUS", "PUBLISH BY"]
        _print_table(headers, table, right={0})


def _import_meeting(args, db) -> None:
    try:
        print(meeting_file_service.import_meeting(db, args.file))
    except MeetingFileError as error:
        if error.field is None:  # the message already names the file
            raise
        raise Failure(f"{args.file}: {error}") from error


def _export_meeting(args, db) -> None:
    meeting_file_service.export_meeting(db, args.meeting_id, args.file)
    print(args.file)


def _export_agenda(args, db) -> None:
    # Imported here: the Word and PDF libraries take a while to load.
    from .services import export_service

    try:
        written = export_service.export_agenda(db, args.meeting_id, args.out)
    except export_service.ExportError as error:
        raise Failure(str(error)) from error
    print(written.docx)
    print(written.pdf)


def _settings(args, db) -> None:
    if args.key is None:
        rows = [(key, settings_service.get(db, p), p.label) for key, p in PREFERENCES.items()]
        if args.json:
            _print_json({key: value for key, value, _ in rows})
        else:
            _print_table(["SETTING", "VALUE", "MEANING"], rows)
        return
    pref = PREFERENCES.get(args.key)
    if pref is None:
        raise Failure(f"'{args.key}' is not a setting: use one of {', '.join(PREFERENCES)}.")
    if args.value is not None:
        settings_service.set_value(db, pref, _parsed(pref, args.value))
    print(settings_service.get(db, pref))


_TYPE_WORDS = {int: "a whole number", str: "text"}


def _parsed(pref, raw: str):
    try:
        pref.type(raw)
    except ValueError:
        kind = _TYPE_WORDS.get(pref.type, pref.type.__name__)
        raise Failure(f"{pref.key} must be {kind}, not '{raw}'.") from None
    try:
        return pref.parse(raw)
    except ValueError as error:
        raise Failure(f"{pref.key} cannot be {raw}: {error}") from None


# Output ---------------------------------------------------------------------------------

def _print_json(data) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _print_table(headers: list[str], rows: list, right: set[int] = frozenset()) -> None:
    """Columns padded to their widest cell; numbers (columns in `right`) right-aligned."""
    cells = [headers, *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        padded = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths))
        ]
        print("  ".join(padded).rstrip())


# Parser ---------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    db_option = _Parser(add_help=False)
    db_option.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="the database file (default: LSCB Desktop's own, "
        f"{database_service.default_database_path()})",
    )
    parser = _Parser(
        prog=PROG, parents=[db_option],
        description="LSCB Desktop from the command line: committees, meetings, meeting files "
        "and agendas, in the same database as the application.",
        epilog="Run 'lscb COMMAND --help' for a command's options. --db may come before or "
        "after the command.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {version('lscb-desktop')}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(group, name, run, help, description=None):
        sub = group.add_parser(name, parents=[db_option], help=help,
                               description=description or help)
        sub.set_defaults(run=run)
        return sub

    command(commands, "demo", _demo, "load the demo committee and its meetings",
            "Load the demo committee (a fictional Corporate Parenting Committee) with its "
            "meetings. Running it again adds nothing.")
    sub = command(commands, "committees", _committees,
                  "list committees: id, name and number of members")
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")
    sub = command(commands, "meetings", _meetings,
                  "list meetings with their status and publication deadline",
                  "List every meeting: id, committee, date, start time, venue, status, and the "
                  "last day to publish its agenda to give the clear days' notice the law asks.")
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")

    group = commands.add_parser("import", parents=[db_option], help="import a meeting file",
                                description="Import data into the database.")
    kinds = group.add_subparsers(dest="kind", required=True, metavar="WHAT")
    sub = command(kinds, "meeting", _import_meeting, "import a meeting file (JSON)",
                  "Import a meeting and its agenda from a meeting file (docs/meeting-file-"
                  "format.md), joining the committee of the same name or creating it. A file "
                  "with any problem imports nothing. Prints the new meeting's id.")
    sub.add_argument("file", metavar="FILE.json", help="the meeting file")

    group = commands.add_parser("export", parents=[db_option], help="export a meeting or agenda",
                                description="Export a meeting file or an agenda.")
    kinds = group.add_subparsers(dest="kind", required=True, metavar="WHAT")
    sub = command(kinds, "meeting", _export_meeting, "write a meeting file (JSON)",
                  "Write a meeting, its agenda and its committee to a meeting file "
                  "(docs/meeting-file-format.md). Prints the file's path.")
    sub.add_argument("meeting_id", metavar="ID", type=int, help=MEETING_ID_HELP)
    sub.add_argument("file", metavar="FILE.json", help="the file to write (replaced if it exists)")
    sub = command(kinds, "agenda", _export_agenda, "write the agenda as Word and PDF",
                  "Write the meeting's agenda front sheet to DIR/agenda.docx and DIR/agenda.pdf, "
                  "replacing earlier ones. Prints the two paths.")
    sub.add_argument("meeting_id", metavar="ID", type=int, help=MEETING_ID_HELP)
    sub.add_argument("--out", metavar="DIR", required=True, help="the folder to write to")

    keys = ", ".join(PREFERENCES)
    sub = command(commands, "settings", _settings, "show or change preferences",
                  f"Show every preference, show one, or change one ({keys}). For example "
                  "'lscb settings clear_days 3' for a Welsh council, which gives 3 clear days' "
                  "notice of meetings rather than England's 5.")
    sub.add_argument("key", nargs="?", metavar="SETTING", help=f"one of {keys}")
    sub.add_argument("value", nargs="?", metavar="VALUE", help="the new value")
    sub.add_argument("--json", action="store_true", help="print every setting as a JSON object")
    return parser
