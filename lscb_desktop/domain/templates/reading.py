"""Checked reading of parsed TOML tables: unknown keys (with a suggestion), missing keys,
wrong types and values outside a list of choices all become a TemplateError naming the line."""

import difflib
import re
from enum import Enum
from typing import Any

from .toml_lines import LineIndex

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_-]*$")

_TYPE_WORDS = {
    str: "text in quotes",
    bool: "true or false",
    int: "a whole number",
    list: "a list in square brackets",
    dict: "a table",
}


class TemplateError(ValueError):
    """A template file that cannot be used. The message reads
    "<file>, line <n>: <problem>; <the way out>"."""

    def __init__(self, source_name: str, line: int, problem: str):
        super().__init__(f"{source_name}, line {line}: {problem}")
        self.source_name = source_name
        self.line = line
        self.problem = problem


class Reader:
    """Reads one template's tables, failing with the line of whatever is wrong."""

    def __init__(self, text: str, source_name: str):
        self.lines = LineIndex(text)
        self.source_name = source_name

    def fail(self, path: tuple, problem: str) -> TemplateError:
        return TemplateError(self.source_name, self.lines.line_of(path), problem)

    def table(self, data: dict, spec: dict[str, tuple[type, bool]], path: tuple, what: str) -> dict:
        """`data` checked against `spec` (key -> (type, required)); returns it unchanged."""
        for key in data:
            if key not in spec:
                raise self.fail(path + (key,), self._unknown(what, key, spec))
        for key, (kind, required) in spec.items():
            if key not in data:
                if required:
                    raise self.fail(path, f"{what} has no '{key}': add {key} = ...")
                continue
            value = data[key]
            if kind is list and isinstance(value, dict):
                raise self.fail(path + (key,), f"{what} has [{key}] as a single table; "
                                               f"write each entry as [[{key}]]")
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise self.fail(
                    path + (key,), f"{what} has {key} = {value!r}; it must be {_TYPE_WORDS[kind]}"
                )
        return data

    def text(self, data: dict, key: str, path: tuple, what: str, blank_ok: bool = False) -> str:
        """A string value, stripped; titles and labels must not be blank when present."""
        value = data.get(key, "")
        if key in data and not value.strip() and not blank_ok:
            raise self.fail(path + (key,), f"{what} has an empty {key}; write one")
        return value.strip()

    def key(self, data: dict, path: tuple, what: str, name: str = "key") -> str:
        value = data[name]
        if not KEY_PATTERN.match(value):
            raise self.fail(
                path + (name,),
                f"{what} has {name} '{value}'; use lower-case letters, digits, '-' and '_', "
                "starting with a letter",
            )
        return value

    def choice(self, value: str, enum: type[Enum], path: tuple, what: str, name: str) -> Enum:
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self.fail(path, f"{what} has {name} '{value}'; use one of {allowed}") from None

    def choices(self, values: list, enum: type[Enum], path: tuple, what: str, name: str) -> tuple:
        """A list of distinct enum values."""
        result: list[Enum] = []
        for value in values:
            if not isinstance(value, str):
                raise self.fail(path, f"{what} has {name} containing {value!r}; "
                                      "write names in quotes")
            member = self.choice(value, enum, path, what, name)
            if member in result:
                raise self.fail(path, f"{what} lists {name} '{value}' twice; keep one")
            result.append(member)
        return tuple(result)

    def tables(self, data: dict, key: str, path: tuple, what: str) -> list[dict]:
        """An array of tables ([[key]] entries)."""
        entries = data.get(key, [])
        if not all(isinstance(entry, dict) for entry in entries):
            raise self.fail(
                path + (key,), f"{what} has '{key}' as a plain list; write each entry as [[{key}]]"
            )
        return entries

    @staticmethod
    def _unknown(what: str, key: str, spec: dict[str, Any]) -> str:
        close = difflib.get_close_matches(key, list(spec), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "remove it or correct its spelling"
        return f"{what} has an unknown key '{key}'; {hint} (allowed: {', '.join(spec)})"
