"""Finding what was decided years later: full-text search over minutes and decisions."""

from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from minutes_fixtures import board, meeting

import pytest

from lscb_desktop.domain.decisions import Decision
from lscb_desktop.services import decision_search, minutes_service


def write(db, meeting_id, title, narrative="", *decisions):
    minute = next(m for m in minutes_service.get_minutes(db, meeting_id) if m.title == title)
    minutes_service.update_minute(db, replace(minute, narrative=narrative,
                                              decisions=[Decision(d) for d in decisions]))
    return minute.number


@pytest.fixture
def minuted(db):
    b = board(db)
    old = meeting(db, b.committee_id, date(2018, 11, 13))
    minutes_service.start_minutes(db, old, first=18)
    write(db, old, "Voice of Children", "Young people asked about well-being support.",
          "That two taster flats be opened in Borchester.")
    write(db, old, "Update Report", "Taster sessions at the college were described.",
          "That the update be noted.")
    new = meeting(db, b.committee_id, date(2019, 1, 22))
    minutes_service.start_minutes(db, new)
    write(db, new, "Corporate Parenting Strategy", "The taster flats had opened.",
          "That the strategy be noted.")
    other = board(db, "Scrutiny Committee")
    elsewhere = meeting(db, other.committee_id, date(2019, 1, 22))
    minutes_service.start_minutes(db, elsewhere)
    write(db, elsewhere, "Update Report", "", "That taster flats be reviewed (A&E too).")
    return b.committee_id, other.committee_id


def found(db, query, **filters):
    return [(h.match.committee_name, h.match.meeting_date.isoformat(), h.match.number)
            for h in decision_search.search_minutes(db, query, **filters)]


def test_a_decision_is_found_with_its_committee_meeting_date_and_minute_number(db, minuted):
    board_id, _ = minuted
    hits = decision_search.search_minutes(db, "taster flats", committee_id=board_id)
    assert hits[0].match.title == "Voice of Children"  # in a decision outranks a narrative
    assert (hits[0].match.committee_name, hits[0].match.meeting_date, hits[0].match.number) == (
        "Corporate Parenting Committee", date(2018, 11, 13), 23)
    assert hits[0].decisions == ("RESOLVED \u2013 That two taster flats be opened in Borchester.",)
    assert "taster" in hits[0].match.snippet.lower()
    assert len(hits) == 2  # 'taster sessions' lacks 'flats'


def test_a_question_is_answered_as_people_ask_it(db, minuted):
    board_id, _ = minuted
    asked = found(db, "What did we decide about taster flats?", committee_id=board_id)
    assert asked == found(db, "taster flats", committee_id=board_id)
    assert asked[0] == ("Corporate Parenting Committee", "2018-11-13", 23)


def test_search_can_be_narrowed_to_a_committee_and_dates(db, minuted):
    board_id, scrutiny_id = minuted
    assert found(db, "taster flats", committee_id=scrutiny_id) == [
        ("Scrutiny Committee", "2019-01-22", 5)]
    in_2019 = found(db, "taster flats", committee_id=board_id, date_from=date(2019, 1, 1))
    assert in_2019 == [("Corporate Parenting Committee", "2019-01-22", 29)]  # on from 25
    assert found(db, "taster*", date_to=date(2018, 12, 31)) == [
        ("Corporate Parenting Committee", "2018-11-13", 23),
        ("Corporate Parenting Committee", "2018-11-13", 22)]


def test_punctuation_is_just_words(db, minuted):
    assert found(db, "A&E") == [("Scrutiny Committee", "2019-01-22", 5)]
    assert found(db, "well-being") == [("Corporate Parenting Committee", "2018-11-13", 23)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_query_is_answered_without_error(db, query):
    decision_search.search_minutes(db, query)


def test_edited_minutes_are_found_by_their_new_words_only(db, minuted):
    board_id, _ = minuted
    voice = decision_search.search_minutes(db, "taster flats", committee_id=board_id)[0].match
    minute = minutes_service.get_minute(db, voice.minute_id)
    minutes_service.update_minute(db, replace(minute, decisions=[Decision("That it be noted.")],
                                              narrative=""))
    assert ("Corporate Parenting Committee", "2018-11-13", 23) not in found(db, "taster")
    assert ("Corporate Parenting Committee", "2018-11-13", 23) in found(db, "noted")
