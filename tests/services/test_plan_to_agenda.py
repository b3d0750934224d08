"""From plan to agenda in one action; deferring, withdrawing and considering entries."""

from datetime import date, datetime, timezone

import pytest

from lscb_desktop.domain.agenda import ItemKind
from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.domain.forward_plan import EntryKind, EntryStatus
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import agenda_service, meeting_service, report_service
from lscb_desktop.services import forward_plan_service as plan_service
from lscb_desktop.services import plan_to_agenda_service as to_agenda
from lscb_desktop.services import template_service

from forward_plan_fixtures import add, planned_year
from report_service_fixtures import fill_completely

TEMPLATE = "committee-report"


def a_plan(db):
    """July: two reports, a verbal update and a private key decision; two standing items."""
    plan = planned_year(db)
    add(db, plan, "Update from Elected Members", kind=EntryKind.STANDING,
        lead_officer="Councillor J Saunders")
    add(db, plan, "Input from Children and Young People", kind=EntryKind.STANDING)
    ids = {
        "scorecard": add(db, plan, "Performance Scorecard (Q4)", 1, lead_officer="Bev Harding"),
        "annual": add(db, plan, "Draft Annual Report", 1, kind=EntryKind.ANNUAL_REPORT,
                      lead_officer="Keith Martin"),
        "verbal": add(db, plan, "Frontline Visits", 1, kind=EntryKind.VERBAL),
        "contract": add(db, plan, "Residential Homes Contract", 1, part=2, exempt_paragraphs=[3],
                        key_decision=True, decision_maker="Cabinet", lead_officer="Gill Betton"),
    }
    return plan, ids


def agenda_titles(db, meeting_id):
    return [i.title for i in agenda_service.agenda(db, meeting_id)]


def test_planned_entries_and_standing_items_become_the_agenda_in_one_action(db):
    plan, ids = a_plan(db)
    july = plan.meetings[1]
    placed = to_agenda.plan_to_agenda(db, july, TEMPLATE)
    assert agenda_titles(db, july) == [
        "Apologies for Absence", "Update from Elected Members",
        "Input from Children and Young People", "Performance Scorecard (Q4)",
        "Draft Annual Report", "Frontline Visits", "Residential Homes Contract"]
    items = {i.title: i for i in agenda_service.agenda(db, july)}
    assert items["Frontline Visits"].kind is ItemKind.VERBAL
    assert (items["Residential Homes Contract"].part,
            items["Residential Homes Contract"].exempt_paragraphs) == (2, [3])
    assert len(placed) == 6 and sum(p.report_id is not None for p in placed) == 3
    for key in ("scorecard", "annual", "verbal", "contract"):
        entry = plan_service.get_entry(db, ids[key])
        assert entry.status is EntryStatus.ON_AGENDA
        assert agenda_service.agenda(db, july)[0].id != entry.agenda_item_id


def test_each_report_entry_gets_an_empty_report_assigned_to_its_lead_officer(db):
    plan, ids = a_plan(db)
    to_agenda.plan_to_agenda(db, plan.meetings[1], TEMPLATE)
    entry = plan_service.get_entry(db, ids["scorecard"])
    report = report_service.get_report(db, entry.report_id)
    assert report.template_id == TEMPLATE and report.status.value == "draft"
    assert report.header["report_title"] == "Performance Scorecard (Q4)"
    assert report.header["report_of"] == "Bev Harding"
    assert report.header["meeting_date"] == "2019-07-16"
    assert report.header["key_decision"] == ""
    assert report_service.report_for_item(db, entry.agenda_item_id) == entry.report_id
    contract = plan_service.get_entry(db, ids["contract"])
    assert report_service.get_report(db, contract.report_id).header["key_decision"] == "Yes"
    assert plan_service.get_entry(db, ids["verbal"]).report_id is None


def test_running_it_again_adds_only_what_was_planned_since(db):
    plan, _ = a_plan(db)
    july = plan.meetings[1]
    to_agenda.plan_to_agenda(db, july, TEMPLATE)
    before = agenda_titles(db, july)
    assert to_agenda.plan_to_agenda(db, july, TEMPLATE) == []
    add(db, plan, "Late Addition", 1, kind=EntryKind.VERBAL)
    to_agenda.plan_to_agenda(db, july)  # no report to make: no template needed
    assert agenda_titles(db, july) == before[:-1] + ["Late Addition", before[-1]]  # Part 2 last


