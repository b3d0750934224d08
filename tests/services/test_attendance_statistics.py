"""Attendance statistics: given a committee's meetings with attendance recorded, each
member's meetings expected, attended, apologies, absent and substituted with their rate, and
each organisation's rate, over a period (by default the municipal year, May to April)."""

from datetime import date

import pytest
from minutes_fixtures import board, meeting

from lscb_desktop.domain.attendance import AttendanceStatus
from lscb_desktop.domain.attendance_statistics import percent
from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.services import attendance_service, attendance_statistics_service, minutes_service

APOLOGIES, ABSENT, SUBSTITUTED = (AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT,
                                  AttendanceStatus.SUBSTITUTED)
IN_2018_19 = date(2018, 12, 1)


def held(db, committee_id, on, marks=None):
    """A meeting on `on` with its minutes started and members marked as in `marks`
    ({name: status or (status, substitute)}); everyone else present."""
    meeting_id = meeting(db, committee_id, on, held=True)
    minutes_service.start_minutes(db, meeting_id)
    for record in attendance_service.attendance(db, meeting_id):
        mark = (marks or {}).get(record.name)
        if mark:
            status, substitute = mark if isinstance(mark, tuple) else (mark, "")
            attendance_service.set_attendance(db, record.id, status, substitute)
    return meeting_id


@pytest.fixture
def committee_id(db):
    b = board(db)
    held(db, b.committee_id, date(2018, 6, 12), {"L Durham": APOLOGIES})
    held(db, b.committee_id, date(2018, 9, 11), {"M Grant": (SUBSTITUTED, "S Edgar"),
                                                 "Kate Foster": ABSENT})
    held(db, b.committee_id, date(2018, 11, 13), {"Kate Foster": APOLOGIES})
    meeting(db, b.committee_id, date(2019, 1, 22))  # to come: no attendance yet
    held(db, b.committee_id, date(2019, 6, 11), {"J Saunders": APOLOGIES})  # the next year
    return b.committee_id


def by_name(rows):
    return {row.name: row for row in rows}


def test_each_member_is_counted_at_the_meetings_held_while_they_served(db, committee_id):
    found = attendance_statistics_service.statistics(db, committee_id, today=IN_2018_19)
    assert (found.date_from, found.date_to, found.meetings) == (
        date(2018, 5, 1), date(2019, 4, 30), 3)
    members = by_name(found.members)
    counts = {name: (m.expected, m.attended, m.apologies, m.absent, m.substituted)
              for name, m in members.items()}
    assert counts == {
        "J Saunders": (3, 3, 0, 0, 0),
        "D Flude": (3, 3, 0, 0, 0),
        "L Durham": (3, 2, 1, 0, 0),
        "M Grant": (3, 2, 0, 0, 1),
        "O Hunter": (3, 3, 0, 0, 0),
        "Left Early": (1, 1, 0, 0, 0),  # a member only until June
        "Kate Foster": (3, 1, 1, 1, 0),
    }
    assert "S Edgar" not in members  # a standing substitute is expected nowhere
    assert [m.name for m in found.members][:2] == ["J Saunders", "D Flude"]  # chair first
    assert percent(members["L Durham"].rate) == "67%"
    assert percent(members["M Grant"].rate) == "67%"  # the substitute attended, not Grant


def test_organisations_count_their_substitutes_and_councillors_are_the_council(db, committee_id):
    found = attendance_statistics_service.statistics(db, committee_id, today=IN_2018_19)
    organisations = by_name(found.organisations)
    assert [o.name for o in found.organisations] == ["Council", "Foster Carers' Association"]
    council = organisations["Council"]
    assert (council.members, council.expected, council.attended, council.substituted) == (
        6, 16, 14, 1)
    assert percent(council.rate) == "94%"  # 15 of 16: Grant's substitute counts here
    carers = organisations["Foster Carers' Association"]
    assert (carers.expected, percent(carers.rate)) == (3, "33%")
    assert by_name(found.members)["Kate Foster"].organisation == "Foster Carers' Association"


def test_a_chosen_period_counts_only_its_meetings(db, committee_id):
    found = attendance_statistics_service.statistics(
        db, committee_id, date(2018, 9, 1), date(2019, 12, 31), today=IN_2018_19)
    assert found.meetings == 3
    chair = by_name(found.members)["J Saunders"]
    assert (chair.expected, chair.attended, chair.apologies) == (3, 2, 1)
    assert "Left Early" not in by_name(found.members)


def test_a_period_with_no_meetings_has_no_rates(db, committee_id):
    found = attendance_statistics_service.statistics(db, committee_id, today=date(2017, 1, 1))
    assert (found.meetings, found.members, found.organisations) == (0, [], [])
    assert percent(None) == "\u2013"


def test_a_period_ending_before_it_starts_is_refused_saying_how_to_correct_it(db, committee_id):
    with pytest.raises(ValidationError, match="make the 'to' date the later one") as error:
        attendance_statistics_service.statistics(db, committee_id, date(2019, 1, 1),
                                                 date(2018, 1, 1))
    assert error.value.field == "date_to"


def test_an_unknown_committee_is_named(db):
    with pytest.raises(NotFound, match="no committee with id 99"):
        attendance_statistics_service.statistics(db, 99)


def test_rates_round_halves_up():
    assert [percent(x) for x in (0.0, 0.125, 0.835, 0.995, 1.0)] == [
        "0%", "13%", "84%", "100%", "100%"]
