"""The completeness check beside the editor: what still stops the report being submitted,
each problem with its way out, and a click on one puts the cursor where it is to be put
right. When nothing is left, a green "Ready to submit"."""

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout,
)

from ..domain.completeness import Problem
from .style import BORDER, MUTED, WrappingLabel

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2
_STYLE = f"""
QFrame#completeness {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel#checkHeading {{ color: {MUTED}; font-weight: 600; letter-spacing: 0.5px; }}
QLabel#checkSummary[ready="true"] {{ color: #14532d; background: #e6f4ea;
    border: 1px solid #b7dfc2; border-radius: 4px; padding: 8px; font-weight: 600; }}
QLabel#checkSummary[ready="false"] {{ color: #7a4b00; background: #fff6e0;
    border: 1px solid #f0d9a6; border-radius: 4px; padding: 8px; }}
QListWidget#problems {{ border: none; background: #ffffff; }}
QListWidget#problems::item {{ padding: 5px 2px; border-bottom: 1px solid #eef0f3; }}
QListWidget#problems::item:hover {{ background: #f3f6fa; }}
"""
READY = "\u2713  Ready to submit"
MAX_LIST_HEIGHT = 220  # then the list scrolls, and the contents above keep their room


class ReportCompletenessPanel(QFrame):
    go_to = Signal(str, object)  # section key (or HEADER / APPENDICES), field or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("completeness")
        self.setStyleSheet(_STYLE)
        heading = QLabel("CHECK")
        heading.setObjectName("checkHeading")
        self.summary = WrappingLabel()
        self.summary.setObjectName("checkSummary")
        self.list = QListWidget()
        self.list.setObjectName("problems")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._chosen)
        self.list.viewport().installEventFilter(self)  # its width settles after ours
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.problems: list[Problem] = []
        self.ready_text = READY  # the editor words it for the report's stage
        self.show_problems([])

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        ready = not problems
        self.summary.setProperty("ready", "true" if ready else "false")
        self.summary.setText(self.ready_text if ready else (
            f"{len(problems)} thing{'s' if len(problems) > 1 else ''} to put right before "
            "the report can be submitted:"))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(problem.message)
            item.setData(SECTION_ROLE, problem.section)
            item.setData(FIELD_ROLE, problem.field)
            item.setToolTip(f"{problem.message}\nClick to go there.")
            self.list.addItem(item)
        self.list.setVisible(not ready)
        self._fit_items()

    def is_ready(self) -> bool:
        return not self.problems

    def messages(self) -> list[str]:
        return [p.message for p in self.problems]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_items()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_items()
        return False

    def _fit_items(self) -> None:
        """Each problem wrapped to the list's width, and the list as tall as they need up to
        a limit (then it scrolls), so that the contents above keep their room."""
        width = max(self.list.viewport().width() - 8, 80)
        text_width = width - 16  # the item's padding and the text's own margins
        metrics = self.list.fontMetrics()
        total = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            text = metrics.boundingRect(0, 0, text_width, 10_000, Qt.TextFlag.TextWordWrap,
                                        item.text())
            height = text.height() + 14
            if item.sizeHint().height() != height:
                item.setSizeHint(QSize(width, height))
            total += height
        wanted = min(max(total + 4, 24), MAX_LIST_HEIGHT)
        if self.list.height() != wanted:
            self.list.setFixedHeight(wanted)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.go_to.emit(item.data(SECTION_ROLE), item.data(FIELD_ROLE))
