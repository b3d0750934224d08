"""Editing one action from the actions log: what is to be done, who will do it, and by when.
Where it arose is shown above the fields; its status is changed from the log itself."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..domain.actions import Action
from ..domain.dates import long_date
from ..services.action_service import ActionEntry
from .form_feedback import muted
from .optional_date_edit import OptionalDateEdit
from .record_dialog import RecordDialog


class ActionDialog(RecordDialog):
    def __init__(self, entry: ActionEntry, on_submit: Callable[[Action], None],
                 parent: QWidget | None = None):
        super().__init__("Edit action", "Save", on_submit, parent)
        self._action = entry.action
        logged = entry.logged
        origin = muted(QLabel(f"Minute {logged.minute_number}, {logged.minute_title}\n"
                              f"{logged.committee_name}, {long_date(logged.meeting_date)}",
                              self))
        self.form.addRow(origin)
        self.description_edit = QLineEdit(entry.action.description, self)
        self.description_edit.setPlaceholderText("e.g. Contact the venue about the hearing loop")
        self.owner_edit = QLineEdit(entry.action.owner, self)
        self.owner_edit.setPlaceholderText("Who will do it, e.g. Ben Tranter")
        self.due_edit = OptionalDateEdit("Due &by", self)
        self.due_edit.set_value(entry.action.due)
        for text, edit in (("&Action", self.description_edit), ("&Owner", self.owner_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.form.addRow("", self.due_edit)
        self.setMinimumWidth(520)
        self.description_edit.setFocus()

    def record(self) -> Action:
        return replace(self._action, description=self.description_edit.text().strip(),
                       owner=self.owner_edit.text().strip(), due=self.due_edit.value())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"description": self.description_edit, "owner": self.owner_edit,
                "due": self.due_edit}
