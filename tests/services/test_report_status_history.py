"""A report's status moves on only when it is complete, each change recorded with who made
it, when and why; a published report stays as it was published."""

from datetime import datetime, timedelta, timezone

import pytest
from report_service_fixtures import fill_completely, meeting_with_items

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.report import ReportStatus
from lscb_desktop.domain.report_status import ReportNotReady
from lscb_desktop.services import report_service, template_service

DRAFT, SUBMITTED, CLEARED, PUBLISHED = list(ReportStatus)


def complete_report(db, template_id="committee-report", item_id=None) -> int:
    report_id = report_service.create_report(db, template_id, item_id)
    template = template_service.get_template(db, template_id)
    report_service.save_report(db, fill_completely(report_service.get_report(db, report_id),
                                                   template))
    return report_id


def test_an_incomplete_report_cannot_be_submitted_and_nothing_is_recorded(db):
    report_id = report_service.create_report(db, "committee-report")
    with pytest.raises(ReportNotReady) as refused:
        report_service.change_status(db, report_id, SUBMITTED, by="Alex Morgan")
    assert "cannot be marked 'Submitted' while the completeness check finds" in str(refused.value)
    assert "- 'Report Title' is empty: fill it in." in str(refused.value)
    assert refused.value.problems
    assert report_service.get_report(db, report_id).status is DRAFT
    assert report_service.history(db, report_id) == []


def test_a_complete_report_moves_on_and_the_history_records_each_step(db):
    _, items = meeting_with_items(db)
    report_id = complete_report(db, item_id=items["Scorecard"])
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    moved = report_service.change_status(db, report_id, SUBMITTED, by=" Alex Morgan ",
                                         note="For the January agenda.")
    assert moved.status is SUBMITTED
    report_service.change_status(db, report_id, "draft", by="Ben Tranter",
                                 note="Please add the Q2 figures.")
    report_service.change_status(db, report_id, SUBMITTED, by="Alex Morgan")
    report_service.change_status(db, report_id, CLEARED, by="Jo Patel")
    report_service.change_status(db, report_id, PUBLISHED, by="Ben Tranter")

    steps = report_service.history(db, report_id)
    assert [(s.by, s.from_status, s.to_status) for s in steps] == [
        ("Alex Morgan", DRAFT, SUBMITTED), ("Ben Tranter", SUBMITTED, DRAFT),
        ("Alex Morgan", DRAFT, SUBMITTED), ("Jo Patel", SUBMITTED, CLEARED),
        ("Ben Tranter", CLEARED, PUBLISHED)]
    assert steps[0].note == "For the January agenda."
    assert all(before <= s.when <= datetime.now(timezone.utc) for s in steps)
    assert report_service.get_report(db, report_id).status is PUBLISHED
    assert report_service.list_reports(db)[0].status is PUBLISHED


def test_steps_cannot_be_skipped(db):
    report_id = complete_report(db)
    with pytest.raises(ValidationError, match="is 'Draft' and cannot become 'Cleared'"):
        report_service.change_status(db, report_id, CLEARED, by="Jo Patel")


def test_the_person_and_a_real_status_are_required(db):
    report_id = complete_report(db)
    with pytest.raises(ValidationError, match="Say who is changing"):
        report_service.change_status(db, report_id, SUBMITTED, by="  ")
    with pytest.raises(ValidationError, match="'approved' is not a report status: use one of"):
        report_service.change_status(db, report_id, "approved", by="Jo Patel")


def test_a_report_on_no_agenda_cannot_be_published(db):
    report_id = complete_report(db)
    report_service.change_status(db, report_id, SUBMITTED, by="A")
    report_service.change_status(db, report_id, CLEARED, by="B")
    with pytest.raises(ValidationError, match="is not on any agenda: link it to an agenda item"):
        report_service.change_status(db, report_id, PUBLISHED, by="C")


def test_a_published_report_cannot_be_changed_moved_or_deleted(db):
    _, items = meeting_with_items(db)
    report_id = complete_report(db, item_id=items["Scorecard"])
    for status in (SUBMITTED, CLEARED, PUBLISHED):
        report_service.change_status(db, report_id, status, by="Ben Tranter")
    report = report_service.get_report(db, report_id)
    report.header["report_title"] = "Changed after publication"
    refusals = [
        lambda: report_service.save_report(db, report),
        lambda: report_service.delete_report(db, report_id),
        lambda: report_service.unlink(db, report_id),
        lambda: report_service.link_to_item(db, report_id, items["Placement Sufficiency"]),
        lambda: report_service.change_status(db, report_id, DRAFT, by="Ben Tranter"),
    ]
    for refused in refusals:
        with pytest.raises(ValidationError, match="a correction .*as a new report"):
            refused()
    assert report_service.get_report(db, report_id).header["report_title"] != report.header[
        "report_title"]
    assert report_service.report_for_item(db, items["Scorecard"]) == report_id
