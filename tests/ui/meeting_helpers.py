"""Shared set-up for the meeting and agenda UI tests: the reference committee and meeting
(Corporate Parenting Committee, Tuesday 22 January 2019, 4.00 pm)."""

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lscb_desktop.domain.agenda import AgendaItem
from lscb_desktop.domain.committee import Committee, Officer
from lscb_desktop.services import agenda_service, committee_service, meeting_service

MEETING_DATE = date(2019, 1, 22)
VENUE = "Committee Suite 2/3 - Westfields, Middlewich Road, Sandbach"


def make_committee(db, name="Corporate Parenting Committee") -> int:
    committee_id = committee_service.create_committee(
        db, Committee(name=name, default_venue=VENUE, default_start_time=time(16, 0))
    )
    committee_service.save_officer(
        db, Officer(name="Kerry Birtles", job_title="Head of Service", committee_id=committee_id)
    )
    return committee_id


def make_meeting(db, committee_id=None, day=MEETING_DATE, items=()) -> int:
    """A meeting opened with the three standard items, then `items` (titles) as reports."""
    committee_id = committee_id or make_committee(db)
    meeting_id = meeting_service.create_meeting(db, committee_id, day, clerk="Julie Zientek")
    for title in items:
        item = AgendaItem(title=title, purpose=f"To consider {title}.")
        agenda_service.add_item(db, meeting_id, item)
    return meeting_id


def titles(db, meeting_id) -> list[str]:
    return [item.title for item in agenda_service.agenda(db, meeting_id)]


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
