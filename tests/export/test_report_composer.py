"""compose_report turns a report and its template into the document model, in the house
style of the reference reports; no database, no files."""

from datetime import date

import pytest
from report_samples import committee_report, cover_report, scrutiny_report, template

from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.domain.scorecard import Rag
from lscb_desktop.export.document import (
    Field, Fields, Heading, ItemStyle, NumberedItem, Paragraph as ModelParagraph, Run, Style, Table,
)
from lscb_desktop.export.report_anchors import TEMPLATE_PROPERTY
from lscb_desktop.export.report_composer import ReportContext, compose_report

CONTEXT = ReportContext("Borsetshire Council")


def compose(report, template_id, context=CONTEXT):
    return compose_report(report, template(template_id), context)


def headings(document):
    """(label, title) of every section heading, numbered or not."""
    found = []
    for block in document.blocks:
        if isinstance(block, NumberedItem) and block.heading_level == 2:
            found.append((block.label, block.text))
        elif isinstance(block, Heading) and block.level == 2:
            found.append(("", block.text))
    return found


def items(document, style=None):
    return [(b.label, b.text) for b in document.blocks
            if isinstance(b, NumberedItem) and not b.heading_level
            and (style is None or b.style is style)]


def tables(document):
    return [b for b in document.blocks if isinstance(b, Table)]


def test_the_header_block_shows_the_templates_fields_with_printed_values():
    document = compose(committee_report(), "committee-report")
    header = next(b for b in document.blocks if isinstance(b, Fields))
    assert [(f.label, f.value) for f in header.rows] == [
        ("Committee:", "Corporate Parenting Committee"),
        ("Date of Meeting:", "22 January 2019"),
        ("Report Title:", "Corporate Parenting Update"),
        ("Report of:", "Alex Morgan, Head of Cared for Children"),
        ("Portfolio Holder:", "Councillor Sam Reid"),
        ("Senior Officer:", "Jo Patel, Director of Children's Services"),
        ("Key Decision:", "No"),
        ("Wards Affected:", "All wards"),
    ]
    title = next(b for b in document.blocks if isinstance(b, Heading))
    assert (title.level, title.text) == (1, "Corporate Parenting Update")


def test_an_empty_optional_field_is_left_out_and_an_empty_required_one_shows_its_gap():
    report = committee_report()
    report.header.update({"portfolio_holder": "", "senior_officer": ""})
    header = next(b for b in compose(report, "committee-report").blocks if isinstance(b, Fields))
    labels = {f.label: f.value for f in header.rows}
    assert "Portfolio Holder:" not in labels
    assert labels["Senior Officer:"] == ""


def test_the_meeting_fills_an_empty_committee_and_date_and_the_item_number_heads_the_page():
    report = scrutiny_report()
    report.header.update({"report_to": "", "meeting_date": ""})
    context = ReportContext("Borsetshire Council", committee_name="Scrutiny Committee",
                            meeting_date=date(2019, 3, 19), agenda_item_number=5)
    document = compose(report, "scrutiny-report", context)
    first = document.blocks[0]
    assert (first.text, first.style) == ("Agenda Item 5", Style.RIGHT)
    header = next(b for b in document.blocks if isinstance(b, Fields))
    assert header.rows[:2] == (Field("Report to:", "Scrutiny Committee"),
                               Field("Date of Meeting:", "19 March 2019"))


def test_a_part_2_report_is_marked_not_for_publication_with_its_paragraphs():
    context = ReportContext("Borsetshire Council", exempt_paragraphs=(1, 2))
    texts = [b.text for b in compose(committee_report(), "committee-report", context).blocks
             if isinstance(b, ModelParagraph)]
    assert "Not for publication" in texts
    assert ("This report is exempt from publication by virtue of Paragraphs 1 and 2 of Part 1 "
            "of Schedule 12A to the Local Government Act 1972.") in texts


def test_committee_report_sections_are_numbered_in_order_with_sections_of_the_authors_own():
    assert headings(compose(committee_report(), "committee-report")) == [
        ("1.", "Report Summary"), ("2.", "Recommendation/s"),
        ("3.", "Reasons for Recommendation/s"), ("4.", "Other Options Considered"),
        ("5.", "Background"), ("6.", "Being a Good Corporate Parent"),
        ("7.", "Achieving Permanence"), ("8.", "Implications of the Recommendations"),
        ("9.", "Ward Members Affected"), ("10.", "Consultation & Engagement"),
        ("11.", "Access to Information"), ("12.", "Contact Information"), ("", "Appendices"),
    ]


