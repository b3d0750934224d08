"""What every command shares: the program's name, the error a command raises when it cannot
do what was asked, and printing JSON, aligned tables and warnings."""

import json
import sys

PROG = "lscb"


class Failure(Exception):
    """A command could not do what was asked; the message says why and what to do."""


def print_json(data) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def print_table(headers: list[str], rows: list, right: set[int] = frozenset()) -> None:
    """Columns padded to their widest cell; numbers (columns in `right`) right-aligned."""
    cells = [headers, *[["" if c is None else str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        padded = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths))
        ]
        print("  ".join(padded).rstrip())


def warn(message: str) -> None:
    """A note on stderr that does not make the command fail ("lscb: warning: ...")."""
    print(f"{PROG}: warning: {' '.join(message.split())}", file=sys.stderr)
