"""One search over decisions, minutes and reports: each hit says what it is, where it was
(committee, meeting date, minute number) and shows the words that matched."""

from dataclasses import replace
from datetime import date

import pytest
from minutes_fixtures import board, meeting

from lscb_desktop.domain.decisions import Decision
from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.services import minutes_service, report_service
from lscb_desktop.services.search_service import HitKind, search_everything
from lscb_desktop.services.search_terms import Terms


def write(db, meeting_id, title, narrative="", *decisions):
    minute = next(m for m in minutes_service.get_minutes(db, meeting_id) if m.title == title)
    minutes_service.update_minute(db, replace(minute, narrative=narrative,
                                              decisions=[Decision(d) for d in decisions]))


def report(db, title, text):
    report_id = report_service.create_report(db, "committee-report")
    written = report_service.get_report(db, report_id)
    written.header["report_title"] = title
    written.section("background").blocks = [Paragraph(text)]
    report_service.save_report(db, written)
    return report_id


@pytest.fixture
def council(db):
    b = board(db)
    held = meeting(db, b.committee_id, date(2018, 11, 13))
    minutes_service.start_minutes(db, held, first=18)
    write(db, held, "Voice of Children", "Young people asked about short stays.",
          "That the update be noted.",
          "That two taster flats be opened in Borchester.")
    write(db, held, "Update Report", "The taster flats had been visited by members.",
          "That the update be noted.")
    write(db, held, "Fostering Panel Annual Report", "Recruitment of foster carers.",
          "That the fostering panel report be noted.")
    return {"flats report": report(db, "Taster flats for care leavers",
                                   "Two flats will give care leavers a trial tenancy.")}


def test_decisions_minutes_and_reports_come_back_together(db, council):
    hits = search_everything(db, "taster flats")
    kinds = {(h.kind, h.title) for h in hits}
    assert kinds == {(HitKind.DECISION, "Voice of Children"),
                     (HitKind.MINUTE, "Update Report"),
                     (HitKind.REPORT, "Taster flats for care leavers")}


def test_a_decision_hit_shows_the_decision_with_its_minute_number_and_meeting(db, council):
    decision = next(h for h in search_everything(db, "taster flats")
                    if h.kind is HitKind.DECISION)
    assert (decision.committee, decision.meeting_date, decision.minute_number) == (
        "Corporate Parenting Committee", date(2018, 11, 13), 23)
    assert decision.snippet == ("RESOLVED \u2013 (2) That two taster flats be opened in "
                                "Borchester.")
    assert [decision.snippet[s:e] for s, e in decision.highlights] == ["taster", "flats"]
    assert decision.minute_id is not None and decision.report_id is None


def test_a_minute_hit_shows_the_text_around_the_match(db, council):
    minute = next(h for h in search_everything(db, "taster flats") if h.kind is HitKind.MINUTE)
    assert minute.minute_number == 22
    assert "taster flats had been visited" in minute.snippet
    assert {minute.snippet[s:e].lower() for s, e in minute.highlights} == {"taster", "flats"}


def test_a_report_hit_has_no_minute_number(db, council):
    found = next(h for h in search_everything(db, "trial tenancy") if h.kind is HitKind.REPORT)
    assert (found.report_id, found.minute_number, found.meeting_date) == (
        council["flats report"], None, None)


def test_the_best_of_each_kind_comes_first_a_title_match_first_among_equals(db, council):
    hits = search_everything(db, "taster flats")
    assert hits[0].kind is HitKind.REPORT  # its title holds both words
    assert [h.kind for h in hits[1:]] == [HitKind.DECISION, HitKind.MINUTE]


def test_a_part_2_minute_is_marked_exempt(db, council):
    [hit] = search_everything(db, "foster carers")
    assert (hit.kind, hit.part, hit.title) == (HitKind.MINUTE, 2,
                                               "Fostering Panel Annual Report")


def test_limit_and_queries_with_nothing_to_find(db, council):
    assert len(search_everything(db, "taster flats", limit=2)) == 2
    assert search_everything(db, "taster flats", limit=0) == []
    assert search_everything(db, "   ") == []
    assert search_everything(db, "xylophone") == []
    assert search_everything(db, 'NEAR("taster" AND) *') == []


@pytest.mark.parametrize("query, text, found, every_word", [
    ("taster flats", "Two Taster flats.", ["Taster", "flats"], True),
    ("taster flats", "Flats for tasters.", ["Flats"], False),  # words match whole
    ("taster-flats", "Two taster flats.", ["taster flats"], True),
    ("foster*", "Fostering and foster carers.", ["Fostering", "foster"], True),
    ("A&E", "Visits to A&E fell.", ["A&E"], True),
    ("cafe", "The Café opened.", ["Café"], True),
    ("what did we decide about flats?", "Flats, what else.", ["Flats"], True),
    ("?!", "Anything at all.", [], False),
])
def test_search_terms_are_found_as_the_index_finds_them(query, text, found, every_word):
    terms = Terms(query)
    assert [text[s:e] for s, e in terms.highlights(text)] == found
    assert terms.all_in(text) is every_word