def test_scrutiny_sections_are_numbered_point_zero_and_an_empty_optional_one_is_left_out():
    assert headings(compose(scrutiny_report(), "scrutiny-report")) == [
        ("1.0", "Introduction"), ("2.0", "Background"),
        ("3.0", "Current priorities for the Board"), ("4.0", "Current provision"),
        ("5.0", "Conclusions"), ("", "Contact"),
    ]
    assert ("2.2", "The Board meets every two months and has an independent chair.") in items(
        compose(scrutiny_report(), "scrutiny-report"))


def test_in_the_cover_report_only_background_and_advice_is_numbered():
    document = compose(cover_report(), "overview-scrutiny-cover")
    assert headings(document)[:5] == [
        ("", "Contact for further information"), ("", "Executive Summary"),
        ("", "Recommendation"), ("1.", "Background and Advice"), ("", "Consultations"),
    ]
    assert items(document, ItemStyle.PARAGRAPH)[:7] == [
        ("", "The annual report at Appendix A describes the partnership's work."),
        ("", "Appendix B is the partnership's budget for 2018-19."),
        ("1.1.", "The partnership must publish an annual report."),
        ("1.2.", "Partners pay into a pooled budget:"),
        ("1.3.", "Members may wish to ask about the rise in referrals."),
        ("", "N/A"), ("", "None.")]
    assert "(Appendices A and B refer)" in [b.text for b in document.blocks
                                            if isinstance(b, ModelParagraph)]


def test_recommendations_hang_from_their_lead_in_numbered_2_1_1():
    document = compose(committee_report(), "committee-report")
    assert items(document, ItemStyle.LEAD_IN) == [("2.1.", "The Committee is asked to:")]
    assert items(document, ItemStyle.RECOMMENDATION) == [
        ("2.1.1.", "Note the contents of the report."),
        ("2.1.2.", "Agree the action plan at Appendix A.")]


def test_several_unnumbered_recommendations_are_lettered():
    report = cover_report()
    report.recommendations.items.append("Note the budget.")
    assert [label for label, _ in items(compose(report, "overview-scrutiny-cover"),
                                        ItemStyle.RECOMMENDATION)] == ["(a)", "(b)"]


def test_implications_are_sub_sections_with_their_own_paragraph_numbers():
    document = compose(committee_report(), "committee-report")
    subsections = [(b.label, b.text) for b in document.blocks
                   if isinstance(b, NumberedItem) and b.heading_level == 3]
    assert subsections[:2] == [("8.1.", "Legal Implications"), ("8.2.", "Finance Implications")]
    assert ("8.1.2.", "The Children Act 1989 sets the sufficiency duty (s22G).") in items(document)


def test_lists_unnumbered_paragraphs_and_subheadings_keep_their_kind():
    document = compose(committee_report(), "committee-report")
    assert items(document, ItemStyle.BULLET) == [
        ("•", "to bring the views of young people"), ("•", "to report back to them")]
    assert items(document, ItemStyle.LETTERED) == [
        ("(a)", "agree the offer"), ("(b)", "consult young people"), ("(c)", "publish the pledge")]
    assert items(document, ItemStyle.TEXT) == [
        ("", "This was asked for by the Children in Care Council.")]
    subheadings = [b.text for b in document.blocks
                   if isinstance(b, NumberedItem) and b.heading_level == 4]
    assert subheadings == ["Members' commitment", "Performance"]


def test_bold_and_italic_markup_become_runs():
    document = compose(committee_report(), "committee-report")
    pledges = next(b for b in document.blocks if isinstance(b, NumberedItem)
                   and b.text.startswith("Members of every group"))
    assert pledges.runs == (
        Run("Members of every group signed the "), Run("five pledges", bold=True),
        Run(" of the strategy at the meeting of full council in "),
        Run("December", italic=True), Run("."))


