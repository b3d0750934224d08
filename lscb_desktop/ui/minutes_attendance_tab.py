"""The Attendance tab of the minutes page: each member's attendance (present, apologies,
absent, substituted and by whom) with the apologies minute it writes shown beneath, and the
officers in attendance and others present. Every change is an undoable command."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ..domain.attendance import AttendanceStatus, Attendee, AttendeeKind
from ..domain.standard_items import APOLOGIES
from ..services import attendance_service, committee_service, meeting_service, minutes_service
from . import messages, minutes_commands, style
from .minutes_attendance_table_model import (
    COL_NAME, COL_ROLE, COL_STATUS, COL_SUBSTITUTE, AttendeeTableModel, MemberAttendanceModel,
)
from .minutes_attendee_dialog import AttendeeDialog
from .minutes_commands import MinutesContext
from .minutes_style import minute_text_label
from .minutes_style import TABLE_STYLE
from .record_table_panel import RecordTablePanel

STATUS_BUTTONS = ((AttendanceStatus.PRESENT, "&Present"),
                  (AttendanceStatus.APOLOGIES, "Apo&logies"),
                  (AttendanceStatus.ABSENT, "A&bsent"))


class MinutesAttendanceTab(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: MinutesContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.meeting_id: int | None = None
        self.locked = False
        self.dialog: AttendeeDialog | None = None
        self.members = MemberAttendanceModel(self)
        self.members.substitute_entered.connect(self._substitute_entered)
        self.attendees = AttendeeTableModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self._members_card(), 3)
        layout.addWidget(self._attendees_card(), 2)

    def _members_card(self) -> QWidget:
        card, layout = style.card("Members")
        self.members_view = QTableView()
        self.members_view.setObjectName("attendanceTable")
        self.members_view.setModel(self.members)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.members_view.setShowGrid(False)
        self.members_view.setAlternatingRowColors(True)
        self.members_view.setStyleSheet(TABLE_STYLE)
        self.members_view.verticalHeader().hide()
        self.members_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.members_view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (COL_ROLE, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_NAME, COL_SUBSTITUTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.members_view.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.status_buttons: dict[AttendanceStatus, QPushButton] = {}
        for status, text in (*STATUS_BUTTONS, (AttendanceStatus.SUBSTITUTED, "&Substituted...")):
            button = QPushButton(text)
            button.setToolTip(f"Mark the selected member {status.label.lower()}")
            button.clicked.connect(lambda _=False, s=status: self.mark_selected(s))
            buttons.addWidget(button)
            self.status_buttons[status] = button
        self.status_buttons[AttendanceStatus.SUBSTITUTED].setToolTip(
            "Type the name of the substitute who attended in the selected member's place")
        buttons.addStretch(1)
        self.apologies_label = minute_text_label()
        self.apologies_label.setObjectName("apologiesMinute")
        self.apologies_label.setToolTip("The apologies minute, written from the attendance")
        layout.addLayout(buttons)
        layout.addWidget(self.members_view, 1)
        layout.addWidget(self.apologies_label)
        return card

    def _attendees_card(self) -> QWidget:
        card, layout = style.card("Officers in attendance and others present")
        self.attendee_panel = RecordTablePanel(self.attendees, "person", self)
        self.attendee_panel.add_button.setText("Add perso&n...")
        self.attendee_panel.stretch_columns(0, 1)
        self.attendee_panel.add_requested.connect(self.add_attendee)
        self.attendee_panel.edit_requested.connect(self.edit_attendee)
        self.attendee_panel.remove_requested.connect(self.remove_attendee)
        self.officers_button = QPushButton("Add the committee's &officers")
        self.officers_button.setToolTip("List the committee's supporting officers as in "
                                        "attendance (those not listed already)")
        self.officers_button.clicked.connect(self.add_committee_officers)
        self.attendee_panel.toolbar.insertWidget(3, self.officers_button)
        # after the panel's own: locked minutes keep Edit and Remove off
        self.attendee_panel.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.attendees.modelReset.connect(self._update_buttons)
        layout.addWidget(self.attendee_panel)
        return card

    # Showing --------------------------------------------------------------------------------

    def load(self, meeting_id: int, locked: bool) -> None:
        self.meeting_id, self.locked = meeting_id, locked
        row = self._selected_row()
        self.members.editable = not locked
        self.members.set_rows(attendance_service.attendance(self.db, meeting_id))
        self.attendees.set_rows(attendance_service.attendees(self.db, meeting_id))
        if row is not None and row < self.members.rowCount():
            self.members_view.selectRow(row)
        apologies = next((m for m in minutes_service.get_minutes(self.db, meeting_id)
                          if m.standard_key == APOLOGIES), None)
        self.apologies_label.setVisible(apologies is not None)
        if apologies is not None:
            self.apologies_label.setText(f"Minute {apologies.number}:  {apologies.narrative}")
        for button in (self.attendee_panel.add_button, self.officers_button):
            button.setEnabled(not locked)
        self._update_buttons()

    def _selected_row(self) -> int | None:
        rows = self.members_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self, *_) -> None:
        chosen = self._selected_row() is not None and not self.locked
        for button in self.status_buttons.values():
            button.setEnabled(chosen)
        panel = self.attendee_panel
        has_row = panel.selected_row() is not None and not self.locked
        panel.edit_button.setEnabled(has_row)
        panel.remove_button.setEnabled(has_row)

    # Members --------------------------------------------------------------------------------

    def select_member(self, name: str) -> None:
        row = next(i for i, a in enumerate(self.members.rows()) if a.name == name)
        self.members_view.selectRow(row)

    def mark_selected(self, status: AttendanceStatus) -> None:
        row = self._selected_row()
        if row is None or self.locked:
            return
        if status is AttendanceStatus.SUBSTITUTED:  # the name makes it so; ask for it
            index = self.members.index(row, COL_SUBSTITUTE)
            self.members_view.setCurrentIndex(index)
            self.members_view.edit(index)
            return
        self._set(row, status, "")

    def _substitute_entered(self, row: int, name: str) -> None:
        # A name means someone came in the member's place; no name, that they sent apologies.
        status = AttendanceStatus.SUBSTITUTED if name else AttendanceStatus.APOLOGIES
        self._set(row, status, name)

    def _set(self, row: int, status: AttendanceStatus, substitute: str) -> None:
        member = self.members.record_at(row)
        try:
            minutes_commands.set_attendance(self.ctx, member, status, substitute)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The attendance was not changed", error)
            return
        self.status_message.emit(f"{member.name}: {status.label.lower()}.")

    # Officers and others --------------------------------------------------------------------

    def _open_dialog(self, person: Attendee | None, submit) -> None:
        dialog = AttendeeDialog(person, submit, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _save_people(self, people: list[Attendee], text: str) -> None:
        """Raises what the service refuses, for the dialog to show."""
        minutes_commands.set_attendees(self.ctx, self.meeting_id, people, text)

    def add_attendee(self) -> None:
        if not self.locked:
            self._open_dialog(None, lambda p: self._save_people(
                [*self.attendees.rows(), p], f"Add {p.name}"))

    def edit_attendee(self, row: int) -> None:
        if self.locked:
            return
        people = self.attendees.rows()

        def submit(edited: Attendee) -> None:
            self._save_people(people[:row] + [edited] + people[row + 1:], f"Edit {edited.name}")
        self._open_dialog(people[row], submit)

    def remove_attendee(self, row: int) -> None:
        if self.locked:
            return
        people = self.attendees.rows()
        removed = people.pop(row)
        self._run_people(people, f"Remove {removed.name}")
        self.status_message.emit(f"Removed {removed.name}. Undo (Ctrl+Z) brings them back.")

    def add_committee_officers(self) -> None:
        meeting = meeting_service.get_meeting(self.db, self.meeting_id)
        listed = {p.name for p in self.attendees.rows()}
        new = [Attendee(o.name, o.job_title, AttendeeKind.OFFICER)
               for o in committee_service.officers(self.db, meeting.committee_id)
               if o.name not in listed]
        if not new:
            self.status_message.emit("The committee's officers are all listed already.")
            return
        self._run_people([*self.attendees.rows(), *new], "Add the committee's officers")

    def _run_people(self, people: list[Attendee], text: str) -> None:
        try:
            self._save_people(people, text)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "Those present were not changed", error)
