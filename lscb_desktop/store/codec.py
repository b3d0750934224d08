"""How dates and times are written in the database: ISO text."""

from datetime import date, time


def date_out(d: date | None) -> str | None:
    return d.isoformat() if d else None


def date_in(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def time_out(t: time) -> str:
    return t.strftime("%H:%M")


def time_in(text: str) -> time:
    return time.fromisoformat(text)
