"""Live mode: the window the clerk keeps open (full screen, large type) while the meeting
runs. It shows the item being taken, saves the narrative as it is typed, stamps times,
inserts the common decisions with one key, records when the meeting commenced and
concluded, and follows the chair when an item is taken out of order.

Everything goes through the minutes services; approved minutes open read-only. After each
save `minutes_changed(meeting id)` lets the main window refresh its minutes page."""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMenu, QStackedWidget, QVBoxLayout, QWidget

from ..domain.dates import long_date
from ..domain.decisions import Decision
from ..domain.minutes import Minute
from ..services import (
    committee_service, live_minutes_service, meeting_service, minutes_service,
)
from . import messages
from .messages import USER_ERRORS
from .minutes_live_commands import apply_live_edit
from .minutes_live_keys import install_shortcuts
from .minutes_live_layout import LIVE_STYLE, LiveLayout, live_font, saved_text
from .minutes_live_narrative import NarrativeAutosave
from .minutes_live_start import LiveStartPanel
from .minutes_live_text import is_item, minute_label, timestamp, to_the_minute
from .style import PAGE_STYLE


class LiveMinutesWindow(QWidget):
    minutes_changed = Signal(int)  # meeting id, after every save

    def __init__(self, db, meeting_id: int, parent: QWidget | None = None,
                 clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own window, even with a parent
        self.setStyleSheet(PAGE_STYLE + LIVE_STYLE)
        live_font(self)
        self.db, self.meeting_id = db, meeting_id
        self.clock = clock or datetime.now
        self.undo_stack = QUndoStack(self)
        self.minutes: list[Minute] = []
        self.current_id: int | None = None
        self.locked = False
        self.take_menu: QMenu | None = None
        meeting = meeting_service.get_meeting(db, meeting_id)
        committee = committee_service.get_committee(db, meeting.committee_id)
        self.setWindowTitle(f"Live minutes: {committee.name}, {long_date(meeting.date)}"
                            " - LSCB Desktop")

        self.start_panel = LiveStartPanel()
        self.start_panel.start_requested.connect(self.start_minutes)
        live_page = QWidget()
        self.ui = LiveLayout(live_page)
        self.ui.narrative.setReadOnly(True)  # until the minutes are open
        self.ui.meeting.setText(f"{committee.name} \u00b7 {long_date(meeting.date)}")
        self.autosave = NarrativeAutosave(self.ui.narrative, self._save_narrative)
        self.autosave.pending.connect(lambda: self._show_saved("pending"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_panel)
        self.pages.addWidget(live_page)
        QVBoxLayout(self).addWidget(self.pages)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self._connect()
        install_shortcuts(self)
        self.resize(1280, 800)
        if minutes_service.find_record(db, meeting_id) is None:
            self.pages.setCurrentWidget(self.start_panel)
        else:
            self._open_live()

    def _connect(self) -> None:
        ui = self.ui
        ui.items.currentRowChanged.connect(self._row_chosen)
        ui.previous.clicked.connect(self.previous_item)
        ui.next.clicked.connect(self.next_item)
        ui.stamp.clicked.connect(self.insert_time)
        ui.take_now.clicked.connect(self.choose_item_to_take)
        ui.full_screen.clicked.connect(self.toggle_full_screen)
        ui.decisions.insert_requested.connect(self.add_decision)
        ui.decisions.custom_requested.connect(self._add_typed_decision)
        ui.decisions.remove_last_requested.connect(self.remove_last_decision)
        ui.times.start_requested.connect(self.record_start)
        ui.times.end_requested.connect(self.record_end)
        ui.times.corrected.connect(self.correct_times)

    # Opening ------------------------------------------------------------------------------

    def start_minutes(self) -> None:
        try:
            minutes_service.start_minutes(self.db, self.meeting_id)
        except USER_ERRORS as error:
            self.start_panel.error.show_message(messages.error_text(error))
            return
        self.minutes_changed.emit(self.meeting_id)
        self._open_live()

    def _open_live(self) -> None:
        self.pages.setCurrentIndex(1)
        record = minutes_service.record(self.db, self.meeting_id)
        self.locked = record.locked
        self.ui.banner.setVisible(self.locked)
        if self.locked:
            where = record.approval_reference or "at a later meeting"
            self.ui.banner.setText(
                f"These minutes were approved ({where}) and are the signed record, so live "
                "mode shows them read-only. To change them, record a correction on the "
                "meeting's minutes page.")
        self.ui.decisions.set_inserts(minutes_service.decision_inserts(self.db,
                                                                       self.meeting_id))
        self._show_saved("read-only" if self.locked else "saved")
        self.refresh()
        self.ui.narrative.setFocus()

    # Showing ------------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        """The minutes are open here (not the offer to start them)."""
        return self.pages.currentIndex() == 1

    @property
    def current(self) -> Minute | None:
        return next((m for m in self.minutes if m.id == self.current_id), None)

    def refresh(self, go_to: int | None = None) -> None:
        """Reload the minutes; show `go_to` (or stay on the current minute)."""
        self.minutes = minutes_service.get_minutes(self.db, self.meeting_id)
        wanted = go_to or self.current_id
        if wanted not in {m.id for m in self.minutes}:
            wanted = self.minutes[0].id if self.minutes else None
        if wanted != self.current_id and not self.autosave.flush():
            wanted = self.current_id  # what was typed could not be saved: stay with it
        moved = wanted != self.current_id
        self.current_id = wanted
        if moved:
            self.autosave.load(self.current.narrative if self.current else "")
        self._show_current()

    def _show_current(self) -> None:
        record = minutes_service.record(self.db, self.meeting_id)
        self.ui.show_state(self.minutes, self.current, self.locked, record.commenced,
                           record.concluded)

    def _show_saved(self, state: str) -> None:
        self.ui.saved.setText(saved_text(state))

    def _report(self, error: BaseException) -> None:
        self.ui.notice.show_message(messages.error_text(error))

    def _changed(self) -> None:
        self.ui.notice.clear_message()
        self._show_saved("saved")
        self.minutes_changed.emit(self.meeting_id)

    def _after_edit(self, minute_id: int | None) -> None:
        """Show an edit just made, undone or redone (its minute, if it has one)."""
        self.refresh(go_to=minute_id)
        self.minutes_changed.emit(self.meeting_id)

    # Moving between items -----------------------------------------------------------------

    def go_to(self, minute_id: int) -> None:
        self.refresh(go_to=minute_id)

    def step(self, by: int) -> None:
        if self.current is None:
            return
        index = self.minutes.index(self.current) + by
        if 0 <= index < len(self.minutes):
            self.go_to(self.minutes[index].id)

    def next_item(self) -> None:
        self.step(1)

    def previous_item(self) -> None:
        self.step(-1)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.minutes):
            self.go_to(self.minutes[row].id)

    def choose_item_to_take(self) -> None:
        """A menu of the other items; the one chosen is taken now, after the current one."""
        if self.locked or self.current is None:
            return
        if self.take_menu is not None:
            self.take_menu.deleteLater()
        menu = QMenu(self)
        menu.setObjectName("liveTakeNowMenu")
        for m in self.minutes:
            if m.id != self.current_id and is_item(m):
                action = menu.addAction(minute_label(m))
                action.triggered.connect(lambda _=False, mid=m.id: self.take_item_now(mid))
        self.take_menu = menu
        menu.popup(self.ui.take_now.mapToGlobal(self.ui.take_now.rect().topLeft()))

    def take_item_now(self, minute_id: int) -> None:
        if self.current is None or not self.autosave.flush():
            return
        after = self.current_id
        title = next(m.title for m in self.minutes if m.id == minute_id)
        back_to = live_minutes_service.taken_index(self.minutes, minute_id)
        self._edit(
            f"Take '{title}' now",
            lambda: live_minutes_service.take_item_now(self.db, self.meeting_id, minute_id,
                                                       after),
            lambda: minutes_service.move_minute(self.db, self.meeting_id, minute_id, back_to),
            minute_id)

    # Writing ------------------------------------------------------------------------------

    def _save_narrative(self, text: str) -> bool:
        if self.current_id is None or self.locked:
            return True
        try:
            live_minutes_service.save_narrative(self.db, self.current_id, text)
        except USER_ERRORS as error:
            self._report(error)
            self._show_saved("failed")
            return False
        self._changed()
        return True

    def _edit(self, text: str, forward, back, minute_id: int | None) -> bool:
        """Make an undoable edit; a refusal is shown and changes nothing."""
        self.ui.notice.clear_message()
        try:
            apply_live_edit(self.undo_stack, text, forward, back, self._after_edit,
                            self._report, minute_id)
        except USER_ERRORS as error:
            self._report(error)
            return False
        return True

    def insert_time(self) -> None:
        if not self.ui.narrative.isReadOnly():
            self.ui.narrative.insert_at_cursor(timestamp(self.clock()))
            self.ui.narrative.setFocus()

    def add_decision(self, text: str) -> bool:
        minute = self.current
        if minute is None or self.locked or not is_item(minute) or not self.autosave.flush():
            return False
        before = list(minute.decisions)
        after = [*before, Decision(text)]
        return self._edit(
            f"Insert 'RESOLVED \u2013 {text}'",
            lambda: live_minutes_service.set_decisions(self.db, minute.id, after),
            lambda: live_minutes_service.set_decisions(self.db, minute.id, before), minute.id)

    def add_quick_insert(self, index: int) -> None:
        inserts = minutes_service.decision_inserts(self.db, self.meeting_id)
        if index < len(inserts):
            self.add_decision(inserts[index])

    def _add_typed_decision(self, text: str) -> None:
        if self.add_decision(text):
            self.ui.decisions.other.clear()

    def remove_last_decision(self) -> None:
        minute = self.current
        if minute is None or self.locked or not minute.decisions:
            return
        before = list(minute.decisions)
        self._edit(
            "Remove the last decision",
            lambda: live_minutes_service.set_decisions(self.db, minute.id, before[:-1]),
            lambda: live_minutes_service.set_decisions(self.db, minute.id, before), minute.id)

    def record_start(self) -> None:
        if not self.started:
            return
        self._set_times("Record when the meeting commenced", commenced=self.clock())

    def record_end(self) -> None:
        if not self.started:
            return
        self._set_times("Record when the meeting concluded", concluded=self.clock())

    def _set_times(self, text: str, commenced: datetime | None = None,
                   concluded: datetime | None = None) -> None:
        record = minutes_service.record(self.db, self.meeting_id)
        self.correct_times(to_the_minute(commenced) if commenced else record.commenced,
                           to_the_minute(concluded) if concluded else record.concluded, text)

    def correct_times(self, commenced, concluded, text: str = "Correct the times") -> None:
        if self.locked or not self.started:
            return
        record = minutes_service.record(self.db, self.meeting_id)
        before = (record.commenced, record.concluded)
        if not self._edit(
                text,
                lambda: minutes_service.set_times(self.db, self.meeting_id, commenced, concluded),
                lambda: minutes_service.set_times(self.db, self.meeting_id, *before), None):
            self.ui.times.show_times(*before)  # a refused correction: show what is recorded

    # The window ---------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.autosave.flush() and not messages.confirm(
                self, "The narrative could not be saved",
                f"{self.ui.notice.text()}\n\nClose live mode anyway? What you typed since the "
                "last save will be lost; keep it open to copy the text first.",
                "Close without saving"):
            event.ignore()
            return
        super().closeEvent(event)
