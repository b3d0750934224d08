"""The committee's own details as form fields, shared by the New committee dialog and the
committee page: name, default venue, default start time, minute numbering and (on the page)
terms of reference."""

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from ..domain.committee import Committee, MinuteNumbering
from .style import TIME_FORMAT

NUMBERING_LABELS = {
    MinuteNumbering.MUNICIPAL_YEAR: "Restart each municipal year (May)",
    MinuteNumbering.CONTINUOUS: "Continuous (never restart)",
}


class CommitteeFields(QWidget):
    changed = Signal()

    def __init__(self, with_terms_of_reference: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText("e.g. Corporate Parenting Committee")
        self.venue_edit = QLineEdit(self)
        self.venue_edit.setPlaceholderText("e.g. Committee Room 1, Town Hall")
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat(TIME_FORMAT)
        self.time_edit.setMinimumWidth(110)
        self.numbering_combo = QComboBox(self)
        for numbering, label in NUMBERING_LABELS.items():
            self.numbering_combo.addItem(label, numbering.value)  # Qt stores str enums as str
        self.numbering_combo.setToolTip(
            "Minute numbers usually run on through the municipal year (May to April) and "
            "start again at 1 at the annual meeting.")
        self.terms_edit = QPlainTextEdit(self) if with_terms_of_reference else None

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(16)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row("&Name", self.name_edit)
        self._row("Default &venue", self.venue_edit)
        self._row("Default start &time", self.time_edit)
        self._row("&Minute numbering", self.numbering_combo)
        if self.terms_edit is not None:
            self.terms_edit.setTabChangesFocus(True)
            self.terms_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 10 + 12)
            self.terms_edit.setPlaceholderText("What the committee is for and what it may decide.")
            self._row("Terms &of reference", self.terms_edit)

        for edit in (self.name_edit, self.venue_edit):
            edit.textChanged.connect(self.changed)
        self.time_edit.timeChanged.connect(self.changed)
        self.numbering_combo.currentIndexChanged.connect(self.changed)
        if self.terms_edit is not None:
            self.terms_edit.textChanged.connect(self.changed)

    def _row(self, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def fill(self, committee: Committee) -> None:
        self.blockSignals(True)  # one `changed` for the whole refill, not one per field
        try:
            self.name_edit.setText(committee.name)
            self.venue_edit.setText(committee.default_venue)
            start = committee.default_start_time
            self.time_edit.setTime(QTime(start.hour, start.minute))
            self.numbering_combo.setCurrentIndex(
                self.numbering_combo.findData(committee.minute_numbering.value))
            if self.terms_edit is not None:
                self.terms_edit.setPlainText(committee.terms_of_reference)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def read(self, base: Committee) -> Committee:
        """`base` with the details as the fields show them."""
        start: time = self.time_edit.time().toPython()
        return replace(
            base,
            name=self.name_edit.text().strip(),
            default_venue=self.venue_edit.text(),
            default_start_time=start.replace(second=0, microsecond=0),
            minute_numbering=MinuteNumbering(self.numbering_combo.currentData()),
            terms_of_reference=(self.terms_edit.toPlainText() if self.terms_edit is not None
                                else base.terms_of_reference),
        )

    def field_widgets(self) -> dict[str, QWidget]:
        fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "default_venue": self.venue_edit,
            "default_start_time": self.time_edit,
            "minute_numbering": self.numbering_combo,
        }
        if self.terms_edit is not None:
            fields["terms_of_reference"] = self.terms_edit
        return fields
