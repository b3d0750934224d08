"""The argument parser: the top-level options, the `import` and `export` groups, and each
module's commands. --db is accepted before and after the command."""

import argparse
from importlib.metadata import version

from ..services import database_service
from . import (
    meeting_commands, minutes_commands, register_commands, report_commands, settings_command,
    template_commands,
)
from .console import PROG


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, not argparse's usage block
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


_GROUPS = {
    "import": ("import a meeting file, template or report", "Import data into the database."),
    "export": ("export a meeting, agenda, minutes or report",
               "Export a meeting file, an agenda, minutes, or a report."),
}


class Commands:
    """Where command modules add their commands: to `top` (lscb NAME), or to a group
    (lscb import WHAT, lscb export WHAT), made when its first command is added so that
    --help lists commands in the order they are registered."""

    def __init__(self, top, db_option: argparse.ArgumentParser):
        self.top = top
        self._db_option = db_option
        self._groups: dict[str, object] = {}

    def group(self, name: str):
        if name not in self._groups:
            help, description = _GROUPS[name]
            parser = self.top.add_parser(name, parents=[self._db_option], help=help,
                                         description=description)
            self._groups[name] = parser.add_subparsers(dest="kind", required=True, metavar="WHAT")
        return self._groups[name]

    def add(self, group, name: str, run, help: str, description: str | None = None,
            not_found_hint: str | None = None) -> argparse.ArgumentParser:
        """A command that calls run(args, db); `not_found_hint` follows a "there is no ..."
        error, saying which command lists what the user may choose from."""
        sub = group.add_parser(name, parents=[self._db_option], help=help,
                               description=description or help)
        sub.set_defaults(run=run)
        if not_found_hint:
            sub.set_defaults(not_found_hint=not_found_hint)
        return sub


def build_parser() -> argparse.ArgumentParser:
    db_option = _Parser(add_help=False)
    db_option.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="the database file (default: LSCB Desktop's own, "
        f"{database_service.default_database_path()})",
    )
    parser = _Parser(
        prog=PROG, parents=[db_option],
        description="LSCB Desktop from the command line: committees, meetings, meeting files, "
        "agendas, report templates and reports, in the same database as the application.",
        epilog="Run 'lscb COMMAND --help' for a command's options. --db may come before or "
        "after the command.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {version('lscb-desktop')}")
    top = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands = Commands(top, db_option)
    for module in (meeting_commands, template_commands, report_commands, minutes_commands,
                   register_commands, settings_command):
        module.register(commands)
    return parser

