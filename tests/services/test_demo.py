from datetime import date

from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.domain.preferences import COUNCIL_NAME
from lscb_desktop.services import agenda_service, committee_service, demo_service, meeting_service
from lscb_desktop.services import settings_service


def test_the_demo_has_a_committee_a_held_meeting_and_an_upcoming_agenda(db):
    today = date(2026, 11, 22)
    cid = demo_service.load_demo(db, today)
    committee = committee_service.get_committee(db, cid)
    members = committee_service.members(db, cid)
    assert 8 <= len(members) <= 10
    assert {m.role.value for m in members} >= {"Chairman", "Vice-Chairman"}
    assert committee_service.officers(db, cid)

    meetings = meeting_service.list_meetings(db, cid)
    assert [s.meeting.status for s in meetings][:2] == [MeetingStatus.HELD, MeetingStatus.DRAFT]
    upcoming = meeting_service.upcoming_meeting(db, today)
    assert upcoming.date > today
    assert not meeting_service.deadline(db, upcoming, today).passed
    items = agenda_service.agenda(db, upcoming.id)
    kinds = {i.kind.value for i in items}
    assert kinds == {"standard", "report", "verbal"}
    assert any(i.part == 2 and i.exempt_paragraphs for i in items)
    assert items[2].purpose.startswith("To approve the minutes of the meeting held on")
    assert meeting_service.future_meetings(db, upcoming)
    assert committee.name == "Corporate Parenting Committee"
    assert settings_service.get(db, COUNCIL_NAME) == "Borsetshire Council"


def test_loading_the_demo_twice_adds_nothing(db):
    first = demo_service.load_demo(db)
    counts = (len(meeting_service.list_meetings(db)), len(committee_service.list_committees(db)))
    assert demo_service.load_demo(db) == first
    assert (len(meeting_service.list_meetings(db)), len(committee_service.list_committees(db))) == counts
