"""The top of live mode: the item being taken now, large enough to read across the room
(number, title, a Part 2 marker) with the next item shown small beneath."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..domain.minutes import Minute
from .minutes_live_text import next_line, part_two_note
from .style import ACCENT, BORDER, MUTED

_STYLE = f"""
QFrame#liveHeader {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 8px; }}
QLabel#liveNumber {{ color: {ACCENT}; }}
QLabel#livePosition, QLabel#liveNext {{ color: {MUTED}; }}
QLabel#livePart2 {{ color: #7a4b00; background: #fff4d6; border-radius: 4px;
                    padding: 4px 10px; font-weight: 600; }}
"""


def _sized(label: QLabel, scale: float, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class CurrentItemHeader(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("liveHeader")
        self.setStyleSheet(_STYLE)
        self.number = _sized(QLabel(), 2.2, bold=True)
        self.number.setObjectName("liveNumber")
        self.number.setMinimumWidth(90)
        self.title = _sized(QLabel(), 2.0, bold=True)
        self.title.setObjectName("liveTitle")
        self.title.setWordWrap(True)
        self.position = QLabel()
        self.position.setObjectName("livePosition")
        self.part_two = QLabel()
        self.part_two.setObjectName("livePart2")
        self.part_two.setWordWrap(True)
        self.next = _sized(QLabel(), 1.05)
        self.next.setObjectName("liveNext")

        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.position)
        text.addWidget(self.title)
        text.addWidget(self.part_two)
        text.addWidget(self.next)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(16)
        row.addWidget(self.number)
        row.addLayout(text, 1)

    def show_minute(self, minute: Minute, position: int, count: int,
                    following: Minute | None, live: bool = True) -> None:
        self.number.setText(str(minute.number))
        self.title.setText(minute.title)
        where = f"ITEM {position} OF {count}"
        self.position.setText(f"NOW TAKING \u00b7 {where}" if live else where)
        note = part_two_note(minute)
        self.part_two.setText(note)
        self.part_two.setVisible(bool(note))
        self.next.setText(next_line(following))

    def show_nothing(self, message: str) -> None:
        self.number.clear()
        self.title.setText(message)
        self.position.clear()
        self.part_two.hide()
        self.next.clear()
