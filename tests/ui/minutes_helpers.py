"""Shared set-up for the minutes page tests: a committee with members, a held meeting with
a Part 2 item, and the next meeting, both minuted."""

from dataclasses import dataclass
from datetime import date

from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.domain.committee import Member, MemberRole
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import agenda_service, committee_service, meeting_service

from meeting_helpers import make_committee

HELD_ON = date(2018, 11, 13)
NEXT_ON = date(2019, 1, 22)
MEMBERS = [("J Saunders", MemberRole.CHAIRMAN), ("D Flude", MemberRole.VICE_CHAIRMAN),
           ("L Durham", MemberRole.MEMBER), ("M Grant", MemberRole.MEMBER)]


@dataclass
class Board:
    committee_id: int
    held_id: int  # 13 November 2018, held
    next_id: int  # 22 January 2019


def make_board(db) -> Board:
    committee_id = make_committee(db)
    for name, role in MEMBERS:
        committee_service.save_member(db, Member(name, role, committee_id=committee_id))
    held = meeting_service.create_meeting(db, committee_id, HELD_ON)
    for item in (AgendaItem("Corporate Parenting Strategy", "To consider the strategy."),
                 AgendaItem("Update Report", "To note the update."),
                 AgendaItem("Fostering Panel Annual Report", part=2, exempt_paragraphs=[1])):
        agenda_service.add_item(db, held, item)
    for status in (MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD):
        meeting_service.set_status(db, held, status, today=HELD_ON)
    following = meeting_service.create_meeting(db, committee_id, NEXT_ON)
    return Board(committee_id, held, following)
