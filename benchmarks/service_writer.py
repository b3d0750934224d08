"""Writing a council plan (council_plan.py) through the services a clerk and an author use,
call by call: far too slow for twenty years, but the reference the bulk writer is checked
against (test_benchmarks.py writes a small plan both ways and compares the databases)."""

from dataclasses import replace

from sqlite_utils import Database

from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import (
    action_service, agenda_service, attendance_service, committee_service, meeting_service,
    minutes_approval_service, minutes_service, report_service,
)

from .bulk_writer import PUBLISHING_STEPS
from .council_plan import CommitteePlan, MeetingPlan


def write_council(db: Database, plans) -> None:
    for plan in plans:
        _write_committee(db, plan)


def _write_committee(db: Database, plan: CommitteePlan) -> None:
    committee_id = committee_service.create_committee(db, replace(plan.committee))
    member_ids = [committee_service.save_member(db, replace(m, committee_id=committee_id))
                  for m in plan.members]
    for officer in plan.officers:
        committee_service.save_officer(db, replace(officer, committee_id=committee_id))
    previous = None
    for planned in plan.meetings:
        meeting_id = _write_meeting(db, committee_id, member_ids, planned)
        if previous is not None:
            minutes_approval_service.approve_minutes(db, previous, meeting_id, planned.clerk,
                                                     today=planned.date)
        previous = meeting_id


def _write_meeting(db: Database, committee_id: int, member_ids: list[int],
                   planned: MeetingPlan) -> int:
    meeting_id = meeting_service.create_meeting(db, committee_id, planned.date,
                                                clerk=planned.clerk)
    item_ids = []
    for plan in planned.items:
        item_id = agenda_service.add_item(db, meeting_id, plan.item)
        item_ids.append(item_id)
        if plan.report is not None:
            _write_report(db, item_id, plan.report)
    meeting_service.set_status(db, meeting_id, MeetingStatus.AGENDA_PUBLISHED,
                               today=planned.published_on)
    meeting_service.set_status(db, meeting_id, MeetingStatus.HELD)
    minutes_service.start_minutes(db, meeting_id)
    by_member = {m: i for i, m in enumerate(member_ids)}
    for record in attendance_service.attendance(db, meeting_id):
        marked = planned.absent.get(by_member[record.member_id])
        if marked:
            attendance_service.set_attendance(db, record.id, *marked)
    attendance_service.set_attendees(db, meeting_id, planned.attendees)
    for member_index, item_index, kind, words in planned.declarations:
        attendance_service.declare_interest(db, meeting_id, member_ids[member_index],
                                            item_ids[item_index], kind, words)
    minutes = {m.agenda_item_id: m for m in minutes_service.get_minutes(db, meeting_id)}
    for item_id, plan in zip(item_ids, planned.items):
        minutes_service.update_minute(db, replace(minutes[item_id], narrative=plan.narrative,
                                                  decisions=list(plan.decisions)))
    minutes_service.set_times(db, meeting_id, planned.commenced, planned.concluded)
    for item_index, action in planned.actions:
        action_service.add_action(db, minutes[item_ids[item_index]].id, action)
    return meeting_id


def _write_report(db: Database, item_id: int, planned) -> None:
    """As demo_reports.load_demo_report: create on the item, save what was written (the
    header's blanks filled from the meeting), then publish through the status changes."""
    report_id = report_service.create_report(db, planned.template_id, item_id)
    created = report_service.get_report(db, report_id)
    written = replace(planned, id=report_id, header={
        key: value or created.header.get(key, "")
        for key, value in {**created.header, **planned.header}.items()})
    report_service.save_report(db, written)
    author = planned.header["report_of"]
    for _, status in PUBLISHING_STEPS:
        report_service.change_status(db, report_id, status, author)
