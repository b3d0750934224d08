"""Publication deadlines: five clear days (LGA 1972 s100B), three in Wales.

Clear days exclude the day of publication, the day of the meeting, weekends and bank
holidays; publication itself must fall on a working day (the papers are open to
inspection at the council's offices).
"""

from datetime import date, timedelta
from functools import lru_cache

import holidays

ENGLAND_AND_WALES = "ENG"  # England and Wales share their bank holidays.


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv=ENGLAND_AND_WALES, years=year))


def is_bank_holiday(day: date) -> bool:
    return day in _bank_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day)


def publication_deadline(meeting_date: date, clear_days: int = 5) -> date:
    """The last working day on which the agenda can be published for `meeting_date`."""
    if clear_days < 0:
        raise ValueError("The number of clear days cannot be negative.")
    day = meeting_date
    counted = 0
    while counted < clear_days:
        day -= timedelta(days=1)
        if is_working_day(day):
            counted += 1
    day -= timedelta(days=1)
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def clear_days_between(publication: date, meeting_date: date) -> int:
    """How many clear days an agenda published on `publication` gives."""
    day = publication + timedelta(days=1)
    count = 0
    while day < meeting_date:
        if is_working_day(day):
            count += 1
        day += timedelta(days=1)
    return count
