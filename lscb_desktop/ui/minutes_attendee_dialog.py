"""Adding or editing someone in attendance who is not a member: an officer in attendance,
or someone else present (a guest, a young person's advocate)."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ..domain.attendance import Attendee, AttendeeKind
from .minutes_attendance_table_model import KIND_LABELS
from .record_dialog import RecordDialog


class AttendeeDialog(RecordDialog):
    def __init__(self, person: Attendee | None, on_submit: Callable[[Attendee], None],
                 parent: QWidget | None = None):
        adding = person is None
        super().__init__("Add person present" if adding else "Edit person present",
                         "Add" if adding else "Save", on_submit, parent)
        self._person = person or Attendee("")
        self.name_edit = QLineEdit(self._person.name, self)
        self.name_edit.setPlaceholderText("e.g. Kerry Birtles")
        self.capacity_edit = QLineEdit(self._person.capacity, self)
        self.capacity_edit.setPlaceholderText("Job title or organisation, e.g. Head of Service")
        self.kind_combo = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label, kind.value)
        self.kind_combo.setCurrentIndex(list(KIND_LABELS).index(self._person.kind))
        for text, widget in (("&Name", self.name_edit), ("&Capacity", self.capacity_edit),
                             ("&Listed as", self.kind_combo)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.name_edit.setFocus()

    def record(self) -> Attendee:
        return replace(self._person, name=self.name_edit.text().strip(),
                       capacity=self.capacity_edit.text().strip(),
                       kind=AttendeeKind(self.kind_combo.currentData()))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"name": self.name_edit, "capacity": self.capacity_edit}
