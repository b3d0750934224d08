"""Meeting-date patterns over a municipal year: recess, bank holidays moved a week on."""

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lscb_desktop.domain.calendar_pattern import (
    MeetingPattern, PatternKind, meetings_between, meetings_in_year, municipal_year_bounds,
    next_meetings,
)
from lscb_desktop.domain.deadlines import is_working_day
from lscb_desktop.domain.errors import ValidationError

FOUR_PM = time(16, 0)
MON, TUE, THU = 0, 1, 3


def monthly(weekday, week, every=1, first_month=5, skip=(8,)):
    return MeetingPattern(PatternKind.MONTHLY, weekday, FOUR_PM, week_of_month=week,
                          every=every, first_month=first_month, skip_months=skip)


def weekly(weekday, every, starts_on, skip=(8,)):
    return MeetingPattern(PatternKind.WEEKLY, weekday, FOUR_PM, every=every, starts_on=starts_on,
                          skip_months=skip)


def days(preview):
    return [p.date for p in preview.proposed]


def test_the_municipal_year_runs_from_may_to_april():
    assert municipal_year_bounds(2019) == (date(2019, 5, 1), date(2020, 4, 30))


def test_third_tuesday_of_alternate_months_gives_six_meetings_at_four():
    preview = meetings_in_year(monthly(TUE, 3, every=2), 2019)
    assert days(preview) == [date(2019, 5, 21), date(2019, 7, 16), date(2019, 9, 17),
                             date(2019, 11, 19), date(2020, 1, 21), date(2020, 3, 17)]
    assert {p.start_time for p in preview.proposed} == {FOUR_PM}
    assert preview.skipped == []


def test_alternate_months_counted_from_june_meet_the_august_recess_and_drop_it():
    preview = meetings_in_year(monthly(TUE, 2, every=2, first_month=6), 2019)
    assert [d.month for d in days(preview)] == [6, 10, 12, 2, 4]
    [skipped] = preview.skipped
    assert skipped.date == date(2019, 8, 13) and "August recess" in skipped.reason


def test_first_monday_moves_off_the_early_may_bank_holiday_to_the_next_monday():
    preview = meetings_in_year(monthly(MON, 1), 2019)
    first = preview.proposed[0]
    assert first.date == date(2019, 5, 13)
    assert first.note == "Moved from Monday 6 May 2019, May Day."
    assert len(preview.proposed) == 11  # twelve months less the August recess
    assert all(p.note == "" for p in preview.proposed[1:])


def test_easter_monday_moves_a_week_on():
    preview = meetings_in_year(monthly(MON, 2), 2019)
    april = [p for p in preview.proposed if p.date.month == 4]
    assert [(p.date, p.note) for p in april] == [
        (date(2020, 4, 20), "Moved from Monday 13 April 2020, Easter Monday.")]


def test_christmas_day_then_new_years_day_move_the_meeting_two_weeks_on():
    preview = meetings_in_year(monthly(TUE, 4), 2029)
    december = [p for p in preview.proposed if p.date.year == 2030 and p.date.month == 1]
    assert december[0].date == date(2030, 1, 8)
    assert "Tuesday 25 December 2029" in december[0].note
    assert december[1].date == date(2030, 1, 22)  # January's own meeting stays


def test_a_move_onto_the_next_meeting_of_a_weekly_pattern_drops_the_date_with_the_reason():
    preview = meetings_between(weekly(MON, 1, date(2019, 4, 29)), date(2019, 4, 29),
                               date(2019, 5, 20))
    assert days(preview) == [date(2019, 4, 29), date(2019, 5, 13), date(2019, 5, 20)]
    [skipped] = preview.skipped
    assert skipped.date == date(2019, 5, 6)
    assert "May Day" in skipped.reason and "Add one by hand" in skipped.reason


def test_a_move_into_the_recess_or_past_the_end_drops_the_date():
    into_recess = meetings_in_year(monthly(MON, -1, skip=(6, 8)), 2019)  # 27 May 2019
    assert date(2019, 5, 27) in [s.date for s in into_recess.skipped]
    assert all(d.month not in (6, 8) for d in days(into_recess))
    past_end = meetings_between(monthly(MON, 4), date(2019, 4, 1), date(2019, 4, 25))
    assert days(past_end) == [] and past_end.skipped[0].date == date(2019, 4, 22)


def test_every_six_weeks_on_thursday_from_a_date_skips_august():
    preview = meetings_in_year(weekly(THU, 6, date(2019, 5, 9)), 2019)
    assert days(preview)[:3] == [date(2019, 5, 9), date(2019, 6, 20), date(2019, 9, 12)]
    assert [s.date for s in preview.skipped] == [date(2019, 8, 1)]
    assert all((d - date(2019, 5, 9)).days % 42 == 0 for d in days(preview))


def test_a_weekly_series_begun_in_an_earlier_year_keeps_its_rhythm():
    preview = meetings_in_year(weekly(THU, 6, date(2018, 3, 1)), 2019)
    assert days(preview)[0] == date(2019, 6, 6)  # 66 weeks on; 60 weeks was 25 April
    assert all((d - date(2018, 3, 1)).days % 42 == 0 for d in days(preview))


def test_next_meetings_counts_past_the_recess_and_into_the_next_year():
    found = next_meetings(weekly(TUE, 8, date(2026, 12, 22)), date(2026, 12, 22), 4)
    assert [p.date for p in found] == [date(2027, 2, 16), date(2027, 4, 13), date(2027, 6, 8),
                                       date(2027, 9, 28)]  # 3 August is in the recess
    assert next_meetings(weekly(TUE, 8, date(2026, 12, 22)), date(2026, 12, 22), 0) == []


def test_patterns_describe_themselves_as_committees_agree_them():
    assert monthly(TUE, 2, every=2).describe() == (
        "The second Tuesday of alternate months from May at 4.00 pm, except in August")
    assert monthly(MON, 1, skip=()).describe() == "The first Monday of every month at 4.00 pm"
    assert weekly(THU, 6, date(2019, 5, 9), skip=(8, 12)).describe() == (
        "Every 6 weeks on Thursday from 9 May 2019 at 4.00 pm, except in August or December")


@pytest.mark.parametrize("pattern, field", [
    (weekly(THU, 6, None), "starts_on"),
    (weekly(THU, 6, date(2019, 5, 8)), "starts_on"),  # a Wednesday
    (weekly(THU, 0, date(2019, 5, 9)), "every"),
    (monthly(TUE, 5), "week_of_month"),
    (monthly(TUE, 1, every=13), "every"),
    (monthly(9, 1), "weekday"),
    (monthly(TUE, 1, skip=tuple(range(1, 13))), "skip_months"),
    (monthly(TUE, 1, skip=(13,)), "skip_months"),
])
def test_a_pattern_that_cannot_work_is_refused_naming_the_field(pattern, field):
    with pytest.raises(ValidationError) as err:
        pattern.validate()
    assert err.value.field == field


@settings(max_examples=60, deadline=None)
@given(weekday=st.integers(0, 4), week=st.sampled_from([1, 2, 3, 4, -1]),
       every=st.integers(1, 3), first=st.integers(1, 12), year=st.integers(2018, 2035))
def test_monthly_meetings_fall_on_working_days_in_the_year_in_order(weekday, week, every, first,
                                                                     year):
    preview = meetings_in_year(monthly(weekday, week, every, first), year)
    start, end = municipal_year_bounds(year)
    dates = days(preview)
    assert dates == sorted(set(dates))
    assert all(start <= d <= end and is_working_day(d) and d.month != 8 for d in dates)
    assert all(d.weekday() == weekday for d in dates)
