"""Adding or editing a supporting officer: name, job title and contact details."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..domain.committee import Officer
from .record_dialog import RecordDialog


class OfficerDialog(RecordDialog):
    def __init__(self, officer: Officer, on_submit: Callable[[Officer], None],
                 parent: QWidget | None = None):
        adding = officer.id is None
        super().__init__("Add officer" if adding else "Edit officer",
                         "Add officer" if adding else "Save", on_submit, parent)
        self._officer = officer
        self.name_edit = QLineEdit(officer.name, self)
        self.name_edit.setPlaceholderText("e.g. Sam Patel")
        self.job_title_edit = QLineEdit(officer.job_title, self)
        self.job_title_edit.setPlaceholderText("e.g. Democratic Services Officer")
        self.email_edit = QLineEdit(officer.email, self)
        self.email_edit.setPlaceholderText("name@council.gov.uk")
        self.phone_edit = QLineEdit(officer.phone, self)
        for text, edit in (("&Name", self.name_edit), ("&Job title", self.job_title_edit),
                           ("E&mail", self.email_edit), ("&Phone", self.phone_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.name_edit.setFocus()

    def record(self) -> Officer:
        return replace(
            self._officer,
            name=self.name_edit.text().strip(),
            job_title=self.job_title_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
        )

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "name": self.name_edit,
            "job_title": self.job_title_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
        }
