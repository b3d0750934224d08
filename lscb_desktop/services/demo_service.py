"""The demo committee (resources/demo), so that a first start has something real to show:
its meetings, a report for each report item of the upcoming meeting (demo_reports.py), the
held meeting's minutes (demo_minutes.py), and the later meetings from the committee's
pattern with its forward plan and report deadlines (demo_forward_plan.py).

Meeting dates are placed relative to `today`: the upcoming meeting is the first Tuesday at
least four weeks ahead, so its publication deadline is still to come."""

import json
from datetime import date, time, timedelta
from importlib.resources import files

from sqlite_utils import Database

from ..domain.agenda import AgendaItem, ItemKind
from ..domain.committee import Committee, Member, MemberRole, Officer
from ..domain.meeting import MeetingStatus
from ..domain.preferences import COUNCIL_NAME
from ..store import meeting_repo, settings_repo
from . import agenda_service, committee_service, meeting_service
from .demo_forward_plan import load_demo_calendar, load_demo_forward_plan
from .demo_minutes import load_demo_minutes
from .demo_reports import load_demo_report

DEMO_FILE = "corporate_parenting.json"


def demo_data() -> dict:
    return json.loads((files("lscb_desktop.resources") / "demo" / DEMO_FILE).read_text("utf-8"))


def upcoming_demo_date(today: date) -> date:
    """The first Tuesday at least 28 days after `today`."""
    day = today + timedelta(days=28)
    return day + timedelta(days=(1 - day.weekday()) % 7)


def load_demo(db: Database, today: date | None = None) -> int:
    """Load the demo committee and its meetings; if it is already there, change nothing.
    Returns the committee's id."""
    data = demo_data()
    existing = committee_service.find_committee(db, data["committee"]["name"])
    if existing:
        return existing.id
    anchor = upcoming_demo_date(today or date.today())
    with db.atomic():
        committee_id = _load_committee(db, data["committee"])
        for meeting in data["meetings"]:
            _load_meeting(db, committee_id, meeting, anchor + timedelta(weeks=meeting["weeks"]))
        upcoming = next(m for m in meeting_repo.for_committee(db, committee_id)
                        if m.date == anchor)
        load_demo_calendar(db, committee_id, upcoming, data["calendar"], data["deadline_offsets"])
        load_demo_forward_plan(db, committee_id)
        if settings_repo.get(db, COUNCIL_NAME) == COUNCIL_NAME.default:
            settings_repo.set(db, COUNCIL_NAME, data["council_name"])
    return committee_id


def _load_committee(db: Database, data: dict) -> int:
    committee_id = committee_service.create_committee(
        db,
        Committee(
            name=data["name"],
            default_venue=data["default_venue"],
            default_start_time=time.fromisoformat(data["default_start_time"]),
            terms_of_reference=data["terms_of_reference"],
        ),
    )
    for m in data["members"]:
        committee_service.save_member(
            db,
            Member(name=m["name"], role=MemberRole(m["role"]),
                   organisation=m.get("organisation", ""), committee_id=committee_id),
        )
    for o in data["officers"]:
        committee_service.save_officer(db, Officer(committee_id=committee_id, **o))
    return committee_id


def _load_meeting(db: Database, committee_id: int, data: dict, day: date) -> None:
    meeting_id = meeting_service.create_meeting(db, committee_id, day, clerk=data.get("clerk", ""))
    for item in data.get("items", []):
        item_id = agenda_service.add_item(
            db,
            meeting_id,
            AgendaItem(
                title=item["title"],
                purpose=item.get("purpose", ""),
                presenter=item.get("presenter", ""),
                kind=ItemKind(item.get("kind", "report")),
                part=item.get("part", 1),
                exempt_paragraphs=item.get("exempt_paragraphs", []),
            ),
        )
        if "report" in item:
            load_demo_report(db, item_id, item["report"])
    status = MeetingStatus(data["status"])
    if status is not MeetingStatus.DRAFT:
        meeting = meeting_repo.get(db, meeting_id)
        meeting.status = status
        meeting.published_on = meeting_service.deadline(db, meeting).publish_by
        meeting_repo.update(db, meeting)
    if "minutes" in data:
        load_demo_minutes(db, meeting_id, data["minutes"])
