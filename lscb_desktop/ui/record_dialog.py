"""The shared shape of the small record dialogs (member, officer, standard item): a form,
an inline error, OK/Cancel. OK hands the record to `on_submit`, which saves it through a
service; if the record or the service refuses, the dialog stays open with the message shown
and the offending field focused, so nothing typed is lost."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ..domain.errors import NotFound, ValidationError
from .form_feedback import InlineError, focus_field


class RecordDialog(QDialog):
    def __init__(self, title: str, ok_text: str, on_submit: Callable[[object], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._on_submit = on_submit
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        self.error = InlineError(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # Subclasses provide these two.
    def record(self):
        """The record as the fields describe it."""
        raise NotImplementedError

    def field_widgets(self) -> dict[str, QWidget]:
        """Widgets by the field names ValidationError uses."""
        raise NotImplementedError

    def check(self, record) -> None:
        """Raise ValidationError if the record breaks a rule (the domain's own check)."""
        record.validate()

    def accept(self) -> None:
        record = self.record()
        try:
            self.check(record)
            self._on_submit(record)
        except (ValidationError, NotFound) as error:
            self.error.show_message(str(error))
            fields = self.field_widgets()
            focus_field(fields, getattr(error, "field", None), next(iter(fields.values())))
            return
        super().accept()
