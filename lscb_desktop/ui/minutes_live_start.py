"""What live mode shows for a meeting whose minutes have not been started: one button that
starts them from the agenda, rather than an error."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from .form_feedback import InlineError, muted
from .style import WrappingLabel, card, page_title


class LiveStartPanel(QWidget):
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        frame, layout = card("Minutes not started")
        frame.setMaximumWidth(620)
        layout.addWidget(page_title("Start the minutes of this meeting"))
        layout.addWidget(muted(WrappingLabel(
            "Live mode writes into the minutes of the meeting, and they have not been started "
            "yet. Starting them makes one minute for each agenda item, numbered on from the "
            "committee's last minute, with every member marked present.")))
        self.error = InlineError()
        layout.addWidget(self.error)
        self.start = QPushButton("&Start minutes")
        self.start.setMinimumHeight(34)
        self.start.setDefault(True)
        self.start.setAutoDefault(True)
        self.start.clicked.connect(self.start_requested)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
