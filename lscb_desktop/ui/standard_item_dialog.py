"""Adding or editing a standard item: the title and purpose line it opens every agenda with."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..domain.committee import StandardItem
from ..domain.errors import ValidationError
from .form_feedback import muted
from .record_dialog import RecordDialog
from .standard_item_table_model import (
    AUTOMATIC_MINUTES_PURPOSE,
    AUTOMATIC_NOTE,
    has_automatic_purpose,
)


class StandardItemDialog(RecordDialog):
    def __init__(self, item: StandardItem, on_submit: Callable[[StandardItem], None],
                 parent: QWidget | None = None):
        adding = not item.key
        super().__init__("Add standard item" if adding else "Edit standard item",
                         "Add item" if adding else "Save", on_submit, parent)
        self.setMinimumWidth(520)
        self._item = item
        self.title_edit = QLineEdit(item.title, self)
        self.title_edit.setPlaceholderText("e.g. Public Speaking Time")
        self.purpose_edit = QPlainTextEdit(item.purpose, self)
        self.purpose_edit.setPlaceholderText("To receive ... (optional)")
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        for text, edit in (("&Title", self.title_edit), ("&Purpose", self.purpose_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        if has_automatic_purpose(item):
            self.purpose_edit.setPlainText(AUTOMATIC_MINUTES_PURPOSE)
            self.purpose_edit.setEnabled(False)
            self.form.addRow("", muted(QLabel(AUTOMATIC_NOTE, self)))
        self.form.addRow("", muted(QLabel(
            "New meetings of this committee start their agenda with this item.", self)))
        self.title_edit.setFocus()

    def record(self) -> StandardItem:
        purpose = (self._item.purpose if has_automatic_purpose(self._item)
                   else self.purpose_edit.toPlainText().strip())
        return replace(self._item, title=self.title_edit.text().strip(), purpose=purpose)

    def check(self, record: StandardItem) -> None:
        if not record.title:
            raise ValidationError("A standard item needs a title: enter the heading it has "
                                  "on the agenda.", "title")

    def field_widgets(self) -> dict[str, QWidget]:
        return {"title": self.title_edit, "purpose": self.purpose_edit}
