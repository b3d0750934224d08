"""Creating a meeting or editing its details: committee, date (with a calendar), start time,
venue and clerk. The layout is the Designer form forms/meeting_dialog.ui."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from ..domain.dates import weekday_date
from ..domain.deadlines import publication_deadline
from ..domain.meeting import Meeting
from ..services import committee_service, meeting_service, settings_service
from . import messages
from .form_feedback import InlineError, focus_field, muted
from .forms import load_form

class MeetingDialog(QDialog):
    """New meeting (`meeting` None): on OK the meeting is created and `created_id` set.
    Editing: on OK the edited copy goes to `on_save` (the caller saves it undoably) and is
    kept in `meeting`. A refusal keeps the dialog open with the reason and the field shown."""

    def __init__(self, db, committee_id: int, meeting: Meeting | None = None, parent=None,
                 today=date.today, on_save: Callable[[Meeting], None] | None = None):
        super().__init__(parent)
        self.db = db
        self.meeting = meeting
        self._on_save = on_save
        self.created_id: int | None = None
        self._today = today
        self.setWindowTitle("Meeting details" if meeting else "New meeting")
        self.setMinimumWidth(560)
        self.form = load_form("meeting_dialog.ui", self)
        self.error_label = InlineError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Save" if meeting else "Create meeting")
        ok.setDefault(True)  # Enter accepts
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        f = self.form
        muted(f.deadlineHint)
        for summary in committee_service.list_committees(db):
            f.committeeCombo.addItem(summary.name, summary.id)
        f.committeeCombo.setCurrentIndex(f.committeeCombo.findData(committee_id))
        f.committeeCombo.setEnabled(meeting is None)  # a meeting stays with its committee
        f.dateEdit.dateChanged.connect(self._show_deadline)
        if meeting:
            self._show(meeting)
        else:
            f.committeeCombo.currentIndexChanged.connect(self._fill_defaults)
            self._fill_defaults()
        f.dateEdit.setFocus()

    def _fill_defaults(self) -> None:
        committee_id = self.form.committeeCombo.currentData()
        committee = committee_service.get_committee(self.db, committee_id)
        earlier = meeting_service.list_meetings(self.db, committee_id)
        self.form.dateEdit.setDate(QDate(meeting_service.suggested_date(self.db, committee_id, self._today())))
        self.form.timeEdit.setTime(QTime(committee.default_start_time))
        self.form.venueEdit.setText(committee.default_venue)
        self.form.clerkEdit.setText(earlier[-1].meeting.clerk if earlier else "")

    def _show(self, meeting: Meeting) -> None:
        self.form.dateEdit.setDate(QDate(meeting.date))
        self.form.timeEdit.setTime(QTime(meeting.start_time))
        self.form.venueEdit.setText(meeting.venue)
        self.form.clerkEdit.setText(meeting.clerk)
        self._show_deadline()

    def _show_deadline(self) -> None:
        day = self.form.dateEdit.date().toPython()
        days = settings_service.clear_days(self.db)
        self.form.deadlineHint.setText(
            f"Agenda to be published by {weekday_date(publication_deadline(day, days))} "
            f"({days} clear days)."
        )

    def values(self) -> dict:
        f = self.form
        return {
            "committee_id": f.committeeCombo.currentData(),
            "date": f.dateEdit.date().toPython(),
            "start_time": f.timeEdit.time().toPython().replace(second=0, microsecond=0),
            "venue": f.venueEdit.text().strip(),
            "clerk": f.clerkEdit.text().strip(),
        }

    def accept(self) -> None:
        v = self.values()
        try:
            if self.meeting is None:
                self.created_id = meeting_service.create_meeting(
                    self.db, v["committee_id"], v["date"], v["start_time"], v["venue"], v["clerk"]
                )
            else:
                edited = replace(self.meeting, date=v["date"], start_time=v["start_time"],
                                 venue=v["venue"], clerk=v["clerk"])
                edited.validate()
                if self._on_save is not None:
                    self._on_save(edited)
                self.meeting = edited
        except messages.USER_ERRORS as error:
            self.show_problem(str(error), getattr(error, "field", None))
            return
        super().accept()

    def show_problem(self, message: str, field: str | None) -> None:
        self.error_label.show_message(message)
        fields = {"venue": self.form.venueEdit, "date": self.form.dateEdit,
                  "start_time": self.form.timeEdit, "clerk": self.form.clerkEdit}
        focus_field(fields, field, self.form.dateEdit)
