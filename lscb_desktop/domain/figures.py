"""Figures as report authors type them into tables: "477", "1,065", "£3,561", "12.5", "97%".

Cells stay text (a scorecard mixes counts, rates, money and ranges such as "400-450"); the
rules that need a number (totals, suppression, direction of travel) read it with
parse_figure and write it back with format_figure in the same style.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

_FIGURE = re.compile(r"^(-)?(£)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%)?$")


@dataclass(frozen=True)
class Figure:
    value: Decimal
    currency: bool = False  # written with a leading £
    grouped: bool = False  # written with thousands separators
    decimals: int = 0
    percent: bool = False

    @property
    def is_whole(self) -> bool:
        return self.value == self.value.to_integral_value()


def parse_figure(text: object) -> Figure | None:
    """The figure in `text` (an int, float, Decimal or string), or None if it is not one."""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, (int, Decimal)):
        text = str(text)
    elif isinstance(text, float):
        text = repr(text)
    if not isinstance(text, str):
        return None
    match = _FIGURE.match(text.strip().replace(" ", ""))
    if not match:
        return None
    sign, pound, digits, fraction, percent = match.groups()
    value = Decimal(digits.replace(",", "") + ("." + fraction if fraction else ""))
    return Figure(
        value=-value if sign else value,
        currency=bool(pound),
        grouped="," in digits,
        decimals=len(fraction or ""),
        percent=bool(percent),
    )


def format_figure(value: Decimal, currency: bool = False, grouped: bool = False,
                  decimals: int = 0, percent: bool = False) -> str:
    """`value` written the way parse_figure reads it: format_figure(Decimal(-3561), True, True)
    is "-£3,561"."""
    number = f"{abs(value):{',' if grouped else ''}.{decimals}f}"
    return f"{'-' if value < 0 else ''}{'£' if currency else ''}{number}{'%' if percent else ''}"
