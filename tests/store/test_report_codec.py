"""A report survives the trip to its JSON data and back unchanged, and the data is plain JSON
with the documented field names (the meeting file will carry it as it is)."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lscb_desktop.domain.report import Report, ReportStatus, SectionContent, new_report
from lscb_desktop.domain.report_appendices import Appendix, AppendixKind
from lscb_desktop.domain.report_blocks import BulletList, NumberedList, Paragraph, Subheading
from lscb_desktop.domain.report_parts import BackgroundPaper, ContactDetails, Recommendations
from lscb_desktop.domain.report_tables import ActionPlan, ActionRow, PlainTable
from lscb_desktop.domain.scorecard import Direction, Polarity, Rag, Scorecard, ScorecardRow
from lscb_desktop.domain.templates import builtin_templates
from lscb_desktop.store.report_codec import ReportDataError, report_from_dict, report_to_dict

SHA = "ab" * 32


def every_kind_of_content() -> Report:
    report = new_report(builtin_templates()[0])
    report.header["report_title"] = "A&E <waits> \"quoted\" — £1,000"
    report.status = ReportStatus.SUBMITTED
    report.section("background").blocks = [
        Paragraph("**Bold** and *italic*, with a literal \\* star."),
        Paragraph("Quoted, unnumbered.", numbered=False),
        BulletList(["one", "two"]),
        NumberedList(["first", ""]),
        Subheading("Placement stability"),
        Scorecard(periods=["Qu 1 18-19", "Qu 2 18-19"], caption="Scorecard", rows=[
            ScorecardRow("CP1", "Children in care", Polarity.LOW_IS_GOOD, "400", ["402", "3"],
                         Rag.AMBER, Direction.DOWN, "Small number suppressed.", counts=True),
            ScorecardRow(measure="Rate", values=["12.5%"], counts=False),
        ]),
        ActionPlan([ActionRow("Recruit carers", "March", "On track", Rag.GREEN), ActionRow()],
                   caption="Plan"),
        PlainTable(["Partner", "£"], [["Council", "£1,000"], ["Police", "£500"]], totals=True,
                   totals_label="Total spend", caption="Contributions"),
    ]
    report.section("implications").subsections[0].blocks = [Paragraph("None.")]
    report.sections.insert(5, SectionContent("free-1", [Paragraph("Body")], title="My section"))
    report.recommendations = Recommendations("The Committee is asked to:", ["Note it.", ""])
    report.background_papers = [BackgroundPaper("Strategy", "March 2018", "Alex Morgan")]
    report.contact = ContactDetails("Alex Morgan", "Head", "alex@example.gov.uk", "01234 567890")
    report.appendices = [Appendix("Annual report", "annual.pdf", SHA, AppendixKind.PDF),
                         Appendix("Plan", "plan.docx", SHA, AppendixKind.DOCX)]
    return report


def test_every_kind_of_content_comes_back_exactly():
    report = every_kind_of_content()
    assert report_from_dict(report_to_dict(report)) == report


def test_the_data_is_plain_json_with_the_documented_names():
    data = report_to_dict(every_kind_of_content())
    assert json.loads(json.dumps(data)) == data  # nothing but JSON types
    assert list(data) == ["template_id", "status", "header", "sections", "recommendations",
                          "background_papers", "contact", "appendices"]
    blocks = data["sections"][4]["blocks"]
    assert [b["kind"] for b in blocks] == ["paragraph", "paragraph", "bullet-list",
                                           "numbered-list", "subheading", "scorecard",
                                           "action-plan", "plain-table"]
    row = blocks[5]["rows"][0]
    assert (row["polarity"], row["rag"], row["direction"]) == ("Low is Good", "Amber", "down")
    assert blocks[5]["rows"][1]["rag"] is None
    assert data["status"] == "submitted"
    assert data["appendices"][1] == {"title": "Plan", "file_name": "plan.docx", "kind": "docx",
                                     "sha256": SHA}
    assert "id" not in data  # database ids mean nothing in another database


def test_missing_optional_keys_take_their_defaults():
    report = report_from_dict({"template_id": "scrutiny-report",
                               "sections": [{"key": "introduction",
                                             "blocks": [{"kind": "paragraph", "text": "Hi"}]}]})
    assert report.status is ReportStatus.DRAFT
    assert report.sections[0].blocks == [Paragraph("Hi", numbered=True)]
    assert report.contact == ContactDetails()


@pytest.mark.parametrize("data, path, problem", [
    ({"template_id": ""}, "template_id", "is missing"),
    ({"template_id": "t", "status": "approved"}, "status", "'approved' is not one of"),
    ({"template_id": "t", "sections": [{"key": "a", "blocks": [{"kind": "poem"}]}]},
     "sections[0].blocks[0].kind", "'poem' is not a kind of block"),
    ({"template_id": "t", "sections": [{"key": "a", "blocks": [
        {"kind": "scorecard", "rows": [{"rag": "Purple"}]}]}]},
     "sections[0].blocks[0].rows[0].rag", "'Purple' is not one of"),
    ({"template_id": "t", "header": {"title": 3}}, "header", "must be an object of texts"),
    ({"template_id": "t", "sections": [{"key": "a", "blocks": [
        {"kind": "plain-table", "rows": ["not a row"]}]}]},
     "sections[0].blocks[0].rows[0]", "must be a list of texts"),
    ({"template_id": "t", "appendices": [{"file_name": "a.pdf", "kind": "xls"}]},
     "appendices[0].kind", "'xls' is not one of"),
])
def test_bad_data_is_refused_naming_the_value(data, path, problem):
    with pytest.raises(ReportDataError) as refused:
        report_from_dict(data)
    assert refused.value.path == path
    assert problem in refused.value.problem


# Any report at all comes back exactly ---------------------------------------------------

texts = st.text(max_size=12)
rags = st.none() | st.sampled_from(Rag)
paragraphs = st.builds(Paragraph, texts, st.booleans())
lists = st.builds(BulletList, st.lists(texts, max_size=3)) | st.builds(
    NumberedList, st.lists(texts, max_size=3))
scorecards = st.builds(
    Scorecard, st.lists(texts, max_size=3),
    st.lists(st.builds(ScorecardRow, texts, texts, st.none() | st.sampled_from(Polarity), texts,
                       st.lists(texts, max_size=3), rags,
                       st.none() | st.sampled_from(Direction), texts, st.booleans()),
             max_size=2),
    texts)
tables = st.builds(PlainTable, st.lists(texts, max_size=3),
                   st.lists(st.lists(texts, max_size=3), max_size=2), st.booleans(), texts, texts)
plans = st.builds(ActionPlan, st.lists(st.builds(ActionRow, texts, texts, texts, rags),
                                       max_size=2), texts)
blocks = st.lists(paragraphs | lists | st.builds(Subheading, texts) | scorecards | tables | plans,
                  max_size=4)
keys = st.text("abcdefghij-", min_size=1, max_size=6)
sections = st.builds(SectionContent, keys, blocks,
                     st.lists(st.builds(SectionContent, keys, blocks, st.just([]), texts),
                              max_size=2), texts)
reports = st.builds(
    Report, keys, st.dictionaries(keys, texts, max_size=3), st.lists(sections, max_size=3),
    st.builds(Recommendations, texts, st.lists(texts, max_size=2)),
    st.lists(st.builds(BackgroundPaper, texts, texts, texts), max_size=2),
    st.builds(ContactDetails, texts, texts, texts, texts),
    st.lists(st.builds(Appendix, texts, texts, st.just(SHA), st.sampled_from(AppendixKind)),
             max_size=2),
    st.sampled_from(ReportStatus),
)


@settings(max_examples=40, deadline=None)
@given(reports)
def test_any_report_survives_json_text_and_back(report):
    text = json.dumps(report_to_dict(report), ensure_ascii=False)
    assert report_from_dict(json.loads(text)) == report
