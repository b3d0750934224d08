"""The completeness check finds each gap, names the way out, and is clean when all is filled."""

import pytest
from report_fixtures import SHA, complete_committee_report, template

from lscb_desktop.domain.completeness import APPENDICES, HEADER, check_completeness
from lscb_desktop.domain.placeholders import find_placeholders
from lscb_desktop.domain.report import add_free_section, new_report
from lscb_desktop.domain.report_appendices import Appendix, AppendixKind
from lscb_desktop.domain.report_blocks import Paragraph, Subheading
from lscb_desktop.domain.report_parts import BackgroundPaper, ContactDetails
from lscb_desktop.domain.report_tables import PlainTable
from lscb_desktop.domain.scorecard import Scorecard

COMMITTEE = template("committee-report")


def problems(report, t=COMMITTEE):
    return [(p.section, p.message) for p in check_completeness(report, t)]


def test_a_filled_report_has_no_problems():
    assert problems(complete_committee_report()) == []


@pytest.mark.parametrize("t", ["committee-report", "scrutiny-report", "overview-scrutiny-cover"])
def test_a_new_report_lists_what_is_missing_starting_with_the_header(t):
    found = check_completeness(new_report(template(t)), template(t))
    assert found[0].section == HEADER
    assert any("is empty" in p.message for p in found if p.section != HEADER)


def test_a_required_header_field_left_empty():
    report = complete_committee_report()
    report.header["senior_officer"] = " "
    assert problems(report) == [(HEADER, "'Senior Officer' is empty: fill it in.")]


def test_an_optional_header_field_may_be_empty():
    report = complete_committee_report()
    report.header["portfolio_holder"] = ""
    assert problems(report) == []


def test_a_header_value_of_the_wrong_kind():
    report = complete_committee_report()
    report.header["key_decision"] = "Maybe"
    assert problems(report) == [(HEADER, "'Key Decision' must be Yes or No, not 'Maybe'.")]


def test_a_required_section_left_empty():
    report = complete_committee_report()
    report.section("options").blocks = [Paragraph("  ")]
    assert problems(report) == [
        ("options", "'Other Options Considered' is empty: write it (the section is required).")]


def test_a_subheading_alone_does_not_fill_a_section():
    report = complete_committee_report()
    report.section("options").blocks = [Subheading("Options")]
    assert [section for section, _ in problems(report)] == ["options"]


def test_no_recommendations():
    report = complete_committee_report()
    report.recommendations.items = ["", " "]
    assert problems(report) == [("recommendations", "'Recommendation/s' has no recommendations: add at least "
                                 "one (a report for information asks the committee to note it).")]


def test_missing_contact_details_need_a_name_and_an_email_or_phone():
    report = complete_committee_report()
    report.contact = ContactDetails(name="", job_title="Head of Service")
    assert problems(report) == [
        ("contact", "'Contact Information': the contact officer has no name: enter who can answer questions on "
                    "the report."),
        ("contact", "'Contact Information': the contact officer has no email address or telephone number: "
                    "enter at least one."),
    ]
    report.contact = ContactDetails(name="Alex Morgan", phone="01234 567890")
    assert problems(report) == []


def test_a_mistyped_email_address():
    report = complete_committee_report()
    report.contact.email = "alex.morgan"
    assert problems(report) == [("contact", "'Contact Information': 'alex.morgan' is not an email address: "
                                            "write it as name@council.gov.uk.")]


def test_an_implication_left_blank():
    report = complete_committee_report()
    report.section("implications").subsection("rural_communities").blocks = []
    found = check_completeness(report, COMMITTEE)
    assert [(p.section, p.field, p.message) for p in found] == [
        ("implications", "rural_communities",
         "'Rural Communities Implications' is blank: say what they are, or write 'None'.")]


