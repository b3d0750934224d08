"""Running one command: parse, open the database, run, and turn expected errors into one
line on stderr with exit code 1."""

import sys
from pathlib import Path

from ..domain.errors import NotFound, ValidationError
from ..domain.templates import TemplateError
from ..services import database_service
from ..services.database_service import DatabaseError
from ..services.meeting_file_service import MeetingFileError
from .console import PROG, Failure
from .parser import build_parser

EXPECTED_ERRORS = (Failure, ValidationError, NotFound, MeetingFileError, TemplateError,
                   DatabaseError, OSError)
MEETINGS_HINT = "Run 'lscb meetings' to see the meetings and their ids."


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
        print(f"{PROG}: error: {_message(error, args)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _message(error: Exception, args) -> str:
    if isinstance(error, OSError) and error.filename and error.strerror:
        return f"'{error.filename}': {error.strerror}. Check the path, and that you may use it."
    if isinstance(error, NotFound):  # ids come from a listing command: say which
        return f"{error} {getattr(args, 'not_found_hint', MEETINGS_HINT)}"
    return str(error)
