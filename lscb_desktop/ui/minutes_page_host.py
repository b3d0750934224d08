"""The main window's minutes page: one page in the window's page stack, showing the minutes of
one meeting at a time, its undo stack in the window's undo group. Starting the minutes of a
meeting asks nothing: they are numbered on from the committee's last minute, which the page
shows and the clerk can change (Numbered from)."""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QStackedWidget, QWidget

from ..services import minutes_service
from . import messages
from .minutes_page import MinutesPage, open_approval_dialog


class MinutesPageHost(QObject):
    minutes_started = Signal(int)  # meeting id: the tree gains its Minutes row
    minutes_changed = Signal(int)  # meeting id whose minutes were approved
    status_message = Signal(str)

    def __init__(self, db, db_path: str | Path, pages: QStackedWidget, undo_group: QUndoGroup,
                 window: QWidget):
        super().__init__(window)
        self.db, self.window = db, window
        self.dialog = None  # the open approval dialog, if any
        self.page = MinutesPage(db, db_path, pages)
        self.page.status_message.connect(self.status_message)
        self.page.minutes_changed.connect(self.minutes_changed)
        pages.addWidget(self.page)
        undo_group.addStack(self.page.undo_stack)

    def is_started(self, meeting_id: int) -> bool:
        return minutes_service.find_record(self.db, meeting_id) is not None

    def start(self, meeting_id: int) -> bool:
        """Start the meeting's minutes if need be; False (the reason shown) if refused."""
        if self.is_started(meeting_id):
            return True
        try:
            minutes = minutes_service.start_minutes(self.db, meeting_id)
        except messages.USER_ERRORS as error:
            messages.show_error(self.window, "The minutes were not started", error)
            return False
        first = minutes[0].number if minutes else 1
        self.status_message.emit(
            f"Minutes started: {len(minutes)} minutes, numbered from {first}. Change the "
            "first number at the top of the page if the committee's count differs.")
        self.minutes_started.emit(meeting_id)
        return True

    def show(self, meeting_id: int, minute_id: int | None = None) -> MinutesPage:
        self.page.set_meeting(meeting_id, minute_id)
        return self.page

    def approve_previous(self, meeting_id: int) -> None:
        """At meeting `meeting_id`, approve the previous meeting's minutes."""
        def approved(previous_id: int) -> None:
            if self.page.meeting_id == meeting_id:
                self.page.refresh(None)
            self.status_message.emit("Minutes of the previous meeting approved and locked as "
                                     "the signed record.")
            self.minutes_changed.emit(previous_id)
        self.dialog = open_approval_dialog(self.window, self.db, meeting_id, approved)

    def is_shown(self) -> bool:
        return self.page.isVisible()

    def save_pending_changes(self) -> bool:
        return self.page.save_pending_changes()
