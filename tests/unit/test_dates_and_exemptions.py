from datetime import date, time

from lscb_desktop.domain.committee import Member, MemberRole, members_on
from lscb_desktop.domain.dates import agenda_date, clock_time, long_date, municipal_year
from lscb_desktop.domain.exemptions import SCHEDULE_12A_PARAGRAPHS, describe_paragraphs
from lscb_desktop.domain.meeting import MeetingStatus, check_transition
from lscb_desktop.domain.errors import ValidationError

import pytest


def test_dates_are_written_as_committee_papers_write_them():
    assert agenda_date(date(2019, 1, 22)) == "Tuesday, 22nd January, 2019"
    assert agenda_date(date(2018, 11, 13)) == "Tuesday, 13th November, 2018"
    assert agenda_date(date(2019, 3, 1)) == "Friday, 1st March, 2019"
    assert long_date(date(2018, 11, 13)) == "13 November 2018"
    assert clock_time(time(16, 0)) == "4.00 pm"
    assert clock_time(time(10, 30)) == "10.30 am"
    assert clock_time(time(12, 0)) == "12.00 pm"


def test_municipal_year_runs_may_to_april():
    assert municipal_year(date(2019, 4, 30)) == "2018/19"
    assert municipal_year(date(2019, 5, 1)) == "2019/20"
    assert municipal_year(date(1999, 12, 1)) == "1999/00"


def test_schedule_12a_has_seven_paragraphs_cited_as_agendas_cite_them():
    assert sorted(SCHEDULE_12A_PARAGRAPHS) == [1, 2, 3, 4, 5, 6, 7]
    assert describe_paragraphs([3]) == "Paragraph 3"
    assert describe_paragraphs([2, 1]) == "Paragraphs 1 and 2"
    assert describe_paragraphs([1, 2, 3]) == "Paragraphs 1, 2 and 3"


def test_membership_is_counted_on_the_day():
    members = [
        Member("B Member"),
        Member("A Chair", MemberRole.CHAIRMAN),
        Member("Gone", end_date=date(2018, 5, 1)),
        Member("New", start_date=date(2019, 5, 20)),
    ]
    on_day = members_on(members, date(2019, 1, 22))
    assert [m.name for m in on_day] == ["A Chair", "B Member"]


def test_membership_cannot_end_before_it_starts():
    with pytest.raises(ValidationError):
        Member("X", start_date=date(2020, 1, 1), end_date=date(2019, 1, 1)).validate()


def test_status_moves_one_step_at_a_time():
    check_transition(MeetingStatus.DRAFT, MeetingStatus.AGENDA_PUBLISHED)
    check_transition(MeetingStatus.HELD, MeetingStatus.AGENDA_PUBLISHED)
    with pytest.raises(ValidationError):
        check_transition(MeetingStatus.DRAFT, MeetingStatus.MINUTES_APPROVED)


def test_member_role_parsing_names_the_choices():
    assert MemberRole.parse("vice-chairman") is MemberRole.VICE_CHAIRMAN
    with pytest.raises(ValidationError) as err:
        MemberRole.parse("Mayor")
    assert "Chairman" in str(err.value)
