"""The main window's companion windows: live mode, the actions log, the resolutions register
and attendance statistics. Each is opened from the Minutes menu, one of a kind at a time
(asking again raises the open one), and tells the main window what changed so its pages
and tree stay true."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from .actions_log_window import ActionsLogWindow
from .attendance_statistics_window import AttendanceStatisticsWindow
from .minutes_live_window import LiveMinutesWindow
from .resolutions_register_window import ResolutionsRegisterWindow


class CompanionWindows(QObject):
    def __init__(self, db, window, today):
        """`window` is the MainWindow: it opens minutes (open_minutes), names the meeting on
        screen (shown_meeting_id) and refreshes its pages (refresh_after)."""
        super().__init__(window)
        self.db, self.window, self.today = db, window, today
        self.open: dict[str, QWidget] = {}

    def add_to_menu(self, menu: QMenu) -> dict[str, QAction]:
        entries = {
            "live": ("&Live mode", self.live_mode, "F5"),
            "actions": ("Actions &log", self.actions_log, "Ctrl+Shift+L"),
            "register": ("&Resolutions register", self.register, "Ctrl+Shift+R"),
            "attendance": ("Attendance &statistics", self.attendance, None),
        }
        actions = {}
        for key, (text, slot, shortcut) in entries.items():
            action = QAction(text, self.window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
            actions[key] = action
        return actions

    def _raise(self, key: str, make) -> QWidget:
        shown = self.open.get(key)
        if shown is None:
            shown = make()
            shown.destroyed.connect(lambda *_: self.open.pop(key, None))
            self.open[key] = shown
        elif hasattr(shown, "refresh"):
            shown.refresh()  # shown again: what changed meanwhile
        shown.show()
        shown.raise_()
        shown.activateWindow()
        return shown

    def live_mode(self) -> None:
        """Live mode on the meeting on screen (its page or its minutes' page)."""
        meeting_id = self.window.shown_meeting_id()
        if meeting_id is None:
            self.window.show_status("Choose a meeting first: live mode minutes the meeting on "
                                    "screen.")
            return
        live = self.open.get("live")
        if live is not None and live.meeting_id != meeting_id and not live.close():
            return  # it kept a narrative that could not be saved; the clerk decides there

        def make() -> QWidget:
            made = LiveMinutesWindow(self.db, meeting_id, self.window)
            made.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # next time, fresh
            made.minutes_changed.connect(self.window.minutes_edited)
            return made
        self._raise("live", make)

    def actions_log(self) -> None:
        def make() -> QWidget:
            made = ActionsLogWindow(self.db, self.window, today=self.today)
            made.open_minute.connect(self.window.open_minutes)
            made.agenda_changed.connect(self.window.refresh_after)
            return made
        self._raise("actions", make)

    def register(self) -> None:
        def make() -> QWidget:
            made = ResolutionsRegisterWindow(self.db, self.window)
            made.open_minute.connect(self.window.open_minutes)
            return made
        self._raise("register", make)

    def attendance(self) -> None:
        self._raise("attendance", lambda: AttendanceStatisticsWindow(self.db, self.window,
                                                                     today=self.today()))

    def close_all(self) -> bool:
        """Close every companion window; False if one refused (live mode keeping text that
        could not be saved)."""
        return all(shown.close() for shown in list(self.open.values()))
