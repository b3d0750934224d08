"""Tables in reports: suppression of small counts, totals, RAG colours, direction of travel."""

from decimal import Decimal

import pytest

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.figures import format_figure, parse_figure
from lscb_desktop.domain.report_tables import ActionPlan, ActionRow, PlainTable
from lscb_desktop.domain.scorecard import (
    Direction, Polarity, Rag, Scorecard, ScorecardRow, assessment, direction_between,
)
from lscb_desktop.domain.suppression import SUPPRESSED, display_value


# Suppression --------------------------------------------------------------------------------

@pytest.mark.parametrize("value, shown", [
    (1, SUPPRESSED), ("4", SUPPRESSED), (4, SUPPRESSED), ("5", "5"), (5, "5"), ("477", "477"),
    ("0", "0"), (0, "0"), ("1,065", "1,065"), ("4.0", SUPPRESSED),
])
def test_counts_below_the_threshold_of_5_are_suppressed_and_zero_is_shown(value, shown):
    assert display_value(value) == shown


@pytest.mark.parametrize("value", ["3%", "£3", "2.5", "-3", "400-450", "n/a"])
def test_percentages_money_fractions_ranges_and_words_are_not_counts(value):
    assert display_value(value) == value


def test_the_threshold_is_a_parameter():
    assert display_value("9", threshold=10) == SUPPRESSED
    assert display_value("10", threshold=10) == "10"
    assert display_value("1", threshold=1) == "1"
    with pytest.raises(ValueError):
        display_value("1", threshold=-1)


def test_zero_can_be_suppressed_too():
    assert display_value("0", suppress_zero=True) == SUPPRESSED


def test_nothing_shows_as_nothing():
    assert display_value(None) == ""
    assert display_value("  ") == ""


# Scorecards ---------------------------------------------------------------------------------

def scorecard():
    return Scorecard(
        periods=["Yr end 17-18", "Qu 1 18-19", "Qu 2 18-19"],
        rows=[
            ScorecardRow("P1.1", "Children accessing advocacy", Polarity.HIGH_IS_GOOD, "", ["", "57", "51"],
                         Rag.GREEN, None, "Most cases were about placements."),
            ScorecardRow("P2.7", "Permanent exclusions - primary", Polarity.LOW_IS_GOOD, "0", ["1", "0", "3"],
                         Rag.AMBER, Direction.SAME, ""),
            ScorecardRow("P1.2", "Reviews in timescale", Polarity.HIGH_IS_GOOD, "90%", ["91.0%", "97%", "4%"],
                         Rag.GREEN, None, "", counts=False),
        ],
    )


def test_a_scorecard_row_is_shown_with_small_counts_suppressed():
    card = scorecard()
    assert card.header() == ["Ref", "Measure", "Polarity", "Target", "Yr end 17-18", "Qu 1 18-19",
                             "Qu 2 18-19", "RAG", "Direction of travel", "Commentary"]
    assert card.display_row(card.rows[0]) == [
        "P1.1", "Children accessing advocacy", "High is Good", "", "", "57", "51", "Green", "↓ Down",
        "Most cases were about placements."]
    assert card.display_row(card.rows[1])[4:7] == [SUPPRESSED, "0", SUPPRESSED]
    assert card.display_row(card.rows[1])[8] == "→ No change"  # set by the author, not computed


def test_rows_that_are_not_counts_are_never_suppressed():
    card = scorecard()
    assert card.display_row(card.rows[2])[4:7] == ["91.0%", "97%", "4%"]


def test_a_row_with_more_values_than_periods_is_refused():
    card = scorecard()
    card.rows[0].values.append("60")
    with pytest.raises(ValidationError, match="has 4 values but the scorecard has 3 periods"):
        card.validate()


def _luminance(hex_colour):
    def channel(c):
        c = int(c, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(hex_colour[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("rag", list(Rag))
def test_rag_text_is_readable_on_its_colour(rag):
    light, dark = sorted([_luminance(rag.colour), _luminance(rag.text_colour)], reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5


def test_rag_polarity_and_direction_read_what_authors_type():
    assert Rag.parse("amber") is Rag.AMBER and Rag.parse("G") is Rag.GREEN
    assert Polarity.parse("High is Good") is Polarity.HIGH_IS_GOOD
    assert Direction.parse("↑") is Direction.UP
    with pytest.raises(ValidationError, match="'Purple' is not a RAG rating: use one of Red, Amber, Green"):
        Rag.parse("Purple")


def test_direction_of_travel_compares_like_with_like():
    assert direction_between("496", "495") is Direction.DOWN
    assert direction_between("97%", "98%") is Direction.UP
    assert direction_between("£3,561", "£3,561") is Direction.SAME
    assert direction_between("97%", "98") is None
    assert direction_between("", "5") is None


def test_whether_a_direction_is_good_depends_on_polarity():
    assert assessment(Direction.UP, Polarity.HIGH_IS_GOOD) == "Improving"
    assert assessment(Direction.UP, Polarity.LOW_IS_GOOD) == "Worsening"
    assert assessment(Direction.DOWN, Polarity.LOW_IS_GOOD) == "Improving"
    assert assessment(Direction.SAME, None) == "No change"
    assert assessment(Direction.UP, None) is None


# Plain tables and action plans --------------------------------------------------------------

def contributions(totals=True):
    return PlainTable(
        header=["Partner", "2017-18 contribution", "Share"],
        rows=[["Hospital trust", "£6,772", "3%"], ["Clinical commissioning group", "£18,778", "9%"],
              ["Probation service", "£992", ""], ["Schools", "", ""]],
        totals=totals,
    )


def test_the_totals_row_adds_money_in_the_columns_own_style_and_leaves_percentages():
    assert contributions().totals_row() == ["Total", "£26,542", ""]


def test_a_table_without_totals_has_no_totals_row():
    assert contributions(totals=False).totals_row() is None


def test_totals_keep_decimal_places_and_skip_columns_with_words():
    table = PlainTable(["Item", "Hours", "Note"], [["A", "1.5", "x"], ["B", "2.25", "3"]], totals=True)
    assert table.totals_row() == ["Total", "3.75", ""]


def test_a_row_of_the_wrong_width_is_refused():
    table = contributions()
    table.rows.append(["Police"])
    with pytest.raises(ValidationError, match="Row 5 of the table has 1 cells but the header has 3"):
        table.validate()


def test_an_action_plan_row_shows_its_rating_as_a_word():
    plan = ActionPlan([ActionRow("Recruit foster carers", "March 2019", "Campaign launched", Rag.GREEN)])
    assert plan.header() == ["Action", "Timeframe", "Update", "RAG"]
    assert plan.display_row(plan.rows[0]) == [
        "Recruit foster carers", "March 2019", "Campaign launched", "Green"]


def test_figures_are_read_and_written_in_the_same_style():
    figure = parse_figure("-£1,234.50")
    assert (figure.value, figure.currency, figure.grouped, figure.decimals) == (
        Decimal("-1234.50"), True, True, 2)
    assert format_figure(figure.value, True, True, 2) == "-£1,234.50"
    assert parse_figure("1,23") is None and parse_figure("twelve") is None and parse_figure(True) is None