def test_access_to_information_needs_papers_or_a_word_saying_there_are_none():
    report = complete_committee_report()
    report.section("access_to_information").blocks = []
    assert problems(report) == []  # the papers are listed
    report.background_papers = []
    assert problems(report) == [("access_to_information", "'Access to Information' is empty: list the papers, "
                                                          "or write 'None' (the section is required).")]
    report.background_papers = [BackgroundPaper(title="", date="2018")]
    assert "lists a background paper with no title" in problems(report)[0][1]


@pytest.mark.parametrize("text, placeholder", [
    ("The budget is [insert figure] this year.", "[insert figure]"),
    ("The review reports in TBC.", "TBC"),
    ("Costs rose to £XX,XXX.", "£XX,XXX"),
    ("The panel meets on xx/xx/2019.", "xx/xx"),
    ("Speak to <name of officer>.", "<name of officer>"),
    ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
])
def test_placeholders_left_in_the_text(text, placeholder):
    report = complete_committee_report()
    report.section("background").blocks.append(Paragraph(text))
    assert problems(report) == [
        ("background",
         f"'Background' still has the placeholder '{placeholder}': replace it with the real text.")]


def test_placeholders_are_found_in_headers_recommendations_and_tables_too():
    report = complete_committee_report()
    report.header["wards_affected"] = "TBC"
    report.recommendations.items.append("Approve [insert amount].")
    report.section("background").blocks.append(PlainTable(["Partner", "£"], [["Police", "£XX"]]))
    assert [section for section, _ in problems(report)] == [HEADER, "recommendations", "background"]


def test_ordinary_words_are_not_placeholders():
    assert find_placeholders("Boxx Ltd saw XXL demand; mail <a.b@x.gov.uk>; 2 < 3 > 1; [see above]") == []


def test_a_section_the_author_added_needs_a_title_and_text():
    report = complete_committee_report()
    add_free_section(report, COMMITTEE, "Preparing for Adulthood")
    assert problems(report) == [
        ("free-2", "'Preparing for Adulthood' is empty: write it or remove the section.")]
    report.section("free-2").title = ""
    report.section("free-2").blocks.append(Paragraph("Care leavers get a personal adviser."))
    assert problems(report) == [
        ("free-2", "A section you added has no title: give it one or remove the section.")]


def test_a_table_left_without_rows():
    report = complete_committee_report()
    report.section("background").blocks.append(Scorecard(periods=["Q1"]))
    assert problems(report) == [
        ("background", "'Background' has a table with no rows: fill it in or remove it.")]


def test_a_reference_to_an_appendix_that_is_not_attached():
    report = complete_committee_report()  # Appendix A is attached and referred to
    report.section("background").blocks.append(Paragraph("The forward plan is at Appendix B."))
    assert problems(report) == [("background", "'Background' refers to Appendix B, but only Appendix A is "
                                               "attached: attach it or correct the reference.")]
    report.appendices.append(Appendix("Forward plan", "plan.docx", SHA, AppendixKind.DOCX))
    assert problems(report) == []


def test_an_appendix_needs_a_title():
    report = complete_committee_report()
    report.appendices[0].title = ""
    assert problems(report) == [(APPENDICES, "The appendix 'feedback.pdf' has no title: say what it is.")]


def test_an_optional_section_left_empty_is_no_problem():
    t = template("scrutiny-report")
    report = new_report(t)
    assert "recommendations" not in {p.section for p in check_completeness(report, t)}


def test_text_the_word_import_could_not_place_must_be_moved_before_submitting():
    from lscb_desktop.domain.report import (
        UNPLACED_SECTION_KEY, UNPLACED_SECTION_TITLE, SectionContent)

    report = complete_committee_report()
    unplaced = SectionContent(UNPLACED_SECTION_KEY, [Paragraph("A stray paragraph.")],
                              title=UNPLACED_SECTION_TITLE)
    report.sections.append(unplaced)
    assert problems(report) == [(UNPLACED_SECTION_KEY,
                                 "'Unplaced content' holds text the Word import could not place: "
                                 "move it into the right sections, then remove it.")]
    unplaced.blocks.clear()
    assert [s for s, _ in problems(report)] == [UNPLACED_SECTION_KEY]  # empty: remove it
