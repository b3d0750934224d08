"""Report deadlines: working days back from the publication deadline, and what is overdue."""

from datetime import date

import pytest

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.report import ReportStatus
from lscb_desktop.domain.report_deadlines import (
    ChaseStage, DeadlineOffsets, DueDates, chase_state, due_dates, working_days_before,
)


@pytest.mark.parametrize("day, count, expected", [
    (date(2019, 1, 14), 0, date(2019, 1, 14)),  # a working day itself
    (date(2019, 1, 13), 0, date(2019, 1, 11)),  # a Sunday: the Friday before
    (date(2019, 1, 14), 1, date(2019, 1, 11)),  # over the weekend
    (date(2019, 1, 3), 3, date(2018, 12, 28)),  # over New Year's Day
    (date(2018, 12, 27), 1, date(2018, 12, 24)),  # over Christmas Day and Boxing Day
    (date(2019, 5, 7), 1, date(2019, 5, 3)),  # over the early May bank holiday
    (date(2019, 4, 23), 2, date(2019, 4, 17)),  # over Easter Monday and Good Friday
])
def test_working_days_before_skip_weekends_and_bank_holidays(day, count, expected):
    assert working_days_before(day, count) == expected


def test_the_reference_meeting_gets_its_draft_over_christmas_and_its_final_a_week_before():
    # Tuesday 22 January 2019: published by Monday 14 January (five clear days).
    dates = due_dates(date(2019, 1, 22), DeadlineOffsets())
    assert dates == DueDates(date(2019, 1, 14), date(2018, 12, 28), date(2019, 1, 9))


def test_offsets_are_per_committee_and_wales_three_clear_days_moves_publication():
    dates = due_dates(date(2019, 1, 22), DeadlineOffsets(5, 0), clear_days=3)
    assert dates.publication == date(2019, 1, 16)
    assert (dates.draft, dates.final) == (date(2019, 1, 9), date(2019, 1, 16))


@pytest.mark.parametrize("offsets, field", [
    (DeadlineOffsets(2, 3), "draft_working_days"),
    (DeadlineOffsets(-1, 0), "draft_working_days"),
    (DeadlineOffsets(10, 61), "final_working_days"),
])
def test_offsets_that_make_no_sense_are_refused(offsets, field):
    with pytest.raises(ValidationError) as err:
        offsets.validate()
    assert err.value.field == field


DATES = DueDates(date(2019, 1, 14), date(2018, 12, 28), date(2019, 1, 9))


def test_a_report_not_started_is_due_as_a_draft_and_overdue_the_day_after():
    on_time = chase_state(None, DATES, date(2018, 12, 28))
    assert (on_time.stage, on_time.due, on_time.overdue) == (ChaseStage.DRAFT, DATES.draft, False)
    late = chase_state(ReportStatus.DRAFT, DATES, date(2019, 1, 2))
    assert (late.overdue, late.days_overdue) == (True, 5)


def test_a_submitted_draft_is_chased_for_its_final_version():
    state = chase_state(ReportStatus.SUBMITTED, DATES, date(2019, 1, 10))
    assert (state.stage, state.due, state.overdue, state.days_overdue) == (
        ChaseStage.FINAL, DATES.final, True, 1)


@pytest.mark.parametrize("status", [ReportStatus.CLEARED, ReportStatus.PUBLISHED])
def test_a_cleared_or_published_report_is_delivered_and_never_overdue(status):
    state = chase_state(status, DATES, date(2019, 2, 1))
    assert (state.stage, state.due, state.overdue) == (ChaseStage.DONE, None, False)