def test_entries_planned_only_for_the_month_come_to_its_meeting(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "Review of Terms of Reference", target_month="2019-07",
                   kind=EntryKind.VERBAL)
    to_agenda.plan_to_agenda(db, plan.meetings[1])
    entry = plan_service.get_entry(db, entry_id)
    assert (entry.meeting_id, entry.status) == (plan.meetings[1], EntryStatus.ON_AGENDA)


def test_standing_items_recur_at_every_meeting_without_being_typed_again(db):
    plan, _ = a_plan(db)
    for meeting_id in plan.meetings[2:4]:
        to_agenda.plan_to_agenda(db, meeting_id)
        assert agenda_titles(db, meeting_id)[1:] == ["Update from Elected Members",
                                                    "Input from Children and Young People"]


@pytest.mark.parametrize("template, error, words", [
    (None, ValidationError, "choose the report template"),
    ("no-such-template", NotFound, "no report template"),
])
def test_without_a_usable_template_nothing_is_added(db, template, error, words):
    plan, ids = a_plan(db)
    with pytest.raises(error, match=words):
        to_agenda.plan_to_agenda(db, plan.meetings[1], template)
    assert agenda_titles(db, plan.meetings[1]) == ["Apologies for Absence"]
    assert plan_service.get_entry(db, ids["scorecard"]).status is EntryStatus.PLANNED


def test_a_published_agenda_takes_nothing_from_the_plan(db):
    plan, _ = a_plan(db)
    meeting_service.set_status(db, plan.meetings[1], MeetingStatus.AGENDA_PUBLISHED,
                               today=date(2019, 7, 1))
    with pytest.raises(ValidationError, match="put the meeting back to draft"):
        to_agenda.plan_to_agenda(db, plan.meetings[1], TEMPLATE)


# Deferral --------------------------------------------------------------------------------

def test_deferring_moves_the_entry_to_the_next_meeting_and_records_why(db):
    plan, ids = a_plan(db)
    when = datetime(2019, 6, 1, 9, 30, tzinfo=timezone.utc)
    target = to_agenda.defer_entry(db, ids["annual"], "Awaiting inspection outcome", now=when)
    assert target == plan.meetings[2]
    entry = plan_service.get_entry(db, ids["annual"])
    assert (entry.status, entry.status_reason) == (EntryStatus.DEFERRED,
                                                   "Awaiting inspection outcome")
    [deferral] = to_agenda.deferrals(db, ids["annual"])
    assert (deferral.from_date, deferral.to_date) == (date(2019, 7, 16), date(2019, 9, 17))
    assert (deferral.reason, deferral.deferred_at) == ("Awaiting inspection outcome", when)
    to_agenda.plan_to_agenda(db, plan.meetings[2], TEMPLATE)  # deferred entries come too
    assert "Draft Annual Report" in agenda_titles(db, plan.meetings[2])


def test_deferring_an_item_on_a_draft_agenda_takes_it_off_and_its_report_follows_it(db):
    plan, ids = a_plan(db)
    to_agenda.plan_to_agenda(db, plan.meetings[1], TEMPLATE)
    report_id = plan_service.get_entry(db, ids["scorecard"]).report_id
    to_agenda.defer_entry(db, ids["scorecard"], "Data not validated in time",
                          to_meeting_id=plan.meetings[3])
    assert "Performance Scorecard (Q4)" not in agenda_titles(db, plan.meetings[1])
    assert report_service.get_report(db, report_id).id == report_id  # kept, unlinked
    to_agenda.plan_to_agenda(db, plan.meetings[3], TEMPLATE)
    entry = plan_service.get_entry(db, ids["scorecard"])
    assert entry.report_id == report_id
    assert report_service.report_for_item(db, entry.agenda_item_id) == report_id
    assert report_service.get_report(db, report_id).header["meeting_date"] == "2019-11-19"


def test_an_item_deferred_at_a_held_meeting_stays_on_its_agenda_as_the_record(db):
    plan, ids = a_plan(db)
    july = plan.meetings[1]
    to_agenda.plan_to_agenda(db, july, TEMPLATE)
    meeting_service.set_status(db, july, MeetingStatus.AGENDA_PUBLISHED, today=date(2019, 7, 5))
    to_agenda.defer_entry(db, ids["verbal"], "Officer unwell")
    assert "Frontline Visits" in agenda_titles(db, july)
    assert plan_service.get_entry(db, ids["verbal"]).meeting_id == plan.meetings[2]


