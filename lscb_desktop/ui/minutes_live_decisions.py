"""The decisions card of live mode: the current minute's decisions as the minutes will print
them, one button per quick insert (Ctrl+1, Ctrl+2 ...), a line for any other resolution,
and a way to take the last decision back out."""

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..domain.decisions import Decision, decision_lines
from .form_feedback import muted
from .style import card

QUICK_KEYS = 9  # Ctrl+1 .. Ctrl+9
_BUTTON_STYLE = "QPushButton { text-align: left; padding: 6px 10px; }"


def quick_key(index: int) -> str:
    return f"Ctrl+{index + 1}"


class DecisionsPanel(QWidget):
    insert_requested = Signal(str)  # the text of a quick insert
    custom_requested = Signal(str)  # a resolution typed by the clerk
    remove_last_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        frame, layout = card("Decisions")
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setObjectName("liveDecisionLines")
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.none_yet = muted(QLabel("No decisions recorded for this item yet."))
        layout.addWidget(self.lines)
        layout.addWidget(self.none_yet)

        self._has_decisions = False
        self._insert_layout = layout
        self.insert_buttons: list[QPushButton] = []
        self.other = QLineEdit()
        self.other.setPlaceholderText("Other resolution: That \u2026  (Enter adds it)")
        self.other.setAccessibleName("Other resolution")
        self.other.returnPressed.connect(self._other_entered)
        self.remove_last = QPushButton("&Remove last decision")
        self.remove_last.setToolTip("Take the last decision of this item back out "
                                    "(Ctrl+Z undoes it too, outside the narrative)")
        self.remove_last.clicked.connect(self.remove_last_requested)
        layout.addSpacing(4)
        layout.addWidget(muted(QLabel("Quick inserts (RESOLVED)")))
        self._buttons_at = layout.count()
        layout.addWidget(self.other)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_last)
        layout.addLayout(row)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def set_inserts(self, inserts: list[str]) -> None:
        for button in self.insert_buttons:
            button.deleteLater()
        self.insert_buttons = []
        for index, text in enumerate(inserts[:QUICK_KEYS]):
            wrapped = "\n".join(textwrap.wrap(text, 44))
            button = QPushButton(f"{quick_key(index)}   {wrapped}")
            button.setStyleSheet(_BUTTON_STYLE)
            button.setToolTip(f"Add 'RESOLVED \u2013 {text}' ({quick_key(index)})")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, t=text: self.insert_requested.emit(t))
            self._insert_layout.insertWidget(self._buttons_at + index, button)
            self.insert_buttons.append(button)

    def show_decisions(self, decisions: list[Decision]) -> None:
        self.lines.setText("\n\n".join(decision_lines(decisions)))
        self.lines.setVisible(bool(decisions))
        self.none_yet.setVisible(not decisions)
        self._has_decisions = bool(decisions)
        self.remove_last.setEnabled(self._has_decisions and self.other.isEnabled())

    def set_editable(self, editable: bool) -> None:
        for button in self.insert_buttons:
            button.setEnabled(editable)
        self.other.setEnabled(editable)
        self.remove_last.setEnabled(editable and self._has_decisions)

    def _other_entered(self) -> None:
        if self.other.text().strip():
            self.custom_requested.emit(self.other.text().strip())
