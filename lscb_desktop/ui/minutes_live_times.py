"""The times card of live mode: one key records when the meeting commenced and when it
concluded; a time edit appears for each recorded time so that it can be corrected; the
sentence the minutes will print is shown beneath."""

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QTimeEdit, QWidget

from .form_feedback import muted
from .minutes_live_text import running_times
from .style import TIME_FORMAT, WrappingLabel, card



class _RecordedTime(QTimeEdit):
    def __init__(self, name: str):
        super().__init__()
        self.setDisplayFormat(TIME_FORMAT)
        self.setAccessibleName(name)
        self.setMinimumWidth(120)


class TimesPanel(QWidget):
    start_requested = Signal()
    end_requested = Signal()
    corrected = Signal(object, object)  # commenced, concluded (datetime.time or None)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        frame, layout = card("Times")
        self.started = QPushButton("Meeting &started")
        self.started.setToolTip("Record that the meeting commenced now (Ctrl+Shift+S)")
        self.ended = QPushButton("Meeting &ended")
        self.ended.setToolTip("Record that the meeting concluded now (Ctrl+Shift+E)")
        self.started.clicked.connect(self.start_requested)
        self.ended.clicked.connect(self.end_requested)
        self.commenced_edit = _RecordedTime("Commenced at")
        self.concluded_edit = _RecordedTime("Concluded at")
        self.commenced_none = muted(QLabel("not yet"))
        self.concluded_none = muted(QLabel("not yet"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for row, (name, edit, none, button) in enumerate((
                ("Commenced", self.commenced_edit, self.commenced_none, self.started),
                ("Concluded", self.concluded_edit, self.concluded_none, self.ended))):
            grid.addWidget(QLabel(name), row, 0)
            cell = QHBoxLayout()
            cell.addWidget(edit)
            cell.addWidget(none)
            grid.addLayout(cell, row, 1)
            grid.addWidget(button, row, 2)
            edit.editingFinished.connect(self._edited)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addWidget(muted(QLabel("Ctrl+Shift+S: started now · Ctrl+Shift+E: ended now")))
        self.sentence = WrappingLabel()
        self.sentence.setObjectName("liveTimesSentence")
        layout.addWidget(self.sentence)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._shown: tuple[time | None, time | None] = (None, None)

    def show_times(self, commenced: time | None, concluded: time | None) -> None:
        self._shown = (commenced, concluded)
        for edit, none, value in ((self.commenced_edit, self.commenced_none, commenced),
                                  (self.concluded_edit, self.concluded_none, concluded)):
            edit.blockSignals(True)
            if value is not None:
                edit.setTime(QTime(value.hour, value.minute))
            edit.blockSignals(False)
            edit.setVisible(value is not None)
            none.setVisible(value is None)
        self.sentence.setText(running_times(commenced, concluded))

    def set_editable(self, editable: bool) -> None:
        for widget in (self.started, self.ended, self.commenced_edit, self.concluded_edit):
            widget.setEnabled(editable)

    def _edited(self) -> None:
        commenced, concluded = (
            self._edit_value(self.commenced_edit, self._shown[0]),
            self._edit_value(self.concluded_edit, self._shown[1]))
        if (commenced, concluded) != self._shown:
            self.corrected.emit(commenced, concluded)

    @staticmethod
    def _edit_value(edit: QTimeEdit, shown: time | None) -> time | None:
        if shown is None:
            return None
        value = edit.time()
        return time(value.hour(), value.minute())
