"""The demo's held meeting's minutes (the "minutes" of a meeting in
resources/demo/corporate_parenting.json), written through the services a clerk uses, so the
demo proves them: attendance, officers and others present, declarations, each minute's
narrative and decisions, the times, and the actions arising.

Members, items and minutes are named by their titles in the file; texts may name
{previous_meeting} (eight weeks before the meeting), and actions fall due `due_weeks` after
the meeting, since the demo's dates depend on the day it is loaded."""

from dataclasses import replace
from datetime import time, timedelta

from sqlite_utils import Database

from ..domain.actions import Action, ActionStatus
from ..domain.attendance import AttendanceStatus, Attendee, AttendeeKind
from ..domain.dates import long_date
from ..domain.decisions import Decision, DecisionKind, Vote
from ..domain.declarations import InterestKind
from ..store import agenda_repo, committee_repo, meeting_repo
from . import action_service, attendance_service, minutes_service

PREVIOUS_MEETING_INTERVAL = timedelta(weeks=8)


def load_demo_minutes(db: Database, meeting_id: int, data: dict) -> None:
    meeting = meeting_repo.get(db, meeting_id)
    texts = {"previous_meeting": long_date(meeting.date - PREVIOUS_MEETING_INTERVAL)}
    minutes_service.start_minutes(db, meeting_id, data.get("first_number"))
    _attendance(db, meeting_id, data)
    by_title = {m.title: m for m in minutes_service.get_minutes(db, meeting_id)}
    for title, written in data.get("items", {}).items():
        minute = by_title[title]
        minutes_service.update_minute(db, replace(
            minute,
            narrative=written.get("narrative", minute.narrative).format(**texts),
            decisions=[_decision(d, texts) for d in written.get("decisions", [])],
        ))
    minutes_service.set_times(db, meeting_id, time.fromisoformat(data["commenced"]),
                              time.fromisoformat(data["concluded"]))
    for action in data.get("actions", []):
        action_service.add_action(db, by_title[action["item"]].id, Action(
            description=action["description"], owner=action["owner"],
            due=meeting.date + timedelta(weeks=action["due_weeks"]),
            status=ActionStatus(action.get("status", "open")),
        ))


def _attendance(db: Database, meeting_id: int, data: dict) -> None:
    for record in attendance_service.attendance(db, meeting_id):
        marked = data.get("attendance", {}).get(record.name)
        if marked:
            attendance_service.set_attendance(db, record.id, AttendanceStatus(marked["status"]),
                                              marked.get("substitute", ""))
    attendance_service.set_attendees(db, meeting_id, [
        *(Attendee(o["name"], o["capacity"], AttendeeKind.OFFICER) for o in data["officers"]),
        *(Attendee(o["name"], o["capacity"], AttendeeKind.OTHER) for o in data.get("others", [])),
    ])
    meeting = meeting_repo.get(db, meeting_id)
    members = {m.name: m.id for m in committee_repo.members(db, meeting.committee_id)}
    items = {i.title: i.id for i in agenda_repo.items(db, meeting_id)}
    for d in data.get("declarations", []):
        attendance_service.declare_interest(db, meeting_id, members[d["member"]], items[d["item"]],
                                            InterestKind(d["kind"]), d.get("description", ""))


def _decision(data: dict, texts: dict) -> Decision:
    vote = data.get("vote")
    return Decision(
        text=data["text"].format(**texts),
        kind=DecisionKind(data.get("kind", "resolved")),
        recommend_to=data.get("recommend_to", ""),
        vote=Vote(vote["for"], vote["against"], vote["abstentions"]) if vote else None,
    )
