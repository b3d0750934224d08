"""Paragraph numbers in each template's style, as the reference reports print them."""

from report_fixtures import complete_committee_report, template

from lscb_desktop.domain.report import add_free_section, new_report
from lscb_desktop.domain.report_blocks import BulletList, Paragraph, Subheading
from lscb_desktop.domain.report_numbering import format_number, list_label, number_report
from lscb_desktop.domain.templates import Numbering


def test_the_three_styles():
    assert format_number(Numbering.DECIMAL, [2]) == "2."
    assert format_number(Numbering.DECIMAL, [2, 1, 1]) == "2.1.1."
    assert format_number(Numbering.POINT_ZERO, [3]) == "3.0"
    assert format_number(Numbering.POINT_ZERO, [3, 4]) == "3.4"
    assert format_number(Numbering.NONE, [1, 2]) is None


def test_committee_report_recommendations_hang_from_their_lead_in_as_2_1_1():
    numbers = number_report(complete_committee_report(), template("committee-report"))
    recommendations = numbers["recommendations"]
    assert (recommendations.heading, recommendations.lead_in, recommendations.recommendations) == (
        "2.", "2.1.", ("2.1.1.",))


def test_committee_report_sections_run_1_to_11_with_the_authors_section_after_background():
    report = complete_committee_report()
    numbers = number_report(report, template("committee-report"))
    assert [(s.key, numbers[s.key].heading) for s in report.sections][3:7] == [
        ("options", "4."), ("background", "5."), ("free-1", "6."), ("implications", "7.")]
    assert numbers["contact"].heading == "11."
    assert numbers["summary"].blocks == ("1.1.",)


def test_subheadings_and_lists_take_no_number():
    numbers = number_report(complete_committee_report(), template("committee-report"))
    # Subheading, Paragraph, Paragraph, BulletList
    assert numbers["free-1"].blocks == (None, "6.1.", "6.2.", None)


def test_implications_are_numbered_sub_sections_with_their_own_paragraphs():
    numbers = number_report(complete_committee_report(), template("committee-report"))["implications"]
    assert numbers.heading == "7."
    assert numbers.subsections["legal"].heading == "7.1."
    assert numbers.subsections["public_health"].heading == "7.8."
    assert numbers.subsections["public_health"].blocks == ("7.8.1.",)


def test_blank_and_unnumbered_paragraphs_take_no_number():
    report = complete_committee_report()
    report.section("summary").blocks = [
        Paragraph("First."), Paragraph("   "), Paragraph("A quotation.", numbered=False), Paragraph("Second.")]
    assert number_report(report, template("committee-report"))["summary"].blocks == ("1.1.", None, None, "1.2.")


def test_paragraphs_before_the_lead_in_come_first():
    report = complete_committee_report()
    report.section("recommendations").blocks = [Paragraph("Members have seen the draft strategy.")]
    report.recommendations.items = ["Approve the strategy.", "", "Delegate minor changes to the Director."]
    numbers = number_report(report, template("committee-report"))["recommendations"]
    assert (numbers.blocks, numbers.lead_in, numbers.recommendations) == (
        ("2.1.",), "2.2.", ("2.2.1.", None, "2.2.2."))


def test_without_a_lead_in_recommendations_are_numbered_as_paragraphs():
    report = complete_committee_report()
    report.recommendations.lead_in = ""
    report.recommendations.items = ["Note the report.", "Thank the team."]
    report.section("recommendations").blocks = [Paragraph("Afterwards:")]
    numbers = number_report(report, template("committee-report"))["recommendations"]
    assert numbers.blocks == ("2.1.",)
    assert numbers.recommendations == ("2.2.", "2.3.")


def scrutiny_report():
    t = template("scrutiny-report")
    report = new_report(t)
    report.section("introduction").blocks = [Paragraph("This report sets out the board's role.")]
    report.section("background").blocks = [Paragraph("Boards are partnerships."),
                                           Paragraph("They meet monthly.")]
    neglect = add_free_section(report, t, "Neglect")
    neglect.blocks = [Paragraph("Neglect is a priority."), BulletList(["earlier help"]),
                      Paragraph("An audit followed.")]
    report.section("conclusions").blocks = [Paragraph("Comments will be reported back.")]
    return report, t


def test_scrutiny_report_sections_are_1_0_and_paragraphs_1_1():
    report, t = scrutiny_report()
    numbers = number_report(report, t)
    assert numbers["introduction"].heading == "1.0"
    assert numbers["introduction"].blocks == ("1.1",)
    assert numbers["background"].blocks == ("2.1", "2.2")
    assert (numbers["free-1"].heading, numbers["free-1"].blocks) == ("3.0", ("3.1", None, "3.2"))
    assert numbers["conclusions"].heading == "4.0"


def test_an_empty_optional_section_is_left_out_without_a_gap_in_the_numbers():
    report, t = scrutiny_report()
    numbers = number_report(report, t)
    assert numbers["recommendations"].heading is None
    assert numbers["contact"].heading is None  # the sign-off is never numbered
    report.recommendations.items = ["Note the board's priorities."]
    numbers = number_report(report, t)
    assert (numbers["recommendations"].heading, numbers["recommendations"].lead_in,
            numbers["recommendations"].recommendations) == ("5.0", "5.1", ("5.1.1",))


def test_in_the_cover_report_only_background_and_advice_is_numbered():
    t = template("overview-scrutiny-cover")
    report = new_report(t)
    report.section("executive_summary").blocks = [Paragraph("The annual report is attached.")]
    report.section("background_and_advice").blocks = [Subheading("The board"), Paragraph("It met six times."),
                                                      Paragraph("It published two reviews.")]
    report.recommendations.items = ["Consider the annual report."]
    numbers = number_report(report, t)
    assert numbers["executive_summary"].blocks == (None,)
    assert numbers["recommendation"].recommendations == (None,)
    assert numbers["background_and_advice"].heading == "1."
    assert numbers["background_and_advice"].blocks == (None, "1.1.", "1.2.")
    assert numbers["implications"].subsections["legal"].heading is None


def test_numbered_list_items_are_lettered():
    assert [list_label(i) for i in (0, 1, 25, 26)] == ["(a)", "(b)", "(z)", "(aa)"]
