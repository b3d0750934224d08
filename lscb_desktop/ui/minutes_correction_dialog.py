"""Recording a correction to approved minutes: which text (the narrative or one decision),
the corrected text, and the resolution that authorised it. The original is kept in the
minute's history (minutes_approval_service.correct_minute)."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ..domain.minutes import Minute
from .form_feedback import muted
from .record_dialog import RecordDialog


@dataclass(frozen=True)
class CorrectionRequest:
    corrected: str
    resolution_reference: str
    corrected_by: str
    decision_position: int | None  # None: the narrative


class CorrectionDialog(RecordDialog):
    def __init__(self, minute: Minute, user: str, on_submit: Callable[[CorrectionRequest], None],
                 parent: QWidget | None = None):
        super().__init__(f"Record a correction to minute {minute.number}", "Record correction",
                         on_submit, parent)
        self.setMinimumWidth(600)
        self._minute = minute
        self.form.addRow(muted(QLabel(
            "Approved minutes are the signed record. A correction needs the resolution that "
            "authorised it; the original text is kept in the minute's history.", self)))
        self.part_combo = QComboBox(self)
        self.part_combo.addItem("Narrative", None)
        for n, decision in enumerate(minute.decisions):
            self.part_combo.addItem(f"Decision ({n + 1}): {decision.text[:60]}", n)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText("e.g. Minute 31, 19 March 2019")
        self.by_edit = QLineEdit(user, self)
        for text, widget in (("&Correct", self.part_combo), ("Corrected &text", self.text_edit),
                             ("&Authorised by", self.reference_edit),
                             ("Recorded &by", self.by_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.part_combo.currentIndexChanged.connect(self._show_original)
        self._show_original()
        self.text_edit.setFocus()

    def _show_original(self) -> None:
        position = self.part_combo.currentData()
        self.text_edit.setPlainText(self._minute.narrative if position is None
                                    else self._minute.decisions[position].text)

    def check(self, record) -> None:
        """The service checks the correction (reference, who, a real change)."""

    def record(self) -> CorrectionRequest:
        return CorrectionRequest(self.text_edit.toPlainText().strip(),
                                 self.reference_edit.text().strip(), self.by_edit.text().strip(),
                                 self.part_combo.currentData())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"corrected": self.text_edit, "resolution_reference": self.reference_edit,
                "corrected_by": self.by_edit, "decision_position": self.part_combo}
