"""The house styles shipped in resources/templates load, and say what the reference reports do."""

import pytest

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.templates import (
    FieldKind, FieldRole, Numbering, Part, TableKind, builtin_templates, find_template,
)


def template(template_id):
    return find_template(builtin_templates(), template_id)


def titles(t):
    return [s.title for s in t.sections]


def test_every_shipped_template_loads_with_its_own_id():
    ids = [t.id for t in builtin_templates()]
    assert sorted(ids) == ["committee-report", "overview-scrutiny-cover", "scrutiny-report"]


@pytest.mark.parametrize("t", builtin_templates(), ids=lambda t: t.id)
def test_every_shipped_template_names_its_title_and_guides_every_section(t):
    assert t.field_for(FieldRole.TITLE).required
    assert t.field_for(FieldRole.MEETING_DATE).kind is FieldKind.DATE
    for section in t.sections:
        assert section.guidance, f"{t.id}: section '{section.key}' has no guidance"
        assert all(sub.guidance for sub in section.subsections)
    assert t.section_with_part(Part.CONTACT).required
    assert t.section_with_part(Part.RECOMMENDATIONS) is not None


def test_the_committee_report_follows_the_corporate_parenting_update():
    t = template("committee-report")
    assert titles(t) == [
        "Report Summary", "Recommendation/s", "Reasons for Recommendation/s", "Other Options Considered",
        "Background", "Implications of the Recommendations", "Ward Members Affected",
        "Consultation & Engagement", "Access to Information", "Contact Information",
    ]
    assert [f.label for f in t.fields] == [
        "Committee", "Date of Meeting", "Report Title", "Report of", "Portfolio Holder", "Senior Officer",
        "Key Decision", "Wards Affected",
    ]
    assert t.field("key_decision").kind is FieldKind.YES_NO
    assert t.numbering is Numbering.DECIMAL
    assert t.free_sections_after == "background"
    assert [s.title for s in t.section("implications").subsections] == [
        "Legal Implications", "Finance Implications", "Equality Implications", "Human Resources Implications",
        "Risk Management Implications", "Rural Communities Implications",
        "Implications for Children & Young People", "Public Health Implications",
    ]
    assert t.section("access_to_information").part is Part.BACKGROUND_PAPERS
    assert set(t.section("background").tables) == set(TableKind)
    assert t.section("recommendations").tables == ()
    assert t.section("recommendations").lead_in == "The Committee is asked to:"


def test_the_scrutiny_report_numbers_1_0_and_signs_off_with_designation_and_telephone():
    t = template("scrutiny-report")
    assert [f.label for f in t.fields] == [
        "Report to", "Date of Meeting", "Report of", "Subject/Title", "Portfolio Holder"]
    assert t.numbering is Numbering.POINT_ZERO
    contact = t.section_with_part(Part.CONTACT)
    assert contact.numbering is Numbering.NONE
    assert [contact.label(n) for n in ("name", "job_title", "phone", "email")] == [
        "Name", "Designation", "Tel", "Email"]
    assert t.section("recommendations").required is False
    assert t.allows_free_sections


def test_the_cover_report_introduces_appendices_and_lists_background_papers_under_the_1985_act():
    t = template("overview-scrutiny-cover")
    assert t.appendix_reference
    assert t.field("electoral_divisions").label == "Electoral Division affected"
    assert titles(t)[:3] == ["Contact for further information", "Executive Summary", "Recommendation"]
    assert t.section("background_and_advice").numbering is Numbering.DECIMAL
    assert t.section("executive_summary").numbering is Numbering.NONE
    assert [s.title for s in t.section("implications").subsections] == [
        "Legal", "Personnel and finance", "Equality and Diversity"]
    papers = t.section_with_part(Part.BACKGROUND_PAPERS)
    assert papers.title == "Local Government (Access to Information) Act 1985 - List of Background Papers"
    assert [papers.label(n) for n in ("title", "date", "contact")] == [
        "Paper", "Date", "Contact/Directorate/Tel"]
    assert not t.allows_free_sections


def test_asking_for_a_template_that_does_not_exist_names_the_ones_there_are():
    with pytest.raises(ValidationError, match="no report template 'minutes'.*committee-report"):
        template("minutes")
