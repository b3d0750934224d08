"""The forward plan: entries grouped by meeting and month with standing items last, added,
edited, reordered and moved between meetings (what drag and drop calls), with warnings."""

from dataclasses import replace
from datetime import date

import pytest

from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.domain.forward_plan import EntryKind, EntryStatus
from lscb_desktop.services import forward_plan_service as plan_service
from lscb_desktop.services import meeting_service
from lscb_desktop.store import forward_plan_repo

from forward_plan_fixtures import add, committee, planned_year


def titles(db, plan, meeting):
    group = next(g for g in plan_service.forward_plan(db, plan.committee_id)
                 if g.meeting_id == plan.meetings[meeting])
    return [r.entry.title for r in group.rows]


def test_the_plan_reads_like_the_reference_table(db):
    plan = planned_year(db)
    add(db, plan, "Fostering Panel Report", 2, sub_group="Permanence", lead_officer="Diane Grist")
    add(db, plan, "IRO Annual Report", 2, kind=EntryKind.ANNUAL_REPORT)
    add(db, plan, "Review of Terms of Reference", target_month="2019-08")
    add(db, plan, "LGA questions for each focus area")
    add(db, plan, "Update from Elected Members", kind=EntryKind.STANDING)
    groups = plan_service.forward_plan(db, plan.committee_id, since=date(2019, 7, 1))
    assert [g.heading for g in groups] == [
        "Tuesday 16 July 2019", "August 2019 (date to be fixed)", "Tuesday 17 September 2019",
        "Tuesday 19 November 2019", "Tuesday 21 January 2020", "Tuesday 17 March 2020",
        "Not yet scheduled", "Standing items"]
    september = groups[2]
    assert [r.entry.title for r in september.rows] == ["Fostering Panel Report",
                                                      "IRO Annual Report"]
    assert september.rows[0].meeting_date == date(2019, 9, 17)
    assert september.rows[0].entry.target_month == "2019-09"  # the meeting fixes its month
    assert groups[-1].standing and groups[-1].rows[0].entry.title == "Update from Elected Members"


def test_every_meeting_is_a_group_when_no_date_is_given_so_entries_can_be_dropped_on_it(db):
    plan = planned_year(db)
    groups = plan_service.forward_plan(db, plan.committee_id)
    assert [g.meeting_id for g in groups if g.meeting_id] == plan.meetings
    assert [g.heading for g in groups][-1] == "Standing items"


def test_an_entry_is_edited_but_keeps_its_place_and_status(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "Fostering Panel Report", 2)
    edited = replace(plan_service.get_entry(db, entry_id), title="Fostering Panel Annual Report",
                     lead_officer="Diane Grist", status=EntryStatus.CONSIDERED, meeting_id=None)
    plan_service.update_entry(db, edited)
    entry = plan_service.get_entry(db, entry_id)
    assert (entry.title, entry.lead_officer) == ("Fostering Panel Annual Report", "Diane Grist")
    assert (entry.status, entry.meeting_id) == (EntryStatus.PLANNED, plan.meetings[2])


def test_an_entry_becoming_a_standing_item_leaves_its_meeting(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "Update report", 2)
    plan_service.update_entry(db, replace(plan_service.get_entry(db, entry_id),
                                          kind=EntryKind.STANDING))
    entry = plan_service.get_entry(db, entry_id)
    assert (entry.meeting_id, entry.target_month) == (None, None)


def test_reordering_within_a_meeting(db):
    plan = planned_year(db)
    ids = [add(db, plan, t, 1) for t in ("A", "B", "C")]
    plan_service.reorder_entry(db, ids[2], 0)
    assert titles(db, plan, 1) == ["C", "A", "B"]


def test_moving_to_another_meeting_places_it_and_closes_the_gap(db):
    plan = planned_year(db)
    ids = [add(db, plan, t, 1) for t in ("A", "B", "C")]
    add(db, plan, "X", 2)
    plan_service.move_entry(db, ids[0], plan.meetings[2], index=0)
    assert titles(db, plan, 1) == ["B", "C"]
    assert titles(db, plan, 2) == ["A", "X"]
    assert [e.position for e in plan_service.entries(db, plan.committee_id)
            if e.meeting_id == plan.meetings[1]] == [0, 1]
    plan_service.move_entry(db, ids[1], month="2019-08")
    entry = plan_service.get_entry(db, ids[1])
    assert (entry.meeting_id, entry.target_month) == (None, "2019-08")


def test_a_deleted_meeting_leaves_its_entries_in_its_month(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "Fostering Panel Report", 2)
    meeting_service.delete_meeting(db, plan.meetings[2])
    entry = plan_service.get_entry(db, entry_id)
    assert (entry.meeting_id, entry.target_month) == (None, "2019-09")


@pytest.mark.parametrize("kw, words", [
    ({"kind": EntryKind.STANDING}, "standing item"),
    ({"status": EntryStatus.ON_AGENDA}, "defer it"),
    ({"status": EntryStatus.WITHDRAWN, "status_reason": "No longer needed"}, "plan's record"),
])
def test_entries_that_cannot_be_dragged_say_what_to_do(db, kw, words):
    plan = planned_year(db)
    entry_id = add(db, plan, "Item", None if kw.get("kind") else 1)
    forward_plan_repo.update(db, replace(plan_service.get_entry(db, entry_id), **kw))
    with pytest.raises(ValidationError, match=words):
        plan_service.move_entry(db, entry_id, plan.meetings[2])


def test_an_entry_cannot_target_another_committees_meeting(db):
    plan = planned_year(db)
    other = committee(db, "Scrutiny Committee")
    other_meeting = meeting_service.create_meeting(db, other, date(2019, 6, 4))
    entry_id = add(db, plan, "Item", 1)
    with pytest.raises(ValidationError, match="another committee"):
        plan_service.move_entry(db, entry_id, other_meeting)
    assert plan_service.get_entry(db, entry_id).meeting_id == plan.meetings[1]


def test_notice_warnings_show_in_the_plan_and_per_meeting(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "Residential Homes Contract", 2, part=2, exempt_paragraphs=[3],
                   key_decision=True, decision_maker="Cabinet",
                   first_published=date(2019, 9, 1), notice_28_given=date(2019, 8, 1))
    add(db, plan, "Fostering Panel Report", 2)
    codes = [w.code for w in plan_service.warnings_for(db, entry_id)]
    assert codes == ["key_decision_short", "private_5_missing"]
    [(entry, warnings)] = plan_service.meeting_warnings(db, plan.meetings[2])
    assert entry.id == entry_id and len(warnings) == 2
    row = next(r for g in plan_service.forward_plan(db, plan.committee_id) for r in g.rows
               if r.entry.id == entry_id)
    assert [w.code for w in row.warnings] == codes


def test_deleting_an_entry_and_what_is_not_found(db):
    plan = planned_year(db)
    entry_id = add(db, plan, "Item", 1)
    plan_service.delete_entry(db, entry_id)
    with pytest.raises(NotFound, match=f"no forward plan entry with id {entry_id}"):
        plan_service.get_entry(db, entry_id)
    with pytest.raises(NotFound):
        plan_service.forward_plan(db, 999)


def test_an_invalid_entry_is_not_added(db):
    plan = planned_year(db)
    with pytest.raises(ValidationError, match="Schedule 12A"):
        add(db, plan, "Exempt", 1, part=2)
    assert plan_service.entries(db, plan.committee_id) == []
