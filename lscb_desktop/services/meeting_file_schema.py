"""The shape of a meeting file: its format name, its version, and its JSON Schema
(resources/schemas/lscb-meeting.schema.json), with schema errors told in plain English and
located by a path such as "meeting.items[2].part"."""

import json
from functools import lru_cache
from importlib.resources import files

from ..domain.errors import ValidationError

FORMAT = "lscb-meeting"
FORMAT_VERSION = 3  # bump when keys are added; see docs/meeting-file-format.md
SCHEMA_FILE = "lscb-meeting.schema.json"


class MeetingFileError(ValueError):
    """A meeting file that cannot be imported. `field` is the path of the offending value
    ("meeting.items[2].part"), or None when the file as a whole is at fault."""

    def __init__(self, problem: str, field: str | None = None):
        super().__init__(f"{field}: {problem}" if field else problem)
        self.problem = problem
        self.field = field


def checked(record, where: str):
    """Run the record's own rules (its `validate`); a broken rule is reported at its place in
    the file, "meeting.items[2].exempt_paragraphs"."""
    try:
        record.validate()
    except ValidationError as exc:
        field = f"{where}.{exc.field}" if exc.field else where
        raise MeetingFileError(str(exc), field) from exc
    return record


@lru_cache(maxsize=1)
def meeting_schema() -> dict:
    schema = files("lscb_desktop.resources") / "schemas" / SCHEMA_FILE
    return json.loads(schema.read_text(encoding="utf-8"))


def check_shape(data: object) -> None:
    """Raise MeetingFileError unless `data` is a meeting file this version can read."""
    _check_format_and_version(data)
    # jsonschema takes a tenth of a second to import: pay for it only when a file is read,
    # so that the command line starts fast.
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    validator = Draft202012Validator(
        meeting_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    error = best_match(validator.iter_errors(data))
    if error is not None:
        raise MeetingFileError(*_describe(error))


def _check_format_and_version(data: object) -> None:
    """Checked before the schema, so that a file of another kind, or of a newer version
    (which may hold keys this schema does not know), gets the message that explains it."""
    if not isinstance(data, dict):
        raise MeetingFileError(
            f"The file holds {_json_type(data)}, not a meeting: a meeting file is a JSON "
            f'object that starts {{"format": "{FORMAT}", "version": {FORMAT_VERSION}, ...'
        )
    if data.get("format") != FORMAT:
        found = "is missing" if "format" not in data else (
            f"must be '{FORMAT}', not {_show(data['format'])}")
        raise MeetingFileError(
            f"{found}: this is not an LSCB Desktop meeting file; choose a file exported by "
            "LSCB Desktop",
            "format",
        )
    version = data.get("version")
    if "version" not in data:
        raise MeetingFileError(
            f"is missing: a meeting file says which format version it was written in "
            f'("version": {FORMAT_VERSION})',
            "version",
        )
    if not _is_int(version) or version < 1:
        raise MeetingFileError(f"must be a whole number from 1, not {_show(version)}", "version")
    if version > FORMAT_VERSION:
        raise MeetingFileError(
            f"the file was written by a newer version of LSCB Desktop (format version "
            f"{version}); update LSCB Desktop to import it",
            "version",
        )


def field_path(parts) -> str:
    """["meeting", "items", 2, "part"] -> "meeting.items[2].part"."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _describe(error) -> tuple[str, str]:
    """(problem, field) for one jsonschema error."""
    path = list(error.absolute_path)
    kind, expected, found = error.validator, error.validator_value, error.instance
    if kind == "required":
        missing = next(k for k in expected if k not in found)
        return "is missing: add it", field_path([*path, missing])
    if kind == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        unknown = next(k for k in found if k not in known)
        return (
            f"is not a key this format knows: correct its spelling or remove it "
            f"(the keys here are {', '.join(known)})",
            field_path([*path, unknown]),
        )
    problem = _problem(kind, expected, found, error.schema) or error.message
    return problem, field_path(path)


def _problem(kind: str, expected, found, schema: dict) -> str | None:
    if kind == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        return f"must be {_alternatives([_TYPE_NAMES[t] for t in wanted])}, not {_json_type(found)}"
    if kind == "enum":
        return f"must be {_alternatives([_show(v) for v in expected])}, not {_show(found)}"
    if kind == "const":
        return f"must be {_show(expected)}, not {_show(found)}"
    if kind in ("pattern", "format"):
        if isinstance(found, str) and not found.strip():
            return "must not be blank"
        return f"{_show(found)} is not {schema.get('description', 'in the expected form')}"
    if kind == "minimum":
        return f"must be at least {expected}, not {_show(found)}"
    if kind == "uniqueItems":
        repeated = next(v for i, v in enumerate(found) if v in found[:i])
        return f"lists {_show(repeated)} more than once: list each value once"
    return None


_TYPE_NAMES = {
    "object": "an object ({...})",
    "array": "a list ([...])",
    "string": "text in double quotes",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{_show(value)}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {_show(value)}"
    return "a list" if isinstance(value, list) else "an object"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _show(value: object) -> str:
    """A value as the message quotes it: text in single quotes, the rest as JSON."""
    if isinstance(value, str):
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False)


def _alternatives(options: list[str]) -> str:
    """"1 or 2", "'a', 'b' or 'c'"."""
    return options[0] if len(options) == 1 else ", ".join(options[:-1]) + f" or {options[-1]}"
