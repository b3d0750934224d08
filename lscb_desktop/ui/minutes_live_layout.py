"""The widgets of live mode and where they sit, at a size that reads across a committee room:
the item being taken across the top, the items down the left, the narrative in the middle,
decisions and times on the right."""

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget,
)

from ..domain.minutes import Minute
from .form_feedback import InlineError
from .minutes_live_decisions import DecisionsPanel
from .minutes_live_header import CurrentItemHeader
from .minutes_live_narrative import NarrativeEdit
from .minutes_live_text import is_item, minute_label
from .minutes_live_times import TimesPanel
from .style import ACCENT, BORDER, MUTED, card

LIVE_STYLE = f"""
QListWidget#liveItems {{ border: none; background: transparent; }}
QListWidget#liveItems::item {{ padding: 7px 0; border-radius: 4px; }}
QListWidget#liveItems::item:selected {{ background: #e3edfa; color: #1d4f8c; }}
QPlainTextEdit#liveNarrative {{ border: 1px solid {BORDER}; border-radius: 6px;
                                background: #ffffff; }}
QLabel#liveSaved {{ color: {MUTED}; }}
QLabel#liveMeeting {{ color: {MUTED}; }}
QLabel#liveBanner {{ color: #1d4f8c; background: #e3edfa; border: 1px solid #c3d6ef;
                     border-radius: 4px; padding: 8px 12px; }}
QLabel#liveHeading {{ color: {ACCENT}; font-weight: 600; }}
"""


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setMinimumHeight(34)
    return button


class LiveLayout:
    """Builds the live page's widgets into `page` and keeps them as attributes."""

    def __init__(self, page: QWidget):
        self.heading = QLabel("LIVE MINUTES")
        self.heading.setObjectName("liveHeading")
        self.meeting = QLabel()
        self.meeting.setObjectName("liveMeeting")
        self.saved = QLabel()
        self.saved.setObjectName("liveSaved")
        self.full_screen = _button("Full screen  F11", "Fill the screen (Esc leaves it)")
        self.banner = QLabel()
        self.banner.setObjectName("liveBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.notice = InlineError()
        self.header = CurrentItemHeader()

        self.items = QListWidget()
        self.items.setObjectName("liveItems")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setAccessibleName("Items, in the order taken")
        self.take_now = _button("&Take an item now\u2026",
                                "The chair takes an item out of order: it moves to follow "
                                "this one and the numbers follow (Ctrl+Shift+T)")

        self.narrative = NarrativeEdit()
        self.previous = _button("\u2190  &Previous", "Previous item (Alt+Left, or PgUp "
                                "outside the narrative)")
        self.stamp = _button("Insert &time  Ctrl+T", "Insert the time at the cursor, "
                             "e.g. [4.12 pm]")
        self.next = _button("&Next  \u2192", "Next item (Alt+Right, or PgDown outside the "
                            "narrative)")
        self.decisions = DecisionsPanel()
        self.times = TimesPanel()
        self._place(page)

    def show_state(self, minutes: list[Minute], minute: Minute | None, locked: bool,
                   commenced: time | None, concluded: time | None) -> None:
        """Show `minute` as the item being taken, among `minutes`."""
        index = minutes.index(minute) if minute else -1
        self.items.blockSignals(True)  # a row chosen by the clerk moves; a redraw does not
        self.items.clear()
        self.items.addItems([minute_label(m) for m in minutes])
        self.items.setCurrentRow(index)
        self.items.blockSignals(False)
        if minute is None:
            self.header.show_nothing("The agenda has no items yet: add them to the meeting's "
                                     "agenda, then open live mode again.")
        else:
            following = minutes[index + 1] if index + 1 < len(minutes) else None
            self.header.show_minute(minute, index + 1, len(minutes), following, live=not locked)
            self.decisions.show_decisions(minute.decisions)
        self.times.show_times(commenced, concluded)
        editable = not locked and minute is not None
        self.narrative.setReadOnly(not editable)
        self.stamp.setEnabled(editable)
        self.take_now.setEnabled(editable and len(minutes) > 1)
        self.decisions.set_editable(editable and is_item(minute))
        self.times.set_editable(not locked)
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(0 <= index < len(minutes) - 1)

    def _place(self, page: QWidget) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.meeting, 1)
        top.addWidget(self.saved)
        top.addSpacing(12)
        top.addWidget(self.full_screen)

        items_card, items_layout = card("Items, in the order taken")
        items_layout.addWidget(self.items, 1)
        items_layout.addWidget(self.take_now)
        items_card.setFixedWidth(300)

        centre = QVBoxLayout()
        centre.setSpacing(10)
        centre.addWidget(self.narrative, 1)
        keys = QHBoxLayout()
        keys.addWidget(self.previous)
        keys.addStretch(1)
        keys.addWidget(self.stamp)
        keys.addStretch(1)
        keys.addWidget(self.next)
        centre.addLayout(keys)

        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.decisions)
        side.addWidget(self.times)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(400)
        side.setContentsMargins(0, 0, 0, 0)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(items_card)
        body.addLayout(centre, 1)
        body.addWidget(side_box)

        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 14, 20, 16)
        outer.setSpacing(12)
        outer.addLayout(top)
        outer.addWidget(self.banner)
        outer.addWidget(self.notice)
        outer.addWidget(self.header)
        outer.addLayout(body, 1)


def live_font(widget: QWidget) -> None:
    """Larger type than the rest of the application: live mode is read at a glance."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    widget.setFont(font)


def saved_text(state: str) -> str:
    return {"saved": "\u2713 Saved", "pending": "Saving\u2026",
            "failed": "Not saved", "read-only": "Read-only"}[state]

