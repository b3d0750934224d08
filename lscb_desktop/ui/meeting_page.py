"""The meeting page: details, status with its publication deadline, future meeting dates,
and the agenda editor. Changes go through undoable commands on `undo_stack`."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.dates import agenda_date, clock_time, weekday_date
from ..domain.meeting import Meeting
from ..services import committee_service, meeting_service, minutes_service
from . import meeting_commands, messages, style
from .agenda_editor import AgendaEditor
from .agenda_export import AgendaExporter
from .meeting_dialog import MeetingDialog

WIDE_LAYOUT = 900  # page width (px) from which the cards, and the buttons, sit side by side


class MeetingPage(QWidget):
    meeting_changed = Signal(int)  # details or status changed, by an edit, undo or redo
    meeting_deleted = Signal(int)  # the deleted meeting's committee id
    status_message = Signal(str)
    open_report_requested = Signal(int)  # a report id, from the agenda editor
    minutes_requested = Signal(int)  # this meeting's id: start (if need be) and open its minutes

    def __init__(self, db, db_path: str | Path, parent=None, today=date.today):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.meeting: Meeting | None = None
        self.dialog: MeetingDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.exporter = AgendaExporter(db_path, self)
        self.exporter.busy_changed.connect(self._show_busy)
        self.exporter.exported.connect(
            lambda result: self.status_message.emit(f"Agenda exported to {result.pdf.parent}.")
        )
        self.editor = AgendaEditor(db, self.undo_stack, self)
        self.editor.status_message.connect(self.status_message)
        self.editor.open_report_requested.connect(self.open_report_requested)
        self.setStyleSheet(style.PAGE_STYLE)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        self.header = self._header()
        layout.addLayout(self.header)
        self.cards = QGridLayout()
        self.cards.setSpacing(14)
        self._card_widgets = (self._details_card(), self._status_card(), self._future_card())
        self._wide: bool | None = None
        self._arrange_cards(wide=True)
        layout.addLayout(self.cards)
        agenda_card, agenda_layout = style.card("Agenda")
        agenda_layout.addWidget(self.editor)
        layout.addWidget(agenda_card, 1)
        # On a small screen the page scrolls rather than forcing the window to be wide.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # Layout -------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_cards(wide=self.width() >= WIDE_LAYOUT)

    def _arrange_cards(self, wide: bool) -> None:
        """Three cards side by side; on a narrow window (a laptop at 125%) future dates go
        beneath the other two, and the buttons beneath the title, rather than the page
        scrolling sideways."""
        if wide == self._wide:
            return
        self._wide = wide
        self.header.removeItem(self._header_buttons)
        if wide:
            self.header.addLayout(self._header_buttons, 0, 1, Qt.AlignmentFlag.AlignTop)
        else:
            self.header.addLayout(self._header_buttons, 1, 0, Qt.AlignmentFlag.AlignLeft)
        details, status, future = self._card_widgets
        for card in self._card_widgets:
            self.cards.removeWidget(card)
        self.cards.addWidget(details, 0, 0)
        self.cards.addWidget(status, 0, 1)
        if wide:
            self.cards.addWidget(future, 0, 2)
        else:
            self.cards.addWidget(future, 1, 0, 1, 2)
        for column, stretch in enumerate((6, 5, 4) if wide else (1, 1, 0)):
            self.cards.setColumnStretch(column, stretch)

    def _button(self, text: str, icon: QIcon | None, slot, tip: str) -> QPushButton:
        button = QPushButton(text)
        if icon is not None:
            button.setIcon(icon)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _header(self) -> QGridLayout:
        self.title_label = style.page_title()
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("pageSubtitle")
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: the export reports no steps
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.export_button = self._button(
            "E&xport agenda...", style.glyph_icon("\u2913"), self.export_agenda,
            "Save the agenda as Word and PDF (Ctrl+E)")
        self.edit_button = self._button(
            "Edit &details...", style.glyph_icon("\u270e"), self.edit_details,
            "Change the date, time, venue or clerk")
        self.delete_button = self._button(
            "Delete &meeting...", style.glyph_icon("\u2715", style.DESTRUCTIVE),
            self.delete_meeting,
            "Delete this meeting and its agenda")
        self._header_buttons = QHBoxLayout()
        self._header_buttons.addWidget(self.busy_bar)
        for button in (self.edit_button, self.export_button, self.delete_button):
            self._header_buttons.addWidget(button)
        header = QGridLayout()
        header.setSpacing(10)
        header.setColumnStretch(0, 1)
        header.addLayout(titles, 0, 0)
        header.addLayout(self._header_buttons, 0, 1, Qt.AlignmentFlag.AlignTop)
        return header

    def _details_card(self) -> QWidget:
        frame, layout = style.card("Details")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.detail_labels: dict[str, QLabel] = {}
        for row, name in enumerate(["Date", "Time", "Venue", "Clerk"]):
            caption = QLabel(name)
            caption.setObjectName("fieldName")
            value = style.WrappingLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.detail_labels[name] = value
        layout.addLayout(grid)
        layout.addStretch(1)
        return frame

    def _status_card(self) -> QWidget:
        frame, layout = style.card("Status")
        self.status_badge = QLabel()
        self.next_status_button = self._button(
            "", None, self.advance_status, "Move the meeting on to its next stage")
        self.previous_status_button = self._button(
            "", None, self.step_back_status, "Put the status back, if it was set by mistake")
        # Minutes follow the meeting's stage, so they start (and open) from here.
        self.minutes_button = self._button(
            "Start mi&nutes", None, self.request_minutes,
            "Start the minutes of this meeting from its agenda (Ctrl+M)")
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.status_badge)
        badge_row.addStretch(1)
        badge_row.addWidget(self.minutes_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_status_button)
        buttons.addWidget(self.previous_status_button)
        buttons.addStretch(1)
        self.deadline_label = style.WrappingLabel()
        self.deadline_label.setObjectName("deadline")
        layout.addLayout(badge_row)
        layout.addWidget(self.deadline_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return frame

    def _future_card(self) -> QWidget:
        frame, layout = style.card("Future meeting dates")
        self.future_dates_check = QCheckBox("&List future meeting dates on the agenda")
        self.future_dates_check.toggled.connect(self._list_future_dates_toggled)
        self.future_dates_label = style.WrappingLabel()
        self.future_dates_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.future_dates_label)
        layout.addStretch(1)
        layout.addWidget(self.future_dates_check)
        return frame

    # Showing ------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int) -> None:
        """Show the meeting; undo history belongs to one meeting, so it starts afresh."""
        if self.meeting is None or self.meeting.id != meeting_id:
            self.undo_stack.clear()
        self.meeting = meeting_service.get_meeting(self.db, meeting_id)
        self._show_details()
        self.editor.set_meeting(self.meeting)

    def refresh(self) -> None:
        """Reload after a change to the meeting (also by undo/redo) and tell the window."""
        self.meeting = meeting_service.get_meeting(self.db, self.meeting.id)
        self._show_details()
        self.meeting_changed.emit(self.meeting.id)

    def _show_details(self) -> None:
        m = self.meeting
        committee = committee_service.get_committee(self.db, m.committee_id)
        self.title_label.setText(committee.name)
        self.subtitle_label.setText(
            f"Meeting on {agenda_date(m.date)} at {clock_time(m.start_time)}")
        for name, text in [("Date", agenda_date(m.date)),
                           ("Time", clock_time(m.start_time)), ("Venue", m.venue or "Not set"),
                           ("Clerk", m.clerk or "Not set")]:
            self.detail_labels[name].setText(text)
        self._show_status()
        self._show_future_dates()
        started = minutes_service.find_record(self.db, m.id) is not None
        self.minutes_button.setText("Open mi&nutes" if started else "Start mi&nutes")
        self.minutes_button.setToolTip(
            "Open the minutes of this meeting (Ctrl+M)" if started
            else "Start the minutes of this meeting from its agenda (Ctrl+M)")

    def _show_status(self) -> None:
        status = self.meeting.status
        self.status_badge.setText(status.label)
        self.status_badge.setStyleSheet(style.status_badge_style(status.value))
        following, preceding = status.next(), status.previous()
        self.next_status_button.setVisible(following is not None)
        self.previous_status_button.setVisible(preceding is not None)
        if following:
            self.next_status_button.setText(f"Mar&k as {following.label.lower()} \u2192")
        if preceding:
            self.previous_status_button.setText(f"\u2190 &Back to {preceding.label.lower()}")
        text, severity = self.deadline_text()
        self.deadline_label.setText(text)
        style.show_severity(self.deadline_label, severity)

    def deadline_text(self) -> tuple[str, str]:
        """What to say about publication, and how urgently ('ok', 'today' or 'passed')."""
        today = self.today()
        deadline = meeting_service.deadline(self.db, self.meeting, today)
        published = self.meeting.published_on
        if published is not None:
            late = " (after the deadline)" if published > deadline.publish_by else ""
            return f"Agenda published on {weekday_date(published)}{late}.", "ok"
        severity = "passed" if deadline.passed else (
            "today" if deadline.publish_by == today else "ok")
        return deadline.message(today), severity

    def _show_future_dates(self) -> None:
        later = meeting_service.future_meetings(self.db, self.meeting)
        lines = [f"{clock_time(m.start_time)} {weekday_date(m.date)}" for m in later]
        self.future_dates_label.setText(
            "\n".join(lines) if lines
            else "No later meetings are arranged. Add them with File \u203a New meeting."
        )
        self.future_dates_check.blockSignals(True)  # showing the value is not changing it
        self.future_dates_check.setChecked(self.meeting.list_future_dates)
        self.future_dates_check.blockSignals(False)

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.export_button.setText("Exporting..." if busy else "E&xport agenda...")

    # Actions ------------------------------------------------------------------------------

    def _change(self, command, *args) -> bool:
        try:
            command(self.undo_stack, self.db, *args, self.refresh)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The meeting was not changed", error)
            return False
        return True

    def _list_future_dates_toggled(self, listed: bool) -> None:
        self._change(meeting_commands.set_list_future_dates, self.meeting.id, listed)

    def advance_status(self) -> None:
        following = self.meeting.status.next()
        if following and self._change(
                meeting_commands.set_status, self.meeting.id, following, self.today()):
            self.status_message.emit(f"The meeting is now '{following.label}'.")

    def step_back_status(self) -> None:
        preceding = self.meeting.status.previous()
        if preceding and self._change(
                meeting_commands.set_status, self.meeting.id, preceding, self.today()):
            self.status_message.emit(f"The meeting is back to '{preceding.label}'.")

    def edit_details(self) -> None:
        def save(edited: Meeting) -> None:  # raises a refusal, for the dialog to show
            meeting_commands.update_details(self.undo_stack, self.db, edited, self.refresh)

        dialog = MeetingDialog(self.db, self.meeting.committee_id, self.meeting, self,
                               today=self.today, on_save=save)
        dialog.accepted.connect(lambda: self.status_message.emit("Meeting details saved."))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def delete_meeting(self) -> None:
        m = self.meeting
        question = (f"Delete the meeting on {agenda_date(m.date)} and its agenda of "
                    f"{self.editor.model.rowCount()} items?\n\nThis cannot be undone.")
        if not messages.confirm(self, "Delete meeting", question, "Delete meeting"):
            return
        try:
            meeting_service.delete_meeting(self.db, m.id)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The meeting was not deleted", error)
            return
        self.undo_stack.clear()
        self.meeting = None
        self.status_message.emit(f"Deleted the meeting on {agenda_date(m.date)}.")
        self.meeting_deleted.emit(m.committee_id)

    def request_minutes(self) -> None:
        if self.meeting is not None:
            self.minutes_requested.emit(self.meeting.id)

    def export_agenda(self) -> None:
        if self.meeting is not None:
            self.exporter.choose_folder_and_export(self.meeting.id)
