"""Recognising the parts of a report in a Word file's text: numbering labels ("2.", "1.0",
"2.1.1."), list markers ("•", "(a)"), "Label: value" lines, and titles that name the
same thing in other words ("2. RECOMMENDATION/S" is "Recommendation/s")."""

import difflib
import re
from dataclasses import dataclass

from ..domain.templates import FieldRole, HeaderField

_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)(\.?)(?=[\t ]|$)[\t ]*")
# Typed bullets, and the Symbol-font bullets of text pasted from Word lists.
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣○●■□§–—\uf0b7\uf0a7][\t ]+"
                     r"|[-*o]\t+|[-*] +)")
_LETTER = re.compile(r"^\s*\(?([a-z]{1,2}|[ivx]{1,5})\)[\t ]+")
_FIELD = re.compile(r"^([^:\t\n]{1,60}?)\s*(?::[\t ]*|\t+)(.*)$", re.DOTALL)
_FUZZY = 0.85

# What other papers call the header fields that have a role.
ROLE_SYNONYMS = {
    FieldRole.TITLE: ("title", "report title", "subject", "subject title", "subject/title"),
    FieldRole.COMMITTEE: ("committee", "report to", "meeting", "to"),
    FieldRole.MEETING_DATE: ("date of meeting", "meeting date", "date"),
    FieldRole.AUTHOR: ("report of", "author", "report by", "from"),
}
CONTACT_SYNONYMS = {
    "name": ("name", "contact officer", "officer"),
    "job_title": ("job title", "designation", "position"),
    "email": ("email", "e-mail", "email address"),
    "phone": ("telephone", "tel", "phone", "telephone number", "tel no"),
}


@dataclass(frozen=True)
class Numbered:
    """Text with its numbering label taken off: "2.1.\tNote" -> ((2, 1), "Note")."""

    parts: tuple[int, ...]
    text: str
    tabbed: bool  # the label was followed by a tab (as in the files this application writes)


def split_number(text: str) -> Numbered | None:
    match = _NUMBER.match(text)
    if not match:
        return None
    label, dot = match.group(1), match.group(2)
    if "." not in label and not dot and "\t" not in match.group(0):
        return None  # "2019 was a good year" starts with a year, not a number
    parts = tuple(int(p) for p in label.split("."))
    return Numbered(parts, text[match.end():], "\t" in match.group(0))


def strip_list_marker(text: str) -> tuple[str, str] | None:
    """("bullet" | "lettered", the text after the marker), or None."""
    if match := _BULLET.match(text):
        return "bullet", text[match.end():]
    if match := _LETTER.match(text):
        return "lettered", text[match.end():]
    return None


def normalise(title: str) -> str:
    """For comparing titles: no numbering, case, punctuation or '&'."""
    numbered = split_number(title)
    text = numbered.text if numbered else title
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9 ]+", "", re.sub(r"[/\-–]", " ", text))
    return " ".join(text.split())


def _loose(title: str) -> str:
    """A sub-section title without the words every implication shares."""
    words = [w for w in normalise(title).split() if w not in ("implications", "implication")]
    return " ".join(words)


def same_title(found: str, wanted: str) -> bool:
    a, b = normalise(found), normalise(wanted)
    return a == b or a.replace(" ", "") == b.replace(" ", "")


def close_title(found: str, wanted: str, loose: bool = False) -> bool:
    a, b = (_loose(found), _loose(wanted)) if loose else (normalise(found), normalise(wanted))
    return bool(a) and (a == b or difflib.SequenceMatcher(None, a, b).ratio() >= _FUZZY)


def split_field(text: str) -> tuple[str, str] | None:
    """'Date of Meeting:\t22 January 2019' -> ('Date of Meeting', '22 January 2019')."""
    match = _FIELD.match(text.strip())
    if not match or not match.group(1).strip():
        return None
    return match.group(1).strip(), match.group(2).strip()


def field_for_label(label: str, fields: tuple[HeaderField, ...]) -> HeaderField | None:
    wanted = normalise(label)
    for field in fields:
        if wanted in (normalise(field.label), normalise(field.key.replace("_", " "))):
            return field
    for field in fields:
        if field.role and wanted in (normalise(s) for s in ROLE_SYNONYMS[field.role]):
            return field
    return next((f for f in fields if close_title(label, f.label)), None)


def contact_field_for_label(label: str, labels: dict[str, str]) -> str | None:
    """The contact detail ('name', 'email' ...) a label names; `labels` are the template's
    own wording for each."""
    wanted = normalise(label)
    for name, wording in labels.items():
        if wanted == normalise(wording):
            return name
    for name, synonyms in CONTACT_SYNONYMS.items():
        if wanted in (normalise(s) for s in synonyms):
            return name
    return None
