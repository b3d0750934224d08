"""Reading a template's header fields and sections, with the checks of their meaning: keys
unique, kinds and parts known, one section per part, labels that the part has."""

from .model import (
    PART_LABELS, FieldKind, FieldRole, HeaderField, Numbering, Part, SectionTemplate,
    SubsectionTemplate, TableKind,
)
from .reading import Reader

FREE_SECTION_PREFIX = "free-"  # keys of the sections an author adds (report.py)

_FIELD = {
    "key": (str, True), "label": (str, True), "kind": (str, False), "required": (bool, False),
    "help": (str, False), "choices": (list, False), "role": (str, False),
}
_SECTION = {
    "key": (str, True), "title": (str, True), "guidance": (str, False), "required": (bool, False),
    "numbering": (str, False), "part": (str, False), "tables": (list, False),
    "subsections": (list, False), "labels": (dict, False), "lead_in": (str, False),
}
_SUBSECTION = {
    "key": (str, True), "title": (str, True), "guidance": (str, False), "required": (bool, False),
}


def read_fields(reader: Reader, data: dict) -> tuple[HeaderField, ...]:
    entries = reader.tables(data, "fields", (), "the template")
    if not entries:
        raise reader.fail(("fields",), "the template has no header fields; "
                                       "add at least one [[fields]]")
    fields: list[HeaderField] = []
    for i, entry in enumerate(entries):
        field = _field(reader, entry, ("fields", i))
        if any(f.key == field.key for f in fields):
            raise reader.fail(("fields", i, "key"), f"header field key '{field.key}' is used "
                                                    "twice; give each field its own key")
        if field.role and any(f.role is field.role for f in fields):
            raise reader.fail(("fields", i, "role"), f"role '{field.role.value}' is given to two "
                                                     "header fields; keep it on one")
        fields.append(field)
    if not any(f.role is FieldRole.TITLE for f in fields):
        raise reader.fail(("fields",), 'no header field has role = "title"; '
                                       "add it to the field that holds the report's title")
    return tuple(fields)


def _field(reader: Reader, entry: dict, path: tuple) -> HeaderField:
    what = f"header field '{entry.get('key', path[1] + 1)}'"
    reader.table(entry, _FIELD, path, what)
    kind = reader.choice(entry.get("kind", "text"), FieldKind, path + ("kind",), what, "kind")
    choices = tuple(entry.get("choices", []))
    if kind is FieldKind.CHOICE and not choices:
        raise reader.fail(path, f'{what} is a choice with no choices; add choices = ["...", "..."]')
    if kind is not FieldKind.CHOICE and choices:
        raise reader.fail(path + ("choices",), f"{what} has choices but its kind is "
                                               f"'{kind.value}'; remove them or set "
                                               'kind = "choice"')
    blank = not all(isinstance(c, str) and c.strip() for c in choices)
    if blank or len(set(choices)) < len(choices):
        raise reader.fail(path + ("choices",), f"{what} has blank or repeated choices; "
                                               "list each once, in quotes")
    role = entry.get("role")
    if role is not None:
        role = reader.choice(role, FieldRole, path + ("role",), what, "role")
        if role is FieldRole.MEETING_DATE and kind is not FieldKind.DATE:
            raise reader.fail(path + ("role",), f"{what} has role 'meeting-date' but kind "
                                                f"'{kind.value}'; set kind = \"date\"")
    return HeaderField(
        key=reader.key(entry, path, what),
        label=reader.text(entry, "label", path, what),
        kind=kind,
        required=entry.get("required", False),
        help=reader.text(entry, "help", path, what, blank_ok=True),
        choices=choices,
        role=role,
    )


