"""Where each table and key of a TOML file sits, so that an error found after parsing can
name its line. tomllib reports lines only for syntax errors; the checks of the template's
meaning run on the parsed data, so this scanner maps data paths back to the source text.

A path is a tuple such as ("sections", 3, "numbering"): names of tables and keys, and the
index of each [[array-of-tables]] entry. The scan understands table headers, dotted keys and
multi-line strings, which is all a template file uses; anything it does not place falls back
to its nearest enclosing table.
"""

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\[\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")


def _dotted(name: str) -> list[str]:
    return [part.strip().strip("\"'") for part in name.split(".")]


class LineIndex:
    def __init__(self, text: str):
        self._lines: dict[tuple, int] = {(): 1}
        self._array_counts: dict[tuple, int] = {}
        self._scan(text)

    def line_of(self, path: tuple) -> int:
        """The line of `path`, or of the closest enclosing table or key that was found."""
        path = tuple(path)
        while path not in self._lines:
            path = path[:-1]
        return self._lines[path]

    def _resolve(self, names: list[str], new_array_entry: bool) -> tuple:
        path: tuple = ()
        for i, name in enumerate(names):
            path += (name,)
            last = i == len(names) - 1
            if last and new_array_entry:
                index = self._array_counts.get(path, 0)
                self._array_counts[path] = index + 1
                path += (index,)
            elif path in self._array_counts:
                path += (self._array_counts[path] - 1,)
        return path

    def _scan(self, text: str) -> None:
        table: tuple = ()
        in_string: str | None = None  # the delimiter of an open multi-line string
        for number, line in enumerate(text.splitlines(), start=1):
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            if match := _ARRAY_HEADER.match(line):
                table = self._resolve(_dotted(match.group(1)), new_array_entry=True)
                self._lines.setdefault(table[:-1], number)  # the array itself: its first entry
                self._lines.setdefault(table, number)
            elif match := _TABLE_HEADER.match(line):
                table = self._resolve(_dotted(match.group(1)), new_array_entry=False)
                self._lines.setdefault(table, number)
            elif match := _KEY.match(line):
                self._lines.setdefault(table + tuple(_dotted(match.group(1))), number)
            for delimiter in ('"""', "'''"):
                if line.count(delimiter) % 2 == 1:
                    in_string = delimiter
                    break