def test_an_empty_paragraph_takes_no_number_and_is_not_printed():
    report = committee_report()
    report.section("summary").blocks.insert(0, Paragraph("   "))
    assert items(compose(report, "committee-report"))[0] == (
        "1.1.", "This report updates the Committee on local and national developments for "
        "cared for children and care leavers.")


def test_a_scorecard_shows_rag_colours_and_suppresses_small_counts():
    context = ReportContext("Borsetshire Council", suppression_threshold=52)
    scorecard = tables(compose(committee_report(), "committee-report", context))[0]
    assert scorecard.header == ("Ref", "Measure", "Polarity", "Target", "Qu 1 18-19",
                                "Qu 2 18-19", "RAG", "Direction of travel", "Commentary")
    assert scorecard.caption == "Corporate Parenting Scorecard, Quarter 2"
    advocacy, reviews, adoption = scorecard.rows[1], scorecard.rows[2], scorecard.rows[3]
    assert advocacy[4:7] == ("57", "Suppressed", "Green")  # 51 is a count below 52
    assert reviews[4:8] == ("97%", "95%", "Amber", "↓ Down")  # percentages are not counts
    assert adoption[4:6] == ("410", "388")  # the row's values are not counts of people
    assert [scorecard.fill(r, 6) for r in range(4)] == [
        None, Rag.GREEN.colour.lstrip("#"), Rag.AMBER.colour.lstrip("#"),
        Rag.RED.colour.lstrip("#")]
    assert all(scorecard.fill(r, c) is None for r in range(4) for c in range(9) if c != 6)


def test_an_action_plan_and_a_plain_table_with_its_computed_totals():
    plan, contributions = tables(compose(committee_report(), "committee-report"))[1:3]
    assert plan.header == ("Action", "Timeframe", "Update", "RAG")
    assert plan.rows[1] == ("Open two more taster flats", "June 2019",
                            "Waiting for planning consent", "Red")
    assert plan.fill(1, 3) == "FF0000"
    assert contributions.totals
    assert contributions.rows[-1] == ("Total", "£98,915", "£30,500")
    assert contributions.align == ("left", "right", "right")


def test_background_papers_are_a_table_with_the_templates_column_names():
    papers = tables(compose(cover_report(), "overview-scrutiny-cover"))[-1]
    assert papers.header == ("Paper", "Date", "Contact/Directorate/Tel")
    assert papers.rows == (("Partnership business plan", "April 2018",
                            "Sam Lee, Children's Services, 01632 960123"),)


def test_contact_details_use_the_templates_labels():
    document = compose(scrutiny_report(), "scrutiny-report")
    contact = [b for b in document.blocks if isinstance(b, Fields)][-1]
    assert contact.indented
    assert [(f.label, f.value) for f in contact.rows] == [
        ("Name:", "Pat Owen"), ("Designation:", "Head of Safeguarding"),
        ("Email:", "pat.owen@example.gov.uk"), ("Tel:", "01632 960777")]


def test_appendices_are_listed_by_letter_at_the_end():
    document = compose(cover_report(), "overview-scrutiny-cover")
    appendices = document.blocks[-1]
    assert [(f.label, f.value) for f in appendices.rows] == [
        ("Appendix A", "Annual report 2017-18"), ("Appendix B", "Budget 2018-19")]


def test_the_document_is_titled_and_footed_with_the_report_title_and_names_its_template():
    document = compose(committee_report(), "committee-report")
    assert (document.title, document.author, document.footer) == (
        "Corporate Parenting Update", "Borsetshire Council", "Corporate Parenting Update")
    assert document.subject == (
        "Committee report to Corporate Parenting Committee on 22 January 2019")
    assert document.properties[TEMPLATE_PROPERTY] == "committee-report"


@pytest.mark.parametrize("make, template_id", [(committee_report, "committee-report"),
                                               (cover_report, "overview-scrutiny-cover")])
def test_section_headings_carry_unique_anchors_for_the_word_import(make, template_id):
    blocks = compose(make(), template_id).blocks
    anchors = [b.anchor for b in blocks
               if (isinstance(b, NumberedItem) and b.heading_level in (2, 3))
               or (isinstance(b, Heading) and b.level in (2, 3) and b.text != "Appendices")]
    assert anchors and all(anchor.startswith("_lscb_") for anchor in anchors)
    assert len(set(anchors)) == len(anchors)
