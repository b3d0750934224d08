"""Exports of what committees decided and who attended: `lscb export register` (the
resolutions register as Word, PDF and CSV) and `lscb export attendance` (a committee's
attendance statistics as Word and PDF)."""

import argparse
from datetime import date

from .console import Failure

COMMITTEES_HINT = "Run 'lscb committees' to see the committees and their ids."


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2019-01-22") from None


def _export(write) -> None:
    # Imported here: the Word and PDF libraries take a while to load.
    from ..services.export_service import ExportError

    try:
        written = write()
    except ExportError as error:
        raise Failure(str(error)) from error
    for path in (written.docx, written.pdf, getattr(written, "csv", None)):
        if path is not None:
            print(path)


def _export_register(args, db) -> None:
    from ..services import resolutions_register_service as register

    filters = register.RegisterFilters(args.committee, args.date_from, args.date_to,
                                       args.query or "")
    _export(lambda: register.export_register(db, args.out, filters))


def _export_attendance(args, db) -> None:
    from ..services import attendance_statistics_service as statistics

    _export(lambda: statistics.export_attendance(db, args.committee_id, args.out,
                                                 args.date_from, args.date_to))


def _dates(sub, default: str) -> None:
    sub.add_argument("--from", dest="date_from", type=_day, metavar="DATE", default=None,
                     help=f"only meetings on or after DATE (YYYY-MM-DD; default: {default})")
    sub.add_argument("--to", dest="date_to", type=_day, metavar="DATE", default=None,
                     help=f"only meetings on or before DATE (YYYY-MM-DD; default: {default})")


def register(commands) -> None:
    add, export = commands.add, commands.group("export")
    sub = add(export, "register", _export_register,
              "write the resolutions register as Word, PDF and CSV",
              "Write every decision (date, committee, minute number and title, and the "
              "decision as the minutes print it), oldest meeting first, to DIR/register.docx, "
              "DIR/register.pdf and DIR/register.csv (UTF-8, for Excel), replacing earlier "
              "ones. Prints the three paths.", not_found_hint=COMMITTEES_HINT)
    sub.add_argument("--out", metavar="DIR", required=True, help="the folder to write to")
    sub.add_argument("--committee", metavar="ID", type=int, default=None,
                     help="only this committee's decisions (see 'lscb committees')")
    _dates(sub, "any")
    sub.add_argument("--query", metavar="TEXT", default=None,
                     help="only the decisions of minutes holding these words (as 'lscb search' "
                     "finds them)")

    sub = add(export, "attendance", _export_attendance,
              "write a committee's attendance statistics as Word and PDF",
              "Write each member's and each organisation's attendance at the committee's "
              "meetings over a period (by default the current municipal year, May to April), "
              "as tables and bar charts, to DIR/attendance.docx and DIR/attendance.pdf, "
              "replacing earlier ones. Prints the two paths.", not_found_hint=COMMITTEES_HINT)
    sub.add_argument("committee_id", metavar="COMMITTEE_ID", type=int,
                     help="the committee (see 'lscb committees')")
    sub.add_argument("--out", metavar="DIR", required=True, help="the folder to write to")
    _dates(sub, "the current municipal year")
