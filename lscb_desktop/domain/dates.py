"""Dates and times written the way committee papers write them."""

from datetime import date, time


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def long_date(d: date) -> str:
    """'13 November 2018', as in minutes and purpose lines."""
    return f"{d.day} {d:%B %Y}"


def agenda_date(d: date) -> str:
    """'Tuesday, 22nd January, 2019', as on an agenda front sheet."""
    return f"{d:%A}, {ordinal(d.day)} {d:%B}, {d.year}"


def weekday_date(d: date) -> str:
    """'Tuesday 19 March 2019', as in lists of future dates."""
    return f"{d:%A} {d.day} {d:%B %Y}"


def clock_time(t: time) -> str:
    """'4.00 pm', '10.30 am', '12.00 pm' (noon)."""
    hour = t.hour % 12 or 12
    suffix = "am" if t.hour < 12 else "pm"
    return f"{hour}.{t.minute:02d} {suffix}"


def municipal_year(d: date) -> str:
    """The municipal year (May to April) containing `d`, as '2018/19'."""
    start = d.year if d.month >= 5 else d.year - 1
    return f"{start}/{(start + 1) % 100:02d}"


def municipal_year_start(d: date) -> date:
    return date(d.year if d.month >= 5 else d.year - 1, 5, 1)
