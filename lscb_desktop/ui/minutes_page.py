"""The minutes page: the clerk's screen for one meeting's minutes. A header (committee,
meeting, the first minute number, export and approval), a banner once the minutes are the
signed record, and three tabs: Attendance, Declarations and Minutes.

Structural edits are undoable commands on `undo_stack` (minutes_commands.py); the narrative
is saved as it is typed. Minutes approved by a later meeting are read-only: each minute then
changes only through a recorded correction."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from ..domain.dates import agenda_date, clock_time, long_date
from ..domain.minutes import MinutesRecord
from ..services import (
    committee_service, meeting_service, minutes_approval_service, minutes_service,
)
from . import messages, minutes_commands, style
from .form_feedback import muted
from .minutes_approval_dialog import Approval, ApprovalDialog
from .minutes_attendance_tab import MinutesAttendanceTab
from .minutes_commands import MinutesContext
from .minutes_declarations_tab import MinutesDeclarationsTab
from .minutes_export import MinutesExporter
from .minutes_items_tab import MinutesItemsTab
from .minutes_style import LOCKED_STYLE, banner
from .report_editor import current_user

ATTENDANCE_TAB, DECLARATIONS_TAB, MINUTES_TAB = range(3)


def locked_text(record: MinutesRecord) -> str:
    subject = f", subject to {record.amendment}" if record.amendment else ""
    return (f"Approved as a correct record on {long_date(record.approved_on)} "
            f"({record.approval_reference}{subject}) - signed record. A minute changes only "
            "by Record correction..., citing the resolution that authorises it.")


class MinutesPage(QWidget):
    status_message = Signal(str)
    minutes_changed = Signal(int)  # a meeting id whose minutes' state (approval) changed

    def __init__(self, db, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.meeting_id: int | None = None
        self.record: MinutesRecord | None = None
        self.dialog: ApprovalDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.ctx = MinutesContext(db, self.undo_stack, self.save_pending_changes, self.refresh)
        self.exporter = MinutesExporter(db_path, self)
        self.exporter.busy_changed.connect(self._show_busy)
        self.exporter.exported.connect(lambda result: self.status_message.emit(
            f"Minutes exported to {result.pdf.parent}."))
        self.attendance_tab = MinutesAttendanceTab(self.ctx)
        self.declarations_tab = MinutesDeclarationsTab(self.ctx)
        self.minutes_tab = MinutesItemsTab(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.attendance_tab, "&Attendance")
        self.tabs.addTab(self.declarations_tab, "D&eclarations")
        self.tabs.addTab(self.minutes_tab, "&Minutes")
        for tab in (self.attendance_tab, self.declarations_tab, self.minutes_tab):
            tab.status_message.connect(self.status_message)
        self.minutes_tab.editor.corrected.connect(lambda _id: self.refresh(None))
        self.setStyleSheet(style.PAGE_STYLE)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(self._header())
        self.lock_banner = banner(LOCKED_STYLE)
        self.lock_banner.setObjectName("lockBanner")
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.tabs, 1)
        # On a small screen the page scrolls rather than forcing the window to be large.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _header(self) -> QGridLayout:
        self.title_label = style.page_title()
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("pageSubtitle")
        self.first_number_spin = QSpinBox()
        self.first_number_spin.setRange(1, 9999)
        self.first_number_spin.setKeyboardTracking(False)  # applied when the clerk has finished
        self.first_number_spin.editingFinished.connect(self._first_number_edited)
        first_label = QLabel("Numbered &from")
        first_label.setObjectName("fieldName")
        first_label.setBuddy(self.first_number_spin)
        self.first_hint = muted(QLabel())
        self.first_hint.setWordWrap(False)
        numbering = QHBoxLayout()
        numbering.setSpacing(8)
        numbering.addWidget(first_label)
        numbering.addWidget(self.first_number_spin)
        numbering.addWidget(self.first_hint)
        numbering.addStretch(1)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        titles.addSpacing(6)
        titles.addLayout(numbering)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.approve_button = QPushButton(style.glyph_icon("\u2713"),
                                          "Appro&ve previous minutes...")
        self.approve_button.setToolTip("Record that this meeting approved the minutes of the "
                                       "previous meeting as a correct record")
        self.approve_button.clicked.connect(self.approve_previous)
        self.export_button = QPushButton(style.glyph_icon("\u2913"), "E&xport minutes...")
        self.export_button.setToolTip("Save the minutes as Word and PDF (Ctrl+E)")
        self.export_button.clicked.connect(self.export_minutes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.export_button)
        header = QGridLayout()
        header.setColumnStretch(0, 1)
        header.addLayout(titles, 0, 0)
        header.addLayout(buttons, 0, 1, Qt.AlignmentFlag.AlignTop)
        return header

    # Showing --------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int, minute_id: int | None = None) -> None:
        """Show the meeting's minutes (started already), `minute_id` selected on the Minutes
        tab. Undo history belongs to one meeting's minutes, so it starts afresh."""
        if meeting_id != self.meeting_id:
            self.save_pending_changes()
            self.undo_stack.clear()
            self.tabs.setCurrentIndex(MINUTES_TAB if minute_id else ATTENDANCE_TAB)
        self.meeting_id = meeting_id
        self.refresh(minute_id)
        if minute_id is not None:
            self.tabs.setCurrentIndex(MINUTES_TAB)
            self.minutes_tab.select_minute(minute_id)

    def refresh(self, minute_id: int | None = None) -> None:
        """Show everything again from the database (after an edit, undo or redo)."""
        self.record = minutes_service.record(self.db, self.meeting_id)
        meeting = meeting_service.get_meeting(self.db, self.meeting_id)
        committee = committee_service.get_committee(self.db, meeting.committee_id)
        locked = self.record.locked
        self.title_label.setText(f"Minutes \u2013 {committee.name}")
        self.subtitle_label.setText(f"Meeting held on {agenda_date(meeting.date)} at "
                                    f"{clock_time(meeting.start_time)}")
        self.first_number_spin.blockSignals(True)
        self.first_number_spin.setValue(self.record.first_number)
        self.first_number_spin.blockSignals(False)
        self.first_number_spin.setEnabled(not locked)
        suggested = minutes_service.suggested_first_number(self.db, self.meeting_id)
        self.first_hint.setText("as suggested, one after the committee's last minute"
                                if suggested == self.record.first_number
                                else f"(suggested: {suggested})")
        self.lock_banner.setText(locked_text(self.record) if locked else "")
        self.lock_banner.setVisible(locked)
        self.attendance_tab.load(self.meeting_id, locked)
        self.declarations_tab.load(self.meeting_id, locked)
        self.minutes_tab.load(self.meeting_id, self.record, minute_id)

    def save_pending_changes(self) -> bool:
        """Save the narrative waiting for the autosave (before an edit, on leaving)."""
        return self.minutes_tab.editor.save_now()

    def hideEvent(self, event) -> None:
        self.save_pending_changes()
        super().hideEvent(event)

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.export_button.setText("Exporting..." if busy else "E&xport minutes...")

    # Actions --------------------------------------------------------------------------------

    def _first_number_edited(self) -> None:
        first = self.first_number_spin.value()
        if self.record is None or first == self.record.first_number:
            return
        try:
            minutes_commands.set_first_number(self.ctx, self.meeting_id, first)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The minutes were not renumbered", error)
            return
        self.status_message.emit(f"The minutes are numbered from {first}.")

    def export_minutes(self) -> None:
        if self.meeting_id is not None:
            self.save_pending_changes()
            self.exporter.choose_folder_and_export(self.meeting_id)

    def approve_previous(self) -> None:
        self.dialog = open_approval_dialog(self, self.db, self.meeting_id, self._approved)

    def _approved(self, previous_id: int) -> None:
        self.refresh(None)  # the approving minute now records the resolution
        self.minutes_changed.emit(previous_id)


def open_approval_dialog(parent: QWidget, db, meeting_id: int,
                         on_approved) -> ApprovalDialog | None:
    """Ask for the approval, at meeting `meeting_id`, of the previous meeting's minutes; on
    success `on_approved(previous meeting id)`. Says why when there is nothing to approve."""
    meeting = meeting_service.get_meeting(db, meeting_id)
    previous = meeting_service.previous_meeting(db, meeting.committee_id, meeting.date)
    found = minutes_service.find_record(db, previous.id) if previous else None
    if previous is None or found is None:
        messages.show_error(parent, "No minutes to approve", (
            "This committee has no earlier meeting with minutes: start the minutes of the "
            "previous meeting (Minutes \u203a Start minutes) before approving them."))
        return None
    if found.locked:
        messages.show_error(parent, "Already approved", (
            f"The minutes of {long_date(previous.date)} were approved already "
            f"({found.approval_reference}). To change them, record a correction."))
        return None

    def submit(approval: Approval) -> None:
        minutes_approval_service.approve_minutes(db, previous.id, meeting_id,
                                                 approval.approved_by, approval.amendment)
        on_approved(previous.id)

    dialog = ApprovalDialog(previous.date, meeting.date, current_user(), submit, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
