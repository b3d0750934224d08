"""Key decisions need 28 clear days in the forward plan; a private meeting needs a 28-day
notice and then a 5-clear-day notice (2012 Regulations, regs 5 and 9)."""

from datetime import date, timedelta

import pytest

from lscb_desktop.domain.forward_plan import EntryStatus, ForwardPlanEntry
from lscb_desktop.domain.notice_rules import (
    calendar_clear_days, latest_28_day_notice, latest_5_day_notice, notice_warnings,
)

MEETING = date(2019, 3, 19)  # a Tuesday


def key_decision(published) -> ForwardPlanEntry:
    return ForwardPlanEntry(1, "Council Tax Relief for Care Leavers", key_decision=True,
                            decision_maker="Cabinet", first_published=published)


def private(notice_28=None, notice_5=None) -> ForwardPlanEntry:
    return ForwardPlanEntry(1, "Residential Homes Contract", part=2, exempt_paragraphs=[3],
                            notice_28_given=notice_28, notice_5_given=notice_5)


def codes(entry, meeting=MEETING):
    return [w.code for w in notice_warnings(entry, meeting)]


def test_clear_days_leave_out_the_day_of_notice_and_the_day_of_the_meeting():
    assert calendar_clear_days(date(2019, 2, 18), MEETING) == 28
    assert calendar_clear_days(MEETING, MEETING) == 0
    assert latest_28_day_notice(MEETING) == date(2019, 2, 18)


def test_a_key_decision_published_28_clear_days_before_is_in_time():
    assert codes(key_decision(date(2019, 2, 18))) == []
    assert codes(key_decision(date(2019, 1, 2))) == []


def test_a_key_decision_published_a_day_late_is_warned_with_the_earliest_meeting_it_can_go_to():
    [warning] = notice_warnings(key_decision(date(2019, 2, 19)), MEETING)
    assert warning.code == "key_decision_short"
    assert "only 27 clear days" in warning.message
    assert "on or after Wednesday 20 March 2019" in warning.message


def test_weekends_and_bank_holidays_count_towards_the_28_days():
    # Published the Friday before Christmas 2018: 28 calendar days later, over Christmas,
    # Boxing Day and New Year's Day, is still notice enough.
    meeting = date(2018, 12, 21) + timedelta(days=29)
    assert codes(key_decision(date(2018, 12, 21)), meeting) == []


def test_an_unpublished_key_decision_is_warned_with_the_last_day_to_publish_it():
    [warning] = notice_warnings(key_decision(None), MEETING)
    assert warning.code == "key_decision_unpublished"
    assert "publish it by Monday 18 February 2019" in warning.message


def test_a_private_item_with_both_notices_in_time_has_no_warning():
    assert codes(private(date(2019, 2, 18), date(2019, 3, 11))) == []


def test_a_private_item_without_its_notices_gets_both_warnings_with_the_dates_due():
    warnings = notice_warnings(private(), MEETING)
    assert [w.code for w in warnings] == ["private_28_missing", "private_5_missing"]
    assert "by Monday 18 February 2019" in warnings[0].message
    assert "give it by Monday 11 March 2019" in warnings[1].message


def test_late_private_notices_are_warned():
    assert codes(private(date(2019, 2, 19), date(2019, 3, 12))) == ["private_28_short",
                                                                    "private_5_short"]


@pytest.mark.parametrize("given, late", [(date(2019, 4, 11), False), (date(2019, 4, 12), True)])
def test_the_5_day_notice_counts_working_days_over_easter(given, late):
    # Meeting on Tuesday 23 April 2019, the day after Easter Monday; Good Friday 19 April.
    meeting = date(2019, 4, 23)
    assert latest_5_day_notice(meeting) == date(2019, 4, 11)
    entry = private(date(2019, 3, 1), given)
    assert ("private_5_short" in codes(entry, meeting)) is late


def test_a_private_key_decision_can_carry_every_warning():
    entry = private()
    entry.key_decision, entry.decision_maker = True, "Cabinet"
    assert codes(entry) == ["key_decision_unpublished", "private_28_missing", "private_5_missing"]


def test_no_warning_without_a_meeting_date_or_once_the_entry_is_done_with():
    assert codes(private(), None) == []
    for status in (EntryStatus.CONSIDERED, EntryStatus.WITHDRAWN):
        entry = private()
        entry.status, entry.status_reason = status, "done"
        assert codes(entry) == []