def read_sections(reader: Reader, data: dict, numbering: Numbering,
                  tables: tuple[TableKind, ...]) -> tuple[SectionTemplate, ...]:
    """The sections; `numbering` and `tables` are the template's defaults for them."""
    entries = reader.tables(data, "sections", (), "the template")
    if not entries:
        raise reader.fail(("sections",), "the template has no sections; "
                                         "add at least one [[sections]]")
    sections: list[SectionTemplate] = []
    for i, entry in enumerate(entries):
        section = _section(reader, entry, ("sections", i), numbering, tables)
        if any(s.key == section.key for s in sections):
            raise reader.fail(("sections", i, "key"), f"section key '{section.key}' is used twice; "
                                                      "give each section its own key")
        if section.part and any(s.part is section.part for s in sections):
            raise reader.fail(("sections", i, "part"),
                              f"two sections have part '{section.part.value}'; a report has one "
                              "of each part: keep it on one section")
        sections.append(section)
    return tuple(sections)


def _section(reader: Reader, entry: dict, path: tuple, numbering: Numbering,
             tables: tuple[TableKind, ...]) -> SectionTemplate:
    what = f"section '{entry.get('key', path[1] + 1)}'"
    reader.table(entry, _SECTION, path, what)
    key = reader.key(entry, path, what)
    if key.startswith(FREE_SECTION_PREFIX):
        raise reader.fail(path + ("key",), f"{what}: keys starting '{FREE_SECTION_PREFIX}' are "
                                           "kept for sections authors add; choose another key")
    part = entry.get("part")
    if part is not None:
        part = reader.choice(part, Part, path + ("part",), what, "part")
    subsections = _subsections(reader, entry, path, what)
    if part is Part.IMPLICATIONS and not subsections:
        raise reader.fail(path, f"{what} holds the implications but has none; "
                                "add each implication as [[sections.subsections]]")
    if "lead_in" in entry and part is not Part.RECOMMENDATIONS:
        raise reader.fail(path + ("lead_in",), f"{what} has a lead_in but no "
                                               'part = "recommendations"; remove it')
    if "tables" in entry:
        tables = reader.choices(entry["tables"], TableKind, path + ("tables",), what, "tables")
    return SectionTemplate(
        key=key,
        title=reader.text(entry, "title", path, what),
        guidance=reader.text(entry, "guidance", path, what, blank_ok=True),
        required=entry.get("required", False),
        numbering=reader.choice(entry.get("numbering", numbering.value), Numbering,
                                path + ("numbering",), what, "numbering"),
        part=part,
        tables=tables,
        subsections=subsections,
        labels=_labels(reader, entry.get("labels", {}), part, path, what),
        lead_in=reader.text(entry, "lead_in", path, what, blank_ok=True),
    )


def _labels(reader: Reader, labels: dict, part: Part | None, path: tuple, what: str) -> dict:
    allowed = PART_LABELS[part] if part else {}
    for name, value in labels.items():
        if name not in allowed:
            words = ", ".join(allowed) or "none: remove labels"
            raise reader.fail(path + ("labels", name), f"{what} has label '{name}'; "
                                                       f"its labels are {words}")
        if not isinstance(value, str) or not value.strip():
            raise reader.fail(path + ("labels", name), f"{what} has label {name} = {value!r}; "
                                                       "write the wording in quotes")
    return {name: value.strip() for name, value in labels.items()}


def _subsections(reader: Reader, entry: dict, path: tuple,
                 parent: str) -> tuple[SubsectionTemplate, ...]:
    subsections: list[SubsectionTemplate] = []
    for j, sub in enumerate(reader.tables(entry, "subsections", path, parent)):
        sub_path = path + ("subsections", j)
        what = f"sub-section '{sub.get('key', j + 1)}' of {parent}"
        reader.table(sub, _SUBSECTION, sub_path, what)
        key = reader.key(sub, sub_path, what)
        if any(s.key == key for s in subsections):
            raise reader.fail(sub_path + ("key",), f"{parent} has two sub-sections with key "
                                                   f"'{key}'; give each its own key")
        subsections.append(SubsectionTemplate(
            key=key,
            title=reader.text(sub, "title", sub_path, what),
            guidance=reader.text(sub, "guidance", sub_path, what, blank_ok=True),
            required=sub.get("required", False),
        ))
    return tuple(subsections)
