"""The meeting calendar: a year of meetings from a committee's pattern, previewed then
created, and every committee's meetings on one calendar."""

from datetime import date, time

import pytest

from lscb_desktop.domain.agenda import ItemKind
from lscb_desktop.domain.calendar_pattern import MeetingPattern, PatternKind
from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.services import agenda_service, calendar_service, meeting_service

from forward_plan_fixtures import MEETING_DATES, PATTERN, committee


def dates(db, committee_id):
    return [s.meeting.date for s in meeting_service.list_meetings(db, committee_id)]


def test_the_preview_shows_the_years_dates_and_changes_nothing(db):
    cid = committee(db)
    calendar_service.save_pattern(db, cid, PATTERN)
    preview = calendar_service.preview_year(db, cid, 2019)
    assert [d.meeting.date for d in preview.dates] == MEETING_DATES
    assert preview.pattern.startswith("The third Tuesday of alternate months from May at 4.00 pm")
    assert dates(db, cid) == []


def test_creating_the_year_makes_draft_meetings_with_their_standard_items(db):
    cid = committee(db)
    calendar_service.save_pattern(db, cid, PATTERN)
    ids = calendar_service.create_year(db, cid, 2019, clerk="Julie Zientek")
    assert dates(db, cid) == MEETING_DATES
    first = meeting_service.get_meeting(db, ids[0])
    assert (first.start_time, first.venue, first.clerk) == (time(16), "Committee Suite 2/3",
                                                           "Julie Zientek")
    assert [i.kind for i in agenda_service.agenda(db, ids[0])] == [ItemKind.STANDARD]


def test_dates_the_committee_meets_on_already_are_marked_and_skipped(db):
    cid = committee(db)
    calendar_service.save_pattern(db, cid, PATTERN)
    agreed = meeting_service.create_meeting(db, cid, date(2019, 9, 17), time(10))
    preview = calendar_service.preview_year(db, cid, 2019)
    assert [d.existing_meeting_id for d in preview.dates].count(agreed) == 1
    assert date(2019, 9, 17) not in [p.date for p in preview.new_dates]
    assert len(calendar_service.create_year(db, cid, 2019)) == 5
    assert meeting_service.get_meeting(db, agreed).start_time == time(10)  # left as agreed
    assert calendar_service.create_year(db, cid, 2019) == []  # again: nothing new


def test_bank_holidays_move_a_week_on_and_the_recess_is_kept(db):
    cid = committee(db)
    calendar_service.save_pattern(db, cid, MeetingPattern(PatternKind.MONTHLY, 0, time(10)))
    preview = calendar_service.preview_year(db, cid, 2019)  # first Mondays
    assert preview.dates[0].meeting.date == date(2019, 5, 13)
    assert "May Day" in preview.dates[0].meeting.note
    assert [s.date for s in preview.skipped] == [date(2019, 8, 5)]


def test_a_single_date_is_adjusted_through_the_meeting_service(db):
    cid = committee(db)
    calendar_service.save_pattern(db, cid, PATTERN)
    ids = calendar_service.create_year(db, cid, 2019)
    meeting = meeting_service.get_meeting(db, ids[3])
    meeting.date = date(2019, 11, 12)
    meeting_service.update_meeting(db, meeting)
    assert date(2019, 11, 12) in dates(db, cid)


def test_generated_meetings_are_the_agendas_future_dates(db):
    cid = committee(db)
    calendar_service.save_pattern(db, cid, PATTERN)
    ids = calendar_service.create_year(db, cid, 2019)
    january = meeting_service.get_meeting(db, ids[4])
    assert [m.date for m in meeting_service.future_meetings(db, january)] == [date(2020, 3, 17)]


def test_a_committee_without_a_pattern_is_told_to_set_one(db):
    cid = committee(db)
    assert calendar_service.get_pattern(db, cid) is None
    with pytest.raises(ValidationError, match="no meeting pattern yet: set one"):
        calendar_service.preview_year(db, cid, 2019)
    with pytest.raises(NotFound):
        calendar_service.get_pattern(db, 999)


def test_an_invalid_pattern_is_not_saved(db):
    cid = committee(db)
    with pytest.raises(ValidationError):
        calendar_service.save_pattern(db, cid, MeetingPattern(PatternKind.WEEKLY, 3, time(10)))
    assert calendar_service.get_pattern(db, cid) is None


def test_a_pattern_is_saved_and_replaced(db):
    cid = committee(db)
    calendar_service.save_pattern(db, cid, PATTERN)
    weekly = MeetingPattern(PatternKind.WEEKLY, 3, time(10), every=6,
                            starts_on=date(2019, 5, 9), skip_months=(8, 12))
    calendar_service.save_pattern(db, cid, weekly)
    assert calendar_service.get_pattern(db, cid) == weekly
    calendar_service.clear_pattern(db, cid)
    assert calendar_service.get_pattern(db, cid) is None


def test_creating_is_all_or_nothing(db):
    cid = committee(db, venue="")  # no usual venue: a meeting cannot be created
    calendar_service.save_pattern(db, cid, PATTERN)
    with pytest.raises(ValidationError, match="venue"):
        calendar_service.create_year(db, cid, 2019)
    assert dates(db, cid) == []


def test_the_next_meetings_by_the_pattern_whatever_the_year(db):
    cid = committee(db)
    calendar_service.save_pattern(db, cid, PATTERN)
    preview = calendar_service.preview_next(db, cid, date(2020, 1, 21), 3)
    assert [d.meeting.date for d in preview.dates] == [date(2020, 3, 17), date(2020, 5, 19),
                                                       date(2020, 7, 21)]


def test_every_committees_meetings_on_one_calendar(db):
    parenting = committee(db)
    scrutiny = committee(db, "Children and Families Overview and Scrutiny Committee")
    calendar_service.save_pattern(db, parenting, PATTERN)
    calendar_service.save_pattern(db, scrutiny, MeetingPattern(
        PatternKind.MONTHLY, 0, time(10), week_of_month=2, every=2, first_month=6))
    calendar_service.create_year(db, parenting, 2019)
    calendar_service.create_year(db, scrutiny, 2019)
    autumn = calendar_service.calendar(db, date(2019, 9, 1), date(2019, 11, 30))
    assert [(s.meeting.date, s.committee_name[:8]) for s in autumn] == [
        (date(2019, 9, 17), "Corporat"), (date(2019, 10, 14), "Children"),
        (date(2019, 11, 19), "Corporat")]
    assert autumn[0].publish_by == date(2019, 9, 9)
    assert len(calendar_service.year_calendar(db, 2019)) == 11
    assert calendar_service.year_label(2019) == "2019/20"
    with pytest.raises(ValidationError, match="swap them"):
        calendar_service.calendar(db, date(2019, 12, 1), date(2019, 9, 1))
