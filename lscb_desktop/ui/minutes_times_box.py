"""When the meeting commenced and concluded, with the sentence the minutes end on ("The
meeting commenced at 4.00 pm and concluded at 6.10 pm"). A time is applied when the clerk
leaves its field; a refused pair (concluding before commencing) is explained beside the
fields and left as typed."""

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QTimeEdit, QVBoxLayout, QWidget

from ..domain.minutes import MinutesRecord
from .form_feedback import InlineError
from .minutes_style import minute_text_label
from .style import TIME_FORMAT



class OptionalTimeEdit(QWidget):
    """A time that may not be known yet: a checkbox enabling a time edit."""

    edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = QTimeEdit(self)
        self.edit.setDisplayFormat(TIME_FORMAT)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self._toggled)
        self.edit.editingFinished.connect(self.edited)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, 0)
        layout.addWidget(self.edit, 0, 1)
        layout.setColumnStretch(2, 1)
        self.setFocusProxy(self.check)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on and self.isEnabled())
        self.edited.emit()

    def value(self) -> time | None:
        return self.edit.time().toPython() if self.check.isChecked() else None

    def set_value(self, value: time | None, default: time) -> None:
        for widget in (self.check, self.edit):
            widget.blockSignals(True)  # showing a value is not editing it
        self.check.setChecked(value is not None)
        shown = value or default
        self.edit.setTime(QTime(shown.hour, shown.minute))
        self.edit.setEnabled(value is not None)
        for widget in (self.check, self.edit):
            widget.blockSignals(False)


class MeetingTimesBox(QWidget):
    times_edited = Signal(object, object)  # commenced, concluded (time or None)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.commenced = OptionalTimeEdit("C&ommenced", self)
        self.concluded = OptionalTimeEdit("Conc&luded", self)
        width = max(e.check.sizeHint().width() for e in (self.commenced, self.concluded))
        for edit in (self.commenced, self.concluded):
            edit.check.setMinimumWidth(width)  # the two times line up
            edit.edited.connect(self._edited)
        self.sentence = minute_text_label()
        self.sentence.setObjectName("timesSentence")
        self.error = InlineError(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.commenced, self.concluded, self.error, self.sentence):
            layout.addWidget(widget)
        self._shown: tuple = (None, None)

    def show_record(self, record: MinutesRecord, start: time, locked: bool) -> None:
        self.commenced.set_value(record.commenced, start)
        self.concluded.set_value(record.concluded, record.commenced or start)
        self._shown = (record.commenced, record.concluded)
        self.error.clear_message()
        sentence = record.times_sentence()
        self.sentence.setText(f"{sentence}." if sentence else
                              "Tick both times for the sentence the minutes end on.")
        for edit in (self.commenced, self.concluded):
            edit.setEnabled(not locked)

    def show_refusal(self, message: str) -> None:
        self.error.show_message(message)

    def _edited(self) -> None:
        values = (self.commenced.value(), self.concluded.value())
        if values != self._shown:
            self.times_edited.emit(*values)
