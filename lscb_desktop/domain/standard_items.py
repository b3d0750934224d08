"""The standard items most agendas open with, and their wording."""

from datetime import date

from .committee import StandardItem
from .dates import long_date

APOLOGIES = "apologies"
DECLARATIONS = "declarations"
MINUTES = "minutes"

DECLARATIONS_PURPOSE = (
    "To provide an opportunity for Members and Officers to declare any disclosable "
    "pecuniary and non-pecuniary interests in any item on the agenda."
)


def default_standard_items() -> list[StandardItem]:
    return [
        StandardItem(APOLOGIES, "Apologies for Absence", ""),
        StandardItem(DECLARATIONS, "Declarations of Interest", DECLARATIONS_PURPOSE),
        StandardItem(MINUTES, "Minutes of Previous Meeting", ""),
    ]


def minutes_purpose(previous_meeting: date | None) -> str:
    """Purpose line of the minutes item, naming the previous meeting's date."""
    if previous_meeting is None:
        return "To approve the minutes of the previous meeting."
    return f"To approve the minutes of the meeting held on {long_date(previous_meeting)}."
