"""Adding or editing an action arising from a minute: what is to be done, who will do it,
by when, and where it stands."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ..domain.actions import Action, ActionStatus
from .optional_date_edit import OptionalDateEdit
from .record_dialog import RecordDialog


class MinuteActionDialog(RecordDialog):
    def __init__(self, action: Action | None, owners: list[str],
                 on_submit: Callable[[Action], None], parent: QWidget | None = None):
        adding = action is None
        super().__init__("Add action" if adding else "Edit action",
                         "Add action" if adding else "Save", on_submit, parent)
        self._action = action or Action("", "")
        self.setMinimumWidth(520)
        self.description_edit = QLineEdit(self._action.description, self)
        self.description_edit.setPlaceholderText("e.g. Contact the venue about the hearing loop")
        self.owner_combo = QComboBox(self)
        self.owner_combo.setEditable(True)  # usually an officer present; anyone may be named
        self.owner_combo.addItems(owners)
        self.owner_combo.setCurrentText(self._action.owner)
        self.owner_combo.lineEdit().setPlaceholderText("Who will do it")
        self.due_edit = OptionalDateEdit("Due &by", self)
        self.due_edit.set_value(self._action.due)
        self.status_combo = QComboBox(self)
        for status in ActionStatus:
            self.status_combo.addItem(status.label, status.value)
        self.status_combo.setCurrentIndex(list(ActionStatus).index(self._action.status))
        for text, widget in (("&Action", self.description_edit), ("&Owner", self.owner_combo)):
            self.form.addRow(self._label(text, widget), widget)
        self.form.addRow("", self.due_edit)
        self.form.addRow(self._label("&Status", self.status_combo), self.status_combo)
        self.setTabOrder(self.description_edit, self.owner_combo)
        self.setTabOrder(self.owner_combo, self.due_edit.check)
        self.setTabOrder(self.due_edit.check, self.due_edit.edit)
        self.setTabOrder(self.due_edit.edit, self.status_combo)
        self.description_edit.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def record(self) -> Action:
        return replace(self._action, description=self.description_edit.text().strip(),
                       owner=self.owner_combo.currentText().strip(), due=self.due_edit.value(),
                       status=ActionStatus(self.status_combo.currentData()))

    def field_widgets(self) -> dict[str, QWidget]:
        return {"description": self.description_edit, "owner": self.owner_combo,
                "due": self.due_edit.edit}