@pytest.mark.parametrize("reason, to, words", [
    ("  ", None, "Say why"),
    ("Reason", 0, "later meeting"),
])
def test_a_deferral_needs_a_reason_and_a_later_meeting(db, reason, to, words):
    plan, ids = a_plan(db)
    with pytest.raises(ValidationError, match=words):
        to_agenda.defer_entry(db, ids["annual"], reason,
                              to_meeting_id=None if to is None else plan.meetings[to])
    assert to_agenda.deferrals(db, ids["annual"]) == []


def test_deferring_from_the_last_meeting_asks_for_the_next_one_to_be_added(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "Item", 5)
    with pytest.raises(ValidationError, match="add its next meeting to the calendar"):
        to_agenda.defer_entry(db, entry_id, "Not ready")


def test_standing_items_are_not_deferred(db):
    plan, _ = a_plan(db)
    standing = next(e for e in plan_service.entries(db, plan.committee_id) if e.is_standing)
    with pytest.raises(ValidationError, match="standing item"):
        to_agenda.defer_entry(db, standing.id, "Not this time")


# Withdrawal and consideration ------------------------------------------------------------

def test_withdrawing_records_why_and_takes_the_item_off_a_draft_agenda(db):
    plan, ids = a_plan(db)
    to_agenda.plan_to_agenda(db, plan.meetings[1], TEMPLATE)
    to_agenda.withdraw_entry(db, ids["verbal"], "Covered by the update report")
    entry = plan_service.get_entry(db, ids["verbal"])
    assert (entry.status, entry.status_reason, entry.agenda_item_id) == (
        EntryStatus.WITHDRAWN, "Covered by the update report", None)
    assert "Frontline Visits" not in agenda_titles(db, plan.meetings[1])
    with pytest.raises(ValidationError, match="plan's record"):
        to_agenda.defer_entry(db, ids["verbal"], "Changed our minds")


def test_a_withdrawn_standing_item_no_longer_comes_to_new_agendas(db):
    plan, _ = a_plan(db)
    standing = next(e for e in plan_service.entries(db, plan.committee_id) if e.is_standing)
    to_agenda.withdraw_entry(db, standing.id, "Replaced by the annual report")
    to_agenda.plan_to_agenda(db, plan.meetings[2])
    assert standing.title not in agenda_titles(db, plan.meetings[2])


def test_after_the_meeting_its_entries_are_considered(db):
    plan, ids = a_plan(db)
    july = plan.meetings[1]
    to_agenda.plan_to_agenda(db, july, TEMPLATE)
    with pytest.raises(ValidationError, match="mark it held first"):
        to_agenda.mark_considered(db, july)
    meeting_service.set_status(db, july, MeetingStatus.AGENDA_PUBLISHED, today=date(2019, 7, 5))
    meeting_service.set_status(db, july, MeetingStatus.HELD)
    assert to_agenda.mark_considered(db, july) == 4
    assert plan_service.get_entry(db, ids["annual"]).status is EntryStatus.CONSIDERED
    with pytest.raises(ValidationError, match="cannot be deleted"):
        plan_service.delete_entry(db, ids["annual"])


def test_a_carried_report_that_was_published_is_not_moved_a_new_one_is_made(db):
    plan, ids = a_plan(db)
    july = plan.meetings[1]
    to_agenda.plan_to_agenda(db, july, TEMPLATE)
    old = plan_service.get_entry(db, ids["scorecard"]).report_id
    template = template_service.get_template(db, TEMPLATE)
    report_service.save_report(db, fill_completely(report_service.get_report(db, old), template))
    for status in ("submitted", "cleared", "published"):
        report_service.change_status(db, old, status, by="Julie Zientek")
    meeting_service.set_status(db, july, MeetingStatus.AGENDA_PUBLISHED, today=date(2019, 7, 5))
    to_agenda.defer_entry(db, ids["scorecard"], "Deferred by the committee")
    to_agenda.plan_to_agenda(db, plan.meetings[2], TEMPLATE)
    new = plan_service.get_entry(db, ids["scorecard"]).report_id
    assert new != old
    assert report_service.get_report(db, old).status.value == "published"
