"""Full-text search over reports: anything a user types is a valid query, the best match
comes first, and each hit says where the report is and shows the words that matched."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_service_fixtures import meeting_with_items

from lscb_desktop.domain.report_blocks import BulletList, Paragraph
from lscb_desktop.domain.report_tables import PlainTable
from lscb_desktop.services import report_service
from lscb_desktop.store.fts_query import match_expression


def write(db, title, *blocks, item_id=None, template_id="committee-report") -> int:
    report_id = report_service.create_report(db, template_id, item_id)
    report = report_service.get_report(db, report_id)
    report.header["report_title"] = title
    report.section("background").blocks = list(blocks)
    report_service.save_report(db, report)
    return report_id


@pytest.fixture
def reports(db):
    _, items = meeting_with_items(db)
    return {
        "a&e": write(db, "Hospital admissions", Paragraph("Visits to **A&E** by children in "
                                                          "care fell by a third."),
                     item_id=items["Scorecard"]),
        "taster": write(db, "Taster flats for care leavers",
                        Paragraph("We decided to open two \"taster flats\" in Borchester."),
                        BulletList(["well-being support", "rent guarantees"])),
        "budget": write(db, "Budget", PlainTable(["Partner", "Amount"],
                                                 [["Police", "£56,000"]])),
    }


def ids(db, query):
    return [hit.report_id for hit in report_service.search_reports(db, query)]


@pytest.mark.parametrize("query, expected", [
    ("A&E", ["a&e"]),
    ("a&e", ["a&e"]),
    ('"taster flats"', ["taster"]),
    ("taster-flats", ["taster"]),
    ("well-being", ["taster"]),
    ("wellbeing", []),  # a different word: search finds words as written
    ("leav*", ["taster"]),
    ("police", ["budget"]),
    ("children care", ["a&e"]),
    ("children OR budget", []),  # every word must be present; OR is just a word
    ("NEAR(taster flats)", []),
])
def test_awkward_queries_find_what_they_say(db, reports, query, expected):
    assert ids(db, query) == [reports[key] for key in expected]


@pytest.mark.parametrize("query", ["*", "", "   ", "&", "-", '"', "'", "()", "^", ":", "**"])
def test_queries_with_no_words_find_nothing_and_raise_nothing(db, reports, query):
    assert report_service.search_reports(db, query) == []


def test_markup_is_not_searched_as_text_and_the_match_is_highlighted(db, reports):
    [hit] = report_service.search_reports(db, "A&E")
    assert "**" not in hit.snippet
    assert [hit.snippet[start:end] for start, end in hit.highlights] == ["A&E"]


def test_a_hit_says_where_the_report_is_on_an_agenda(db, reports):
    [linked] = report_service.search_reports(db, "admissions")
    assert (linked.committee, linked.meeting_date, linked.part) == (
        "Corporate Parenting Committee", date(2019, 1, 22), 1)
    assert linked.title == "Hospital admissions"
    [loose] = report_service.search_reports(db, "taster")
    assert (loose.committee, loose.meeting_date, loose.meeting_id) == (None, None, None)


def test_a_word_in_the_title_ranks_above_the_same_word_in_the_text(db):
    in_text = write(db, "Annual report", Paragraph("Fostering grew this year."))
    in_title = write(db, "Fostering", Paragraph("An update."))
    assert ids(db, "fostering") == [in_title, in_text]


def test_the_limit_is_respected(db):
    for n in range(5):
        write(db, f"Kinship care {n}")
    assert len(report_service.search_reports(db, "kinship", limit=3)) == 3


def test_each_word_is_quoted_so_fts_syntax_stays_literal():
    assert match_expression('A&E "quoted" leav* -x *') == '"A&E" """quoted""" "leav"* "-x"'
    assert match_expression("* & -") is None


# the searches only read, so one database serves every generated query
@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=30))
def test_no_query_raises(db, reports, query):
    assert isinstance(report_service.search_reports(db, query), list)


def test_question_words_are_dropped_only_when_other_words_remain():
    assert match_expression("what did we decide about taster flats?") == '"taster" "flats?"'
    assert match_expression("What about it") == '"What" "about" "it"'
