"""The marks a report's Word file carries so that the import brings it back exactly: custom
properties naming the template, and hidden bookmarks (names starting "_", which Word keeps
but does not list) on section headings, and on scorecard rows whose values are not counts or
whose direction of travel the author set rather than left to the values.

They hold no report content, only keys and flags, so the file can be shared as it is: in
particular no suppressed figure is ever written into the file, visibly or not."""

import re
from itertools import count

from ..domain.templates import FREE_SECTION_PREFIX

TEMPLATE_PROPERTY = "LSCB Template"
FILE_PROPERTY = "LSCB Report File"
FILE_VERSION = "1"

_SECTION = "s"  # a section of the template
_FREE = "f"  # a section the author added
_SUBSECTION = "u"
_ROW = "r"  # a scorecard row, with its flags:
_NOT_COUNTS = "n"  # its values are not counts of people
_DIRECTION_SET = "d"  # its direction of travel was set by the author
_ANCHOR = re.compile(r"^_lscb_(s|f|u|r)(\d+)(?:_(\w+))?$")


class Anchors:
    """Names bookmarks uniquely within one document (Word needs unique names)."""

    def __init__(self):
        self._numbers = count(1)

    def section(self, key: str) -> str:
        if key.startswith(FREE_SECTION_PREFIX):
            return self._name(_FREE, key[len(FREE_SECTION_PREFIX):])
        return self._name(_SECTION, key)

    def subsection(self, key: str) -> str:
        return self._name(_SUBSECTION, key)

    def scorecard_row(self, counts: bool, direction_set: bool) -> str:
        """A row's anchor, or "" for a row that needs none (counts, direction worked out)."""
        flags = ("" if counts else _NOT_COUNTS) + (_DIRECTION_SET if direction_set else "")
        return self._name(_ROW, flags) if flags else ""

    def _name(self, kind: str, key: str) -> str:
        # Bookmark names take letters, digits and "_" only.
        return f"_lscb_{kind}{next(self._numbers)}_{key.replace('-', '_')}"


def section_key(name: str, keys: list[str]) -> str | None:
    """The section key an anchor names: one of the template's `keys`, or a free section's."""
    match = _ANCHOR.match(name)
    if not match or match.group(1) not in (_SECTION, _FREE) or not match.group(3):
        return None
    code = match.group(3)
    if match.group(1) == _FREE:
        return FREE_SECTION_PREFIX + code.replace("_", "-")
    return next((key for key in keys if key.replace("-", "_") == code), None)


def subsection_key(name: str, keys: list[str]) -> str | None:
    match = _ANCHOR.match(name)
    if not match or match.group(1) != _SUBSECTION or not match.group(3):
        return None
    return next((key for key in keys if key.replace("-", "_") == match.group(3)), None)


def row_flags(names: list[str]) -> tuple[bool, bool]:
    """(counts, direction set) for a scorecard row with bookmarks `names`."""
    flags = "".join(m.group(3) or "" for name in names
                    if (m := _ANCHOR.match(name)) and m.group(1) == _ROW)
    return _NOT_COUNTS not in flags, _DIRECTION_SET in flags
