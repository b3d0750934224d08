"""The main window: committees, their meetings and the meetings' reports and minutes in a
tree on the left; the selected committee's, meeting's, report's or minutes' page on the
right; a search over all reports in the toolbar. The Edit menu undoes on the visible page."""

from datetime import date
from importlib.metadata import version
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
)

from ..services import meeting_service
from . import messages, meeting_file_actions, report_window_actions, template_import_action
from .committee_dialog import NewCommitteeDialog
from .committee_page import CommitteePage
from .companion_windows import CompanionWindows
from .main_menus import build_menus
from .meeting_dialog import MeetingDialog
from .meeting_page import MeetingPage
from .minutes_page_host import MinutesPageHost
from .navigation_model import (
    COL_NAME,
    COMMITTEE,
    ID_ROLE,
    KIND_ROLE,
    MEETING,
    MINUTES,
    REPORT,
    NavigationModel,
)
from .report_editor import ReportEditor
from .report_page_host import ReportPageHost
from .report_search import ReportSearchBox, search_toolbar
from .settings_dialog import SettingsDialog
from .workers import wait_for_background_jobs

STATUS_TIMEOUT_MS = 6000
NO_COMMITTEES = (
    "No committees yet.\n\nCreate one with File \u203a New committee... (Ctrl+Shift+N),\n"
    "or bring in a meeting with File \u203a Import meeting file... (Ctrl+O)."
)
NOTHING_CHOSEN = "Choose a committee or a meeting on the left."


