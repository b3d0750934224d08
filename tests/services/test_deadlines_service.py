"""The deadlines dashboard: every planned report with its draft and final due dates, soonest
first, overdue ones flagged, delivered ones left out."""

from datetime import date

import pytest

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.forward_plan import EntryKind
from lscb_desktop.domain.preferences import CLEAR_DAYS
from lscb_desktop.domain.report_deadlines import ChaseStage, DeadlineOffsets
from lscb_desktop.services import deadlines_service, report_service, settings_service
from lscb_desktop.services import template_service
from lscb_desktop.services import plan_to_agenda_service as to_agenda

from forward_plan_fixtures import add, planned_year
from report_service_fixtures import fill_completely


def test_a_committee_has_the_default_offsets_until_it_sets_its_own(db):
    plan = planned_year(db)
    assert deadlines_service.offsets(db, plan.committee_id) == DeadlineOffsets(10, 3)
    deadlines_service.save_offsets(db, plan.committee_id, DeadlineOffsets(15, 5))
    assert deadlines_service.offsets(db, plan.committee_id) == DeadlineOffsets(15, 5)
    with pytest.raises(ValidationError, match="the draft comes first"):
        deadlines_service.save_offsets(db, plan.committee_id, DeadlineOffsets(2, 5))
    assert deadlines_service.offsets(db, plan.committee_id) == DeadlineOffsets(15, 5)


def test_planned_reports_are_listed_by_due_date_with_the_overdue_flagged(db):
    plan = planned_year(db)
    add(db, plan, "September Report", 2, lead_officer="Diane Grist")
    add(db, plan, "July Annual Report", 1, kind=EntryKind.ANNUAL_REPORT)
    add(db, plan, "July Verbal Update", 1, kind=EntryKind.VERBAL)  # no report: not listed
    add(db, plan, "Unscheduled Report")  # no meeting: no deadline yet
    rows = deadlines_service.dashboard(db, today=date(2019, 6, 24))
    assert [r.entry.title for r in rows] == ["July Annual Report", "September Report"]
    july = rows[0]
    # Tuesday 16 July 2019: published by Monday 8 July; draft 10 and final 3 working days before.
    assert (july.dates.publication, july.dates.draft, july.dates.final) == (
        date(2019, 7, 8), date(2019, 6, 24), date(2019, 7, 3))
    assert (july.report_id, july.report_status, july.overdue) == (None, None, False)
    late = deadlines_service.dashboard(db, today=date(2019, 6, 26), overdue_only=True)
    assert [(r.entry.title, r.state.days_overdue) for r in late] == [("July Annual Report", 2)]


def test_a_report_leaves_the_draft_chase_when_submitted_and_the_list_when_cleared(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "July Report", 1, lead_officer="Bev Harding")
    to_agenda.plan_to_agenda(db, plan.meetings[1], "committee-report")
    row = deadlines_service.entry_deadlines(db, entry_id, today=date(2019, 6, 28))
    assert (row.state.stage, row.overdue, row.report_status.value) == (ChaseStage.DRAFT, True,
                                                                       "draft")
    report_id = row.report_id
    template = template_service.get_template(db, "committee-report")
    report_service.save_report(db, fill_completely(report_service.get_report(db, report_id),
                                                   template))
    report_service.change_status(db, report_id, "submitted", by="Bev Harding")
    row = deadlines_service.entry_deadlines(db, entry_id, today=date(2019, 6, 28))
    assert (row.state.stage, row.state.due, row.overdue) == (ChaseStage.FINAL, date(2019, 7, 3),
                                                            False)
    report_service.change_status(db, report_id, "cleared", by="Senior Officer")
    assert deadlines_service.dashboard(db, today=date(2019, 7, 10)) == []
    [done] = deadlines_service.dashboard(db, today=date(2019, 7, 10), include_delivered=True)
    assert done.state.stage is ChaseStage.DONE


def test_offsets_and_the_wales_setting_move_the_due_dates(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "July Report", 1)
    deadlines_service.save_offsets(db, plan.committee_id, DeadlineOffsets(5, 0))
    settings_service.set_value(db, CLEAR_DAYS, 3)
    row = deadlines_service.entry_deadlines(db, entry_id, today=date(2019, 6, 1))
    assert (row.dates.publication, row.dates.draft, row.dates.final) == (
        date(2019, 7, 10), date(2019, 7, 3), date(2019, 7, 10))


def test_one_committees_dashboard_and_entries_without_deadlines(db):
    plan = planned_year(db)
    verbal = add(db, plan, "Verbal", 1, kind=EntryKind.VERBAL)
    add(db, plan, "July Report", 1)
    assert len(deadlines_service.dashboard(db, date(2019, 6, 1), plan.committee_id)) == 1
    with pytest.raises(ValidationError, match="only a report planned for a meeting"):
        deadlines_service.entry_deadlines(db, verbal)
