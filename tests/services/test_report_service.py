"""Reports from templates: creating, autosaving, linking to agenda items (whose title and
presenter follow the report's), listing in agenda order, and deleting."""

from dataclasses import replace

import pytest
from report_service_fixtures import fill_completely, meeting_with_items

from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.domain.report import ReportStatus, add_free_section
from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.services import report_service, template_service
from lscb_desktop.store import agenda_repo


def agenda_item(db, item_id):
    return agenda_repo.get(db, item_id)


def test_a_new_report_has_its_template_s_fields_and_sections_and_is_a_draft(db):
    report_id = report_service.create_report(db, "scrutiny-report")
    report = report_service.get_report(db, report_id)
    assert report.id == report_id
    assert report.template_id == "scrutiny-report"
    assert report.status is ReportStatus.DRAFT
    assert [s.key for s in report.sections] == [
        "introduction", "background", "conclusions", "recommendations", "contact"]
    assert report.appendices == []


def test_a_report_created_on_an_item_takes_the_meeting_and_the_item_s_title_and_presenter(db):
    _, items = meeting_with_items(db)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    header = report_service.get_report(db, report_id).header
    assert header["committee"] == "Corporate Parenting Committee"
    assert header["meeting_date"] == "2019-01-22"
    assert header["report_title"] == "Scorecard"
    assert header["report_of"] == "Fiona Ashworth"


def test_the_agenda_item_follows_the_report_s_title_and_presenter_on_every_save(db):
    _, items = meeting_with_items(db)
    report_id = report_service.create_report(db, "scrutiny-report", items["Scorecard"])
    report = report_service.get_report(db, report_id)
    report.header["subject"] = "Corporate Parenting Scorecard: Quarter 2"
    report.header["report_of"] = "Marcus Reid, Head of Service"
    report_service.save_report(db, report)
    linked = agenda_item(db, items["Scorecard"])
    assert (linked.title, linked.presenter) == ("Corporate Parenting Scorecard: Quarter 2",
                                                "Marcus Reid, Head of Service")
    assert linked.purpose == "To note performance."  # the rest of the item is the clerk's


def test_a_title_blanked_while_retyping_leaves_the_item_its_title(db):
    _, items = meeting_with_items(db)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    report = report_service.get_report(db, report_id)
    report.header["report_title"] = "  "
    report_service.save_report(db, report)
    assert agenda_item(db, items["Scorecard"]).title == "Scorecard"


def test_saving_keeps_every_word_and_indexes_it(db):
    report_id = report_service.create_report(db, "committee-report")
    template = template_service.get_template(db, "committee-report")
    report = fill_completely(report_service.get_report(db, report_id), template)
    add_free_section(report, template, "Kinship Care").blocks.append(
        Paragraph("Grandparents caring for **grandchildren**."))
    report_service.save_report(db, report)
    assert report_service.get_report(db, report_id) == report
    assert [h.report_id for h in report_service.search_reports(db, "grandchildren")] == [report_id]


def test_a_report_keeps_its_template(db):
    report_id = report_service.create_report(db, "committee-report")
    report = replace(report_service.get_report(db, report_id), template_id="scrutiny-report")
    with pytest.raises(ValidationError, match="a report keeps its template"):
        report_service.save_report(db, report)


def test_an_unknown_template_or_report_is_named(db):
    with pytest.raises(NotFound, match="There is no report template 'cabinet'"):
        report_service.create_report(db, "cabinet")
    with pytest.raises(NotFound, match="There is no report with id 99"):
        report_service.get_report(db, 99)
    with pytest.raises(ValidationError, match="create it from a template first"):
        report_service.save_report(db, replace(report_service.get_report(
            db, report_service.create_report(db, "committee-report")), id=None))


def test_linking_fills_the_report_from_the_item_only_where_it_is_blank(db):
    _, items = meeting_with_items(db)
    report_id = report_service.create_report(db, "committee-report")
    report = report_service.get_report(db, report_id)
    report.header["report_title"] = "Sufficiency Statement 2019-21"
    report_service.save_report(db, report)

    report_service.link_to_item(db, report_id, items["Placement Sufficiency"])

    header = report_service.get_report(db, report_id).header
    assert header["report_title"] == "Sufficiency Statement 2019-21"
    assert header["report_of"] == "Marcus Reid"
    assert header["meeting_date"] == "2019-01-22"
    assert agenda_item(db, items["Placement Sufficiency"]).title == "Sufficiency Statement 2019-21"


def test_an_item_takes_one_report_and_only_a_report_item_takes_one(db):
    _, items = meeting_with_items(db)
    first = report_service.create_report(db, "committee-report", items["Scorecard"])
    second = report_service.create_report(db, "committee-report")
    with pytest.raises(ValidationError, match="already has the report 'Scorecard': unlink"):
        report_service.link_to_item(db, second, items["Scorecard"])
    with pytest.raises(ValidationError, match="is a verbal update, which has no report"):
        report_service.link_to_item(db, second, items["Update from Elected Members"])
    with pytest.raises(ValidationError, match="is a standard item, which has no report"):
        report_service.create_report(db, "committee-report", items["Apologies for Absence"])
    report_service.link_to_item(db, first, items["Scorecard"])  # again: nothing changes
    assert report_service.report_for_item(db, items["Scorecard"]) == first


def test_a_report_moves_between_items_and_can_be_unlinked(db):
    _, items = meeting_with_items(db)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    report_service.link_to_item(db, report_id, items["Placement Sufficiency"])
    assert report_service.report_for_item(db, items["Scorecard"]) is None
    assert report_service.report_for_item(db, items["Placement Sufficiency"]) == report_id
    report_service.unlink(db, report_id)
    assert report_service.report_for_item(db, items["Placement Sufficiency"]) is None
    assert agenda_item(db, items["Placement Sufficiency"]).title == "Scorecard"  # the item keeps it


def test_reports_are_listed_in_agenda_order_with_their_item_numbers(db):
    meeting_id, items = meeting_with_items(db)
    exempt = report_service.create_report(db, "committee-report", items["Recommissioning"])
    loose = report_service.create_report(db, "scrutiny-report")
    scorecard = report_service.create_report(db, "committee-report", items["Scorecard"])
    summaries = report_service.list_reports(db)
    assert [(s.id, s.item_number, s.meeting_id) for s in summaries] == [
        (scorecard, 5, meeting_id), (exempt, 7, meeting_id), (loose, None, None)]
    assert [s.part for s in summaries] == [1, 2, None]
    assert summaries[0].title == "Scorecard" and summaries[0].template_id == "committee-report"
    assert summaries[0].status is ReportStatus.DRAFT
    assert [s.id for s in report_service.list_reports(db, meeting_id)] == [scorecard, exempt]
    with pytest.raises(NotFound, match="no meeting with id 42"):
        report_service.list_reports(db, 42)


def test_deleting_a_report_removes_it_and_leaves_the_item(db):
    _, items = meeting_with_items(db)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    report_service.delete_report(db, report_id)
    assert report_service.list_reports(db) == []
    assert report_service.report_for_item(db, items["Scorecard"]) is None
    assert agenda_item(db, items["Scorecard"]).title == "Scorecard"