class MainWindow(QMainWindow):
    def __init__(self, db, db_path: str | Path, settings: QSettings | None = None,
                 today=date.today):
        """`settings` keeps the window's geometry between runs; None keeps nothing."""
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.settings = settings
        self.today = today
        self.setWindowTitle("LSCB Desktop")
        self.meeting_dialog: MeetingDialog | None = None
        self._reloading = False

        self.navigation = NavigationModel(db, self, today)
        self.tree = QTreeView()
        self.tree.setObjectName("navigation")
        self.tree.setModel(self.navigation)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The date column fits the longest date; spanned committee names must not widen it.
        date_width = self.tree.fontMetrics().horizontalAdvance("Wed 30 Sep 2026") + 56
        self.tree.header().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(COL_NAME, date_width)
        self.tree.selectionModel().currentChanged.connect(self._navigated)

        self.welcome = QLabel()
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.committee_page = CommitteePage(db, self)
        # Both pages report changes the tree shows (names, dates, status), undo and redo too.
        self.committee_page.committee_saved.connect(self.reload_navigation)
        self.meeting_page = MeetingPage(db, db_path, self, today=today)
        self.meeting_page.meeting_changed.connect(self.reload_navigation)
        self.meeting_page.meeting_deleted.connect(self._meeting_deleted)
        self.meeting_page.status_message.connect(self.show_status)
        self.meeting_page.open_report_requested.connect(self.open_report)
        self.meeting_page.minutes_requested.connect(self.open_minutes)
        self.pages = QStackedWidget()
        for page in (self.welcome, self.committee_page, self.meeting_page):
            self.pages.addWidget(page)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.committee_page.undo_stack)
        self.undo_group.addStack(self.meeting_page.undo_stack)
        self.reports = ReportPageHost(db, db_path, self.pages, self.undo_group, self)
        self.reports.report_changed.connect(self.reload_navigation)
        self.reports.status_message.connect(self.show_status)
        self.minutes = MinutesPageHost(db, db_path, self.pages, self.undo_group, self)
        self.minutes.minutes_started.connect(self.reload_navigation)
        self.minutes.minutes_changed.connect(self.refresh_after)
        self.minutes.status_message.connect(self.show_status)
        self.minutes_menu = None  # the Minutes menu (a QMenu), set by build_menus
        self.menu_actions = build_menus(self, self.undo_group, self.meeting_page.editor.actions())
        self.companions = CompanionWindows(db, self, today)
        self.companion_actions = self.companions.add_to_menu(self.minutes_menu)
        self.search_box = ReportSearchBox(db, self)
        self.search_box.open_report.connect(self.open_report)
        self.addToolBar(search_toolbar(self.search_box))
        self.statusBar().showMessage("Ready")
        self._fit_to_screen(1280, 800)
        self._restore_geometry()
        self._lay_out_tree()
        self._show_page(None, None)

    # Navigation ---------------------------------------------------------------------------

    def selected(self) -> tuple[str | None, int | None]:
        index = self.tree.currentIndex()
        return (index.data(KIND_ROLE), index.data(ID_ROLE)) if index.isValid() else (None, None)

    def select(self, kind: str, record_id: int) -> bool:
        index = self.navigation.find(kind, record_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.expand(index)
            self.tree.scrollTo(index)
        return index.isValid()

    def _lay_out_tree(self) -> None:
        for row, parent in self.navigation.spanned_rows():  # committee names, report titles
            self.tree.setFirstColumnSpanned(row, parent, True)
        # Committees open, meetings closed but for the one being worked on: reports listed
        # under every meeting would make a long tree.
        self.tree.expandToDepth(0)
        current = self.tree.currentIndex()
        if current.isValid():
            self.tree.expand(current)
            self.tree.expand(current.parent())

    def open_upcoming_meeting(self) -> None:
        """Start where the work is: the next meeting, else the first committee."""
        upcoming = meeting_service.upcoming_meeting(self.db, self.today())
        if upcoming is None or not self.select(MEETING, upcoming.id):
            first = self.navigation.index(0, 0)
            if first.isValid():
                self.tree.setCurrentIndex(first)

    def reload_navigation(self, _changed_id: int | None = None) -> None:
        """Rebuild the tree after a change, keeping the current page as it is."""
        kind, record_id = self.selected()
        self._reloading = True  # re-selecting the same row must not reload its page
        try:
            self.navigation.reload()
            self._lay_out_tree()
            index = self.navigation.find(kind, record_id) if kind else QModelIndex()
            if index.isValid():
                self.tree.setCurrentIndex(index)
        finally:
            self._reloading = False
        self._show_title(kind)

    def _navigated(self, current: QModelIndex, _previous=None) -> None:
        if self._reloading:
            return
        if current.isValid():
            self._show_page(current.data(KIND_ROLE), current.data(ID_ROLE))
        else:
            self._show_page(None, None)

    def _show_page(self, kind: str | None, record_id: int | None) -> None:
        page = self.welcome
        try:
            if kind == COMMITTEE:
                self.committee_page.set_committee(record_id)
                page = self.committee_page
            elif kind == MEETING:
                self.meeting_page.set_meeting(record_id)
                page = self.meeting_page
            elif kind == REPORT:
                page = self._report_page(record_id)
            elif kind == MINUTES:
                page = self.minutes.show(record_id)
        except messages.USER_ERRORS as error:  # e.g. deleted meanwhile by another window
            messages.show_error(self, "Cannot show this", error)
        if page is self.welcome:
            self.welcome.setText(NOTHING_CHOSEN if self.navigation.rowCount() else NO_COMMITTEES)
        self.pages.setCurrentWidget(page)
        self._show_title(kind)
        is_meeting = page is self.meeting_page
        self.meeting_page.editor.set_active(is_meeting)
        for action in self.menu_actions.meeting_only():
            action.setEnabled(is_meeting)
        for action in self.menu_actions.report_only():
            action.setEnabled(page is self.report_editor)
        for action in self.menu_actions.meeting_or_minutes():
            action.setEnabled(is_meeting or page is self.minutes.page)
        for action in self.menu_actions.minutes_only():
            action.setEnabled(page is self.minutes.page)
        self.undo_group.setActiveStack(getattr(page, "undo_stack", None))

    # Minutes ------------------------------------------------------------------------------

    def shown_meeting_id(self) -> int | None:
        """The meeting on screen, by its page or its minutes' page."""
        page = self.pages.currentWidget()
        if page is self.meeting_page and self.meeting_page.meeting is not None:
            return self.meeting_page.meeting.id
        if page is self.minutes.page:
            return self.minutes.page.meeting_id
        return None

    def open_minutes(self, meeting_id: int, minute_id: int | None = None) -> None:
        """Show the meeting's minutes (starting them if need be), `minute_id` selected: the
        register and the actions log open minutes with this."""
        if not self.minutes.start(meeting_id):
            return
        if not self.navigation.find(MINUTES, meeting_id).isValid():
            self.reload_navigation()  # started elsewhere (live mode, a meeting file)
        already_shown = self.selected() == (MINUTES, meeting_id)
        if already_shown or not self.select(MINUTES, meeting_id):
            self._show_page(MINUTES, meeting_id)
        if minute_id is not None:
            self.minutes.show(meeting_id, minute_id)

    def start_or_open_minutes(self) -> None:
        meeting_id = self.shown_meeting_id()
        if meeting_id is not None:
            self.open_minutes(meeting_id)

    def approve_previous_minutes(self) -> None:
        meeting_id = self.shown_meeting_id()
        if meeting_id is not None:
            self.minutes.approve_previous(meeting_id)

    def export_minutes(self) -> None:
        if self.pages.currentWidget() is self.minutes.page:
            self.minutes.page.export_minutes()

    def refresh_after(self, meeting_id: int) -> None:
        """A meeting's minutes or agenda changed elsewhere (approval, live mode starting the
        minutes, matters arising): the tree and the page on screen show it."""
        self.reload_navigation()
        if self.pages.currentWidget() is self.meeting_page and self.meeting_page.meeting:
            self.meeting_page.set_meeting(self.meeting_page.meeting.id)  # its status changed
        self.minutes_edited(meeting_id)

    def minutes_edited(self, meeting_id: int) -> None:
        """Live mode saved: the minutes page, if it shows that meeting, shows the edit. The
        tree is rebuilt only when the meeting gains its Minutes row (not on every save)."""
        if not self.navigation.find(MINUTES, meeting_id).isValid():
            self.reload_navigation()
        if self.pages.currentWidget() is self.minutes.page \
                and self.minutes.page.meeting_id == meeting_id:
            self.minutes.page.refresh()

    # Reports ------------------------------------------------------------------------------

    @property
    def report_editor(self) -> ReportEditor | None:
        """The open report's editor, if any (one at a time)."""
        return self.reports.editor

    def _report_page(self, report_id: int) -> ReportEditor:
        return self.reports.page(report_id)

    def open_report(self, report_id: int) -> None:
        """Show a report's editor, selected in the tree (it may be new there)."""
        self.reload_navigation()
        if not self.select(REPORT, report_id):
            self._show_page(REPORT, report_id)

    def find_in_reports(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def export_report(self) -> None:
        if self.reports.is_shown():
            self.report_editor.export_report()

    def import_report(self) -> None:
        item = None
        if self.pages.currentWidget() is self.meeting_page:
            item = self.meeting_page.editor.selected_item()
        report_window_actions.import_report(self, self.db, item, self.open_report)

    def delete_report(self) -> None:
        if not self.reports.is_shown():
            return
        report_id = self.report_editor.report_id
        self.reports.save_pending_changes()
        report_window_actions.delete_report(self, self.db, report_id, self._report_deleted)

    def _report_deleted(self, meeting_id: int | None) -> None:
        self.reports.close()
        self.reload_navigation()
        if meeting_id is None or not self.select(MEETING, meeting_id):
            self._show_page(None, None)
        self.show_status("Report deleted.")

    def import_template(self, path: str | None = None) -> None:
        template_import_action.import_house_style(self, self.db, self.show_status, path)

    def _show_title(self, kind: str | None) -> None:
        index = self.tree.currentIndex()
        if kind == MEETING:
            where = f"{index.parent().data()} \u2013 {index.data()}"
        elif kind == MINUTES:
            meeting = index.parent()
            where = f"Minutes \u2013 {meeting.parent().data()} \u2013 {meeting.data()}"
        elif kind == COMMITTEE:
            where = index.data()
        elif kind == REPORT and self.report_editor is not None:
            where = self.report_editor.title() or "Untitled report"
        else:
            where = None
        self.setWindowTitle(f"{where} \u2013 LSCB Desktop" if where else "LSCB Desktop")

    def _meeting_deleted(self, committee_id: int) -> None:
        self.reload_navigation()
        self.select(COMMITTEE, committee_id)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # File menu ----------------------------------------------------------------------------

    def _current_committee_id(self) -> int | None:
        kind, record_id = self.selected()
        if kind == COMMITTEE:
            return record_id
        if kind == MEETING:
            return self.meeting_page.meeting.committee_id
        first = self.navigation.index(0, 0)
        return first.data(ID_ROLE) if first.isValid() else None

    def new_committee(self) -> None:
        dialog = NewCommitteeDialog(self.db, self)
        if dialog.exec() and dialog.created_id is not None:
            self.reload_navigation()
            self.select(COMMITTEE, dialog.created_id)
            self.show_status("Committee created.")

    def new_meeting(self) -> None:
        committee_id = self._current_committee_id()
        if committee_id is None:
            messages.show_error(self, "New meeting", "A meeting belongs to a committee: "
                                "create one first with File \u203a New committee...")
            return
        dialog = MeetingDialog(self.db, committee_id, parent=self, today=self.today)
        dialog.accepted.connect(lambda: self._meeting_created(dialog.created_id))
        dialog.finished.connect(dialog.deleteLater)
        self.meeting_dialog = dialog
        dialog.open()

    def _meeting_created(self, meeting_id: int) -> None:
        self.reload_navigation()
        self.select(MEETING, meeting_id)
        self.show_status("Meeting created, its agenda opened with the standard items.")

    def import_meeting_file(self) -> None:
        meeting_id = meeting_file_actions.import_meeting_file(self, self.db)
        if meeting_id is not None:
            self.reload_navigation()
            self.select(MEETING, meeting_id)
            self.show_status("Meeting imported.")

    def export_meeting_file(self) -> None:
        if self.meeting_page.meeting is not None:
            path = meeting_file_actions.export_meeting_file(
                self, self.db, self.meeting_page.meeting.id)
            if path:
                self.show_status(f"Meeting file saved as {path}.")

    def export_agenda(self) -> None:
        if self.pages.currentWidget() is self.meeting_page:
            self.meeting_page.export_agenda()

    def open_settings(self) -> None:
        if SettingsDialog(self.db, self).exec():
            self.reports.refresh_settings()  # the suppression threshold
            kind, record_id = self.selected()
            self._show_page(kind, record_id)  # clear days change the deadlines shown
            self.show_status("Settings saved.")

    def show_about(self) -> None:
        QMessageBox.about(
            self, "About LSCB Desktop",
            f"<h3>LSCB Desktop {version('lscb-desktop')}</h3>"
            "<p>Committee papers for English local government: meetings, agendas and "
            "publication deadlines, prepared offline.</p>",
        )

    # Window state -------------------------------------------------------------------------

    def _fit_to_screen(self, width: int, height: int) -> None:
        available = self.screen().availableGeometry()
        self.resize(min(width, available.width() * 9 // 10) if available.width() else width,
                    min(height, available.height() * 9 // 10) if available.height() else height)

    def _restore_geometry(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:
        self.committee_page.save_pending_changes()
        self.reports.save_pending_changes()
        self.minutes.save_pending_changes()
        if not self.companions.close_all():  # live mode kept text it could not save
            event.ignore()
            return
        wait_for_background_jobs()  # an export still running finishes its files first
        if self.settings is not None:
            self.settings.setValue("main_window/geometry", self.saveGeometry())
            self.settings.setValue("main_window/splitter", self.splitter.saveState())
            self.settings.sync()
        super().closeEvent(event)
