"""Live mode on a November meeting whose minutes are started (numbered from 18), with a
clock the test sets."""

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from lscb_desktop.services import minutes_approval_service, minutes_service
from lscb_desktop.ui.minutes_live_window import LiveMinutesWindow
from tests.services.minutes_fixtures import board, meeting

SEPT, NOV = date(2018, 9, 18), date(2018, 11, 13)
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Clock:
    now: datetime = datetime(2018, 11, 13, 16, 12, 40)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@dataclass
class Meetings:
    september: int  # held, so that its minutes can be approved in November
    november: int


@pytest.fixture
def meetings(db) -> Meetings:
    """Two meetings of the board, each with the standard items, two reports, a verbal update
    and a Part 2 item; the September one gives November a third quick insert."""
    b = board(db)
    return Meetings(meeting(db, b.committee_id, SEPT, held=True),
                    meeting(db, b.committee_id, NOV))


@pytest.fixture
def november(meetings):
    return meetings.november


@pytest.fixture
def minuted(db, november):
    minutes_service.start_minutes(db, november, first=18)
    return november


@pytest.fixture
def open_live(qtbot, db, clock):
    def open_on(meeting_id: int) -> LiveMinutesWindow:
        window = LiveMinutesWindow(db, meeting_id, clock=clock)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window
    return open_on


def stored(db, meeting_id: int, title: str):
    return next(m for m in minutes_service.get_minutes(db, meeting_id) if m.title == title)


def numbered(db, meeting_id: int) -> list[tuple[int, str]]:
    return [(m.number, m.title) for m in minutes_service.get_minutes(db, meeting_id)]


def approve_september(db, meetings: Meetings) -> None:
    """The November meeting approves September's minutes: they are locked."""
    if minutes_service.find_record(db, meetings.november) is None:
        minutes_service.start_minutes(db, meetings.november, first=18)
    minutes_approval_service.approve_minutes(db, meetings.september, meetings.november,
                                             "Julie Zientek", today=NOV)
