"""Load report templates from their TOML files (format: docs/report-templates.md).

A file that cannot be used is refused whole with a TemplateError naming the line and the
problem, so a council's bad file never half-replaces a working house style.
"""

import re
import tomllib
from functools import cache
from importlib.resources import files

from .model import Numbering, ReportTemplate, TableKind
from .reading import Reader, TemplateError
from .sections import read_fields, read_sections

FORMAT_VERSION = 1

_TOP = {
    "format": (int, True), "id": (str, True), "name": (str, True), "description": (str, False),
    "numbering": (str, False), "tables": (list, False), "free_sections_after": (str, False),
    "appendix_reference": (bool, False), "fields": (list, True), "sections": (list, True),
}
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)|\s*\(at end of document\)")
_UNCLOSED_QUOTE = "Illegal character '\\n'"  # what tomllib says of a quote left open


def load_template(text: str, source_name: str) -> ReportTemplate:
    """The template written in `text`; `source_name` (the file's name) starts every error."""
    reader = Reader(text, source_name)
    data = _parse(text, source_name)
    _check_format(reader, data)  # before the keys: a newer format may have keys we do not know
    what = "the template"
    reader.table(data, _TOP, (), what)
    numbering = reader.choice(data.get("numbering", "decimal"), Numbering, ("numbering",), what,
                              "numbering")
    tables = reader.choices(data.get("tables", []), TableKind, ("tables",), what, "tables")
    fields = read_fields(reader, data)
    sections = read_sections(reader, data, numbering, tables)
    after = data.get("free_sections_after")
    if after is not None and after not in {s.key for s in sections}:
        raise reader.fail(
            ("free_sections_after",),
            f"free_sections_after names section '{after}', which the template does not have; "
            f"use one of {', '.join(s.key for s in sections)}",
        )
    return ReportTemplate(
        id=reader.key(data, (), what, "id"),
        name=reader.text(data, "name", (), what),
        description=reader.text(data, "description", (), what, blank_ok=True),
        format=data["format"],
        fields=fields,
        sections=sections,
        numbering=numbering,
        tables=tables,
        free_sections_after=after,
        appendix_reference=data.get("appendix_reference", False),
        source_name=source_name,
    )


def load_template_bytes(data: bytes, source_name: str) -> ReportTemplate:
    """As load_template, for a file's raw bytes, which must be UTF-8 text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TemplateError(
            source_name, data[: error.start].count(b"\n") + 1,
            "the file is not UTF-8 text; save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)",
        ) from None
    return load_template(text, source_name)


@cache
def _builtin() -> tuple[ReportTemplate, ...]:
    folder = files("lscb_desktop.resources") / "templates"
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".toml")),
                     key=lambda e: e.name)
    templates = [load_template(e.read_text("utf-8"), e.name) for e in entries]
    seen: dict[str, str] = {}
    for template in templates:
        if template.id in seen:
            raise TemplateError(
                template.source_name, 1,
                f"id '{template.id}' is already used by {seen[template.id]}; "
                "give each template its own id",
            )
        seen[template.id] = template.source_name
    return tuple(templates)


def builtin_templates() -> list[ReportTemplate]:
    """The house styles shipped in resources/templates, in file-name order."""
    return list(_builtin())


def _parse(text: str, source_name: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_POSITION.search(message)
        if match and match.group(1):
            line, where = int(match.group(1)), f" (column {match.group(2)})"
        else:
            line, where = max(1, len(text.splitlines())), " (at the end of the file)"
        problem = message[: match.start()] if match else message
        if problem == _UNCLOSED_QUOTE:
            problem = ('a quoted text is not closed on its line '
                       '(use """ for text over several lines)')
        raise TemplateError(
            source_name, line,
            f"this is not valid TOML: {problem}{where}; "
            "check the quotes, brackets and '=' on that line",
        ) from None


def _check_format(reader: Reader, data: dict) -> None:
    version = data.get("format")
    if version is None:
        raise reader.fail((), f"the template has no 'format'; "
                              f"add format = {FORMAT_VERSION} at the top")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise reader.fail(("format",), f"format = {version!r} is not a format version; "
                                       f"write format = {FORMAT_VERSION}")
    if version > FORMAT_VERSION:
        raise reader.fail(
            ("format",),
            f"the template is written in format {version}, newer than this version of LSCB "
            f"Desktop reads (format {FORMAT_VERSION}); update LSCB Desktop, or ask for a "
            f"format {FORMAT_VERSION} copy",
        )
