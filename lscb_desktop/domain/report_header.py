"""Header field values: stored as text in a canonical form, shown the way papers write them.

Dates are stored as ISO ("2019-01-22") and shown as "22 January 2019"; yes-no fields hold
"Yes" or "No"; a choice holds one of the template's choices exactly.
"""

import re
from datetime import date, datetime

from .dates import long_date
from .errors import ValidationError
from .templates import FieldKind, HeaderField

_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.IGNORECASE)
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d %b %Y", "%A %d %B %Y")
_YES = {"yes", "y", "true"}
_NO = {"no", "n", "false"}


def parse_date(text: str) -> date | None:
    """'2019-01-22', '22/01/2019', '22 January 2019', 'Tuesday 22nd January 2019' -> a date."""
    cleaned = _ORDINAL.sub(r"\1", text.replace(",", " ")).strip()
    cleaned = " ".join(cleaned.split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def normalise_header_value(field: HeaderField, raw: str) -> str:
    """`raw` in the canonical form for `field`; "" stays "" (emptiness is for the
    completeness check to judge, so that a draft can be saved half-filled)."""
    text = raw.strip()
    if not text:
        return ""
    if field.kind is FieldKind.DATE:
        day = parse_date(text)
        if day is None:
            raise ValidationError(
                f"'{text}' is not a date for '{field.label}': "
                "write it as 22/01/2019 or 22 January 2019.",
                field.key,
            )
        return day.isoformat()
    if field.kind is FieldKind.YES_NO:
        if text.lower() in _YES:
            return "Yes"
        if text.lower() in _NO:
            return "No"
        raise ValidationError(f"'{field.label}' must be Yes or No, not '{text}'.", field.key)
    if field.kind is FieldKind.CHOICE:
        for choice in field.choices:
            if text.lower() == choice.lower():
                return choice
        raise ValidationError(
            f"'{text}' is not one of the choices for '{field.label}': "
            f"use one of {', '.join(field.choices)}.",
            field.key,
        )
    if field.kind is FieldKind.TEXT:
        return " ".join(text.split())  # one line: the header block has no room for more
    return text


def display_header_value(field: HeaderField, value: str) -> str:
    """The value as the report's header block shows it."""
    if field.kind is FieldKind.DATE and value:
        day = parse_date(value)
        return long_date(day) if day else value
    return value
