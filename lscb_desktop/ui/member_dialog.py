"""Adding or editing a committee member: name, role, organisation and dates of membership."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.committee import Member, MemberRole
from .form_feedback import muted
from .optional_date_edit import OptionalDateEdit
from .record_dialog import RecordDialog


class MemberDialog(RecordDialog):
    def __init__(self, member: Member, on_submit: Callable[[Member], None],
                 parent: QWidget | None = None):
        adding = member.id is None
        super().__init__("Add member" if adding else "Edit member",
                         "Add member" if adding else "Save", on_submit, parent)
        self._member = member
        self.name_edit = QLineEdit(member.name, self)
        self.name_edit.setPlaceholderText("e.g. Councillor Jane Smith")
        self.role_combo = QComboBox(self)
        for role in MemberRole:
            self.role_combo.addItem(role.value, role.value)  # Qt stores str enums as str
        self.role_combo.setCurrentIndex(list(MemberRole).index(member.role))
        self.organisation_edit = QLineEdit(member.organisation, self)
        self.organisation_edit.setPlaceholderText("For co-opted members: the body they represent")
        self.start_edit = OptionalDateEdit("From", self)
        self.start_edit.set_value(member.start_date)
        self.end_edit = OptionalDateEdit("Until", self)
        self.end_edit.set_value(member.end_date)
        check_width = max(self.start_edit.check.sizeHint().width(),
                          self.end_edit.check.sizeHint().width())
        for optional in (self.start_edit, self.end_edit):
            optional.check.setMinimumWidth(check_width)  # the two dates line up

        dates = QWidget(self)
        dates_layout = QVBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.setSpacing(4)
        dates_layout.addWidget(self.start_edit)
        dates_layout.addWidget(self.end_edit)
        dates_layout.addWidget(muted(QLabel(
            "Leave a date unticked if it is not known. Former members stay on record "
            "for the meetings they attended.", dates)))

        self.form.addRow(self._label("&Name", self.name_edit), self.name_edit)
        self.form.addRow(self._label("&Role", self.role_combo), self.role_combo)
        self.form.addRow(self._label("Or&ganisation", self.organisation_edit),
                         self.organisation_edit)
        self.form.addRow(self._label("Membership", self.start_edit), dates)
        self.setTabOrder(self.name_edit, self.role_combo)
        self.setTabOrder(self.role_combo, self.organisation_edit)
        self.setTabOrder(self.organisation_edit, self.start_edit.check)
        self.setTabOrder(self.start_edit.check, self.start_edit.edit)
        self.setTabOrder(self.start_edit.edit, self.end_edit.check)
        self.setTabOrder(self.end_edit.check, self.end_edit.edit)
        self.name_edit.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def record(self) -> Member:
        return replace(
            self._member,
            name=self.name_edit.text().strip(),
            role=MemberRole(self.role_combo.currentData()),
            organisation=self.organisation_edit.text().strip(),
            start_date=self.start_edit.value(),
            end_date=self.end_edit.value(),
        )

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "name": self.name_edit,
            "role": self.role_combo,
            "organisation": self.organisation_edit,
            "start_date": self.start_edit.edit,
            "end_date": self.end_edit.edit,
        }
