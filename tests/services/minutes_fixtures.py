"""A committee with members over time and meetings whose agendas can be minuted."""

from dataclasses import dataclass
from datetime import date

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.committee import Committee, Member, MemberRole, MinuteNumbering
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import agenda_service, committee_service, meeting_service


@dataclass
class Board:
    committee_id: int
    members: dict[str, int]  # member ids by name


def board(db, name="Corporate Parenting Committee",
          numbering=MinuteNumbering.MUNICIPAL_YEAR) -> Board:
    committee_id = committee_service.create_committee(
        db, Committee(name, "Committee Room 2", minute_numbering=numbering))
    people = [
        Member("J Saunders", MemberRole.CHAIRMAN),
        Member("D Flude", MemberRole.VICE_CHAIRMAN),
        Member("L Durham"),
        Member("M Grant"),
        Member("O Hunter"),
        Member("Left Early", end_date=date(2018, 6, 30)),
        Member("S Edgar", MemberRole.SUBSTITUTE),
        Member("Kate Foster", MemberRole.CO_OPTED, "Foster Carers' Association"),
    ]
    ids = {m.name: committee_service.save_member(db, Member(**{**m.__dict__,
                                                              "committee_id": committee_id}))
           for m in people}
    return Board(committee_id, ids)


def meeting(db, committee_id: int, on: date, *items: AgendaItem, held: bool = False) -> int:
    """A meeting opened with the standard items, then `items` (default: two reports, a verbal
    update and a Part 2 item)."""
    meeting_id = meeting_service.create_meeting(db, committee_id, on)
    items = items or (
        AgendaItem("Corporate Parenting Strategy", "To consider the strategy."),
        AgendaItem("Update Report", "To note the update."),
        AgendaItem("Voice of Children", kind=ItemKind.VERBAL),
        AgendaItem("Fostering Panel Annual Report", part=2, exempt_paragraphs=[1, 2]),
    )
    for item in items:
        agenda_service.add_item(db, meeting_id, item)
    if held:
        for status in (MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.HELD):
            meeting_service.set_status(db, meeting_id, status, today=on)
    return meeting_id
