"""A report made from a template: its sections, header values, added sections and appendices."""

import pytest
from report_fixtures import SHA, complete_committee_report, template

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.report import (
    ReportStatus, add_free_section, allowed_tables, header_value, is_shown, new_report, remove_free_section,
    section_title,
)
from lscb_desktop.domain.report_appendices import (
    Appendix, AppendixKind, appendices_reference, appendix_letter, lettered,
)
from lscb_desktop.domain.report_blocks import BLOCK_TYPES, BulletList, NumberedList, Paragraph
from lscb_desktop.domain.report_header import display_header_value, normalise_header_value
from lscb_desktop.domain.templates import FieldRole, TableKind

COMMITTEE = template("committee-report")


def test_a_new_report_has_every_field_and_section_of_its_template_and_is_a_draft():
    report = new_report(COMMITTEE)
    assert report.template_id == "committee-report"
    assert report.status is ReportStatus.DRAFT
    assert list(report.header) == [f.key for f in COMMITTEE.fields]
    assert [s.key for s in report.sections] == [s.key for s in COMMITTEE.sections]
    assert [s.key for s in report.section("implications").subsections][:2] == ["legal", "finance"]
    assert report.recommendations.lead_in == "The Committee is asked to:"


def test_the_title_and_author_come_from_the_fields_with_those_roles():
    report = complete_committee_report()
    assert header_value(report, COMMITTEE, FieldRole.TITLE) == "Corporate Parenting Update"
    assert header_value(report, COMMITTEE, FieldRole.AUTHOR).startswith("Alex Morgan")


def test_added_sections_go_after_background_in_the_order_they_were_added():
    report = new_report(COMMITTEE)
    add_free_section(report, COMMITTEE, "Being a Good Corporate Parent")
    add_free_section(report, COMMITTEE, "Preparing for Adulthood")
    keys = [s.key for s in report.sections]
    assert keys[keys.index("background") + 1:keys.index("implications")] == ["free-1", "free-2"]
    assert section_title(COMMITTEE, report.section("free-2")) == "Preparing for Adulthood"
    assert allowed_tables(COMMITTEE, "free-2") == COMMITTEE.tables


def test_an_added_section_can_be_removed_but_not_a_template_section():
    report = new_report(COMMITTEE)
    add_free_section(report, COMMITTEE, "Health")
    remove_free_section(report, "free-1")
    assert report.section("free-1") is None
    with pytest.raises(ValidationError, match="Only sections you added can be removed"):
        remove_free_section(report, "background")


def test_a_template_with_fixed_sections_refuses_added_ones():
    cover = template("overview-scrutiny-cover")
    with pytest.raises(ValidationError, match="has a fixed set of sections"):
        add_free_section(new_report(cover), cover, "More")
    with pytest.raises(ValidationError, match="needs a title"):
        add_free_section(new_report(COMMITTEE), COMMITTEE, "  ")


def test_tables_may_go_where_the_template_allows():
    assert allowed_tables(COMMITTEE, "background") == (
        TableKind.SCORECARD, TableKind.ACTION_PLAN, TableKind.PLAIN)
    assert allowed_tables(COMMITTEE, "recommendations") == ()


def test_optional_sections_are_printed_once_they_have_content():
    scrutiny = template("scrutiny-report")
    report = new_report(scrutiny)
    recommendations = report.section("recommendations")
    assert not is_shown(report, scrutiny, recommendations)
    report.recommendations.items = ["Note the report."]
    assert is_shown(report, scrutiny, recommendations)
    assert is_shown(report, scrutiny, report.section("conclusions"))  # required, though empty


def test_block_kinds_are_named_for_storage_and_match_the_template_table_kinds():
    assert set(BLOCK_TYPES) == {"paragraph", "bullet-list", "numbered-list", "subheading", "scorecard",
                                "action-plan", "plain-table"}
    assert {k.value for k in TableKind} <= set(BLOCK_TYPES)
    assert Paragraph("**Bold** start").runs()[0].bold
    assert not isinstance(NumberedList(["a"]), BulletList)  # renderers tell them apart


@pytest.mark.parametrize("raw", ["2019-01-22", "22/01/2019", "22 January 2019", "Tuesday, 22nd January, 2019"])
def test_dates_are_stored_as_iso_and_shown_as_papers_write_them(raw):
    field = COMMITTEE.field("meeting_date")
    assert normalise_header_value(field, raw) == "2019-01-22"
    assert display_header_value(field, "2019-01-22") == "22 January 2019"


def test_header_values_of_each_kind():
    assert normalise_header_value(COMMITTEE.field("key_decision"), " yes ") == "Yes"
    title = COMMITTEE.field("report_title")
    assert normalise_header_value(title, "  Corporate \n Parenting ") == "Corporate Parenting"
    part = template("overview-scrutiny-cover").field("part")
    assert normalise_header_value(part, "part ii") == "Part II"
    assert normalise_header_value(COMMITTEE.field("meeting_date"), "") == ""
    with pytest.raises(ValidationError, match="'31/02/2019' is not a date for 'Date of Meeting'"):
        normalise_header_value(COMMITTEE.field("meeting_date"), "31/02/2019")
    with pytest.raises(ValidationError, match="use one of Part I, Part II"):
        normalise_header_value(part, "Part 3")


def appendix(title, name):
    return Appendix(title, name, SHA, AppendixKind.from_file_name(name))


def test_appendices_are_lettered_in_order_without_gaps():
    appendices = [appendix("Strategy", "strategy.pdf"), appendix("Plan", "plan.docx"),
                  appendix("Card", "c.PDF")]
    assert [letter for letter, _ in lettered(appendices)] == ["A", "B", "C"]
    del appendices[1]
    assert [(letter, a.title) for letter, a in lettered(appendices)] == [("A", "Strategy"), ("B", "Card")]
    assert [appendix_letter(i) for i in (25, 26, 27, 701, 702)] == ["Z", "AA", "AB", "ZZ", "AAA"]


def test_the_cover_report_line_naming_the_appendices():
    one, two, three = appendix("A", "a.pdf"), appendix("B", "b.pdf"), appendix("C", "c.pdf")
    assert appendices_reference([]) == ""
    assert appendices_reference([one]) == "(Appendix A refers)"
    assert appendices_reference([one, two]) == "(Appendices A and B refer)"
    assert appendices_reference([one, two, three]) == "(Appendices A, B and C refer)"


def test_only_pdf_and_word_files_can_be_appendices():
    with pytest.raises(ValidationError, match="'budget.xlsx' cannot be an appendix: attach a PDF"):
        AppendixKind.from_file_name("budget.xlsx")
    with pytest.raises(ValidationError, match="not a SHA-256 digest"):
        Appendix("Budget", "budget.pdf", "abc", AppendixKind.PDF).validate()
    with pytest.raises(ValidationError, match="is not a DOCX file by its name"):
        Appendix("Budget", "budget.pdf", SHA, AppendixKind.DOCX).validate()
    appendix("Budget", "budget.pdf").validate()
