"""Approving the minutes of the previous meeting: the meeting now sitting resolves that they
are a correct record, with or without an amendment (which is recorded). Once approved they
are locked as the signed record."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..domain.dates import long_date
from ..domain.decisions import minutes_approved
from .form_feedback import muted
from .record_dialog import RecordDialog


@dataclass(frozen=True)
class Approval:
    approved_by: str
    amendment: str


class ApprovalDialog(RecordDialog):
    def __init__(self, previous: date, approving: date, user: str,
                 on_submit: Callable[[Approval], None], parent: QWidget | None = None):
        super().__init__("Approve minutes of previous meeting", "Approve minutes", on_submit,
                         parent)
        self.setMinimumWidth(560)
        self._previous = previous
        intro = QLabel(f"The meeting of {long_date(approving)} resolves to approve the minutes "
                       f"of the meeting held on {long_date(previous)}.", self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.amendment_edit = QLineEdit(self)
        self.amendment_edit.setPlaceholderText(
            "Leave empty if approved as they stand, e.g. the correction of a name in minute 21")
        self.by_edit = QLineEdit(user, self)
        for text, widget in (("Subject &to", self.amendment_edit), ("Recorded &by", self.by_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.resolution = muted(QLabel(self))
        self.resolution.setObjectName("approvalResolution")
        self.form.addRow(self.resolution)
        self.form.addRow(muted(QLabel(
            "Approved minutes are the signed record: they are locked, and change afterwards "
            "only by a recorded correction.", self)))
        self.amendment_edit.textChanged.connect(self._show_resolution)
        self._show_resolution()
        self.amendment_edit.setFocus()

    def _show_resolution(self) -> None:
        text = minutes_approved(self._previous, self.amendment_edit.text())
        self.resolution.setText(f"RESOLVED \u2013 {text}")

    def check(self, record) -> None:
        """The service checks the approval (who, which meeting, its status)."""

    def record(self) -> Approval:
        return Approval(self.by_edit.text().strip(), self.amendment_edit.text().strip())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"approved_by": self.by_edit, "amendment": self.amendment_edit}
