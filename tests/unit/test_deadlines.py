"""Publication deadlines: five clear days, excluding weekends and bank holidays (England)."""

from datetime import date

import pytest

from lscb_desktop.domain.deadlines import clear_days_between, is_working_day, publication_deadline


@pytest.mark.parametrize(
    "meeting, publish_by",
    [
        # The examples the issue fixes.
        (date(2019, 1, 22), date(2019, 1, 14)),  # Tue; a plain week back plus the weekend
        (date(2018, 12, 27), date(2018, 12, 17)),  # Thu after Christmas Day and Boxing Day
        # Easter 2019: Good Friday 19 April, Easter Monday 22 April.
        (date(2019, 4, 25), date(2019, 4, 15)),
        (date(2019, 4, 23), date(2019, 4, 11)),
        # Early May bank holiday 2019 (6 May) and Spring bank holiday (27 May).
        (date(2019, 5, 9), date(2019, 4, 30)),
        (date(2019, 5, 30), date(2019, 5, 21)),
        # Christmas 2021 falls at a weekend: substitute days on 27 and 28 December.
        (date(2022, 1, 5), date(2021, 12, 23)),  # and 3 January (New Year observed)
        # A Monday meeting counts back over the weekend.
        (date(2019, 3, 18), date(2019, 3, 8)),
    ],
)
def test_publication_deadline_leaves_five_clear_working_days(meeting, publish_by):
    assert publication_deadline(meeting) == publish_by
    assert clear_days_between(publish_by, meeting) == 5


def test_publishing_a_day_later_leaves_too_few_clear_days():
    deadline = publication_deadline(date(2019, 1, 22))
    assert clear_days_between(date(2019, 1, 15), date(2019, 1, 22)) == 4
    assert deadline == date(2019, 1, 14)


def test_welsh_councils_use_three_clear_days():
    assert publication_deadline(date(2019, 1, 22), clear_days=3) == date(2019, 1, 16)


def test_publication_day_is_a_working_day():
    # Clear days before Wed 8 May 2019: 7 May, (6 May holiday), 3, 2, 1 May, 30 April.
    publish_by = publication_deadline(date(2019, 5, 8))
    assert is_working_day(publish_by)
    assert publish_by == date(2019, 4, 29)


def test_publication_never_falls_on_a_bank_holiday():
    # Clear days before Thu 2 January 2020: 31, 30, 27, 24 and 23 December (New Year's Day,
    # Christmas Day and Boxing Day do not count).
    publish_by = publication_deadline(date(2020, 1, 2))
    assert publish_by == date(2019, 12, 20)
    assert clear_days_between(publish_by, date(2020, 1, 2)) == 5


def test_bank_holidays_and_weekends_are_not_working_days():
    assert not is_working_day(date(2019, 4, 19))  # Good Friday
    assert not is_working_day(date(2019, 8, 26))  # Summer bank holiday
    assert not is_working_day(date(2019, 1, 19))  # Saturday
    assert is_working_day(date(2019, 1, 21))
