"""A report moves draft -> submitted -> cleared -> published, and only when it is complete."""

import pytest
from report_fixtures import complete_committee_report, template

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.report import ReportStatus
from lscb_desktop.domain.report_status import ReportNotReady, check_status_change, with_status

COMMITTEE = template("committee-report")
DRAFT, SUBMITTED, CLEARED, PUBLISHED = (ReportStatus.DRAFT, ReportStatus.SUBMITTED, ReportStatus.CLEARED,
                                        ReportStatus.PUBLISHED)


def test_a_complete_report_goes_all_the_way_to_published():
    report = complete_committee_report()
    for status in (SUBMITTED, CLEARED, PUBLISHED):
        report = with_status(report, COMMITTEE, status)
    assert report.status is PUBLISHED


def test_with_status_leaves_the_original_unchanged():
    report = complete_committee_report()
    with_status(report, COMMITTEE, SUBMITTED)
    assert report.status is DRAFT


def test_an_incomplete_report_cannot_be_submitted_and_the_problems_are_listed():
    report = complete_committee_report()
    report.recommendations.items = []
    report.contact.email = ""
    with pytest.raises(ReportNotReady) as refused:
        with_status(report, COMMITTEE, SUBMITTED)
    assert [p.section for p in refused.value.problems] == ["recommendations", "contact"]
    message = str(refused.value)
    assert message.startswith("'Corporate Parenting Update' cannot be marked 'Submitted' while the completeness "
                              "check finds 2 problems; put them right first:\n- ")
    assert "- 'Recommendation/s' has no recommendations" in message


def test_a_report_that_became_incomplete_cannot_be_cleared_either():
    report = with_status(complete_committee_report(), COMMITTEE, SUBMITTED)
    report.header["senior_officer"] = ""
    with pytest.raises(ReportNotReady, match="1 problem; put it right first"):
        check_status_change(report, COMMITTEE, CLEARED)


@pytest.mark.parametrize("start", [SUBMITTED, CLEARED])
def test_a_report_can_be_returned_to_draft_even_when_incomplete(start):
    report = complete_committee_report()
    report.status = start
    report.section("summary").blocks.clear()  # incomplete now
    assert with_status(report, COMMITTEE, DRAFT).status is DRAFT


@pytest.mark.parametrize("start, target", [(DRAFT, CLEARED), (DRAFT, PUBLISHED), (SUBMITTED, PUBLISHED),
                                           (CLEARED, SUBMITTED), (DRAFT, DRAFT)])
def test_steps_cannot_be_skipped(start, target):
    report = complete_committee_report()
    report.status = start
    expected = f"is '{start.label}' and cannot become '{target.label}': it can go to"
    with pytest.raises(ValidationError, match=expected):
        check_status_change(report, COMMITTEE, target)


def test_a_published_report_stays_published():
    report = complete_committee_report()
    report.status = PUBLISHED
    with pytest.raises(ValidationError, match="a correction is published as a new report"):
        check_status_change(report, COMMITTEE, DRAFT)


def test_a_report_is_checked_against_its_own_template():
    with pytest.raises(ValidationError, match="uses the template 'committee-report', not 'scrutiny-report'"):
        check_status_change(complete_committee_report(), template("scrutiny-report"), SUBMITTED)
