"""The report's status in the editor's title bar: a badge, the next step (Submit, Clear,
Publish) and Back to draft where the rules allow it, and the history of who moved the report
on, when, from what to what. The editor does the change (report_editor.change_status)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from ..domain.report import ReportStatus
from ..domain.report_status import ALLOWED, StatusChange

BADGES = {  # quiet colours that still tell the stages apart
    ReportStatus.DRAFT: ("#eef0f3", "#3e4c59"),
    ReportStatus.SUBMITTED: ("#e3edfa", "#1d4f8c"),
    ReportStatus.CLEARED: ("#fdf1dc", "#7a4b00"),
    ReportStatus.PUBLISHED: ("#d9efe0", "#14532d"),
}
FORWARD_TEXT = {
    ReportStatus.SUBMITTED: ("&Submit \u2192", "Send the report to democratic services. The "
                                                "completeness check must find nothing."),
    ReportStatus.CLEARED: ("C&lear (sign off) \u2192", "The senior officer signs the report "
                                                        "off for publication."),
    ReportStatus.PUBLISHED: ("&Publish \u2192", "Mark the report as published in the agenda "
                                                 "pack; it then stays as it is."),
}


def latest_change(changes: list[StatusChange]) -> str:
    """'Submitted by jo on 22 Dec 2026 at 14:02', for the title bar; '' before any change."""
    if not changes:
        return ""
    change = changes[-1]
    when = change.when.astimezone() if change.when.tzinfo else change.when
    return f"{change.to_status.label} by {change.by} on {when:%d %b %Y} at {when:%H:%M}"


def history_line(change: StatusChange) -> str:
    when = change.when.astimezone() if change.when.tzinfo else change.when
    note = f" \u2013 {change.note}" if change.note else ""
    return (f"{when:%d %b %Y %H:%M}  {change.by}: {change.from_status.label} \u2192 "
            f"{change.to_status.label}{note}")


class ReportStatusControls(QWidget):
    change_requested = Signal(object)  # the ReportStatus to move to

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.badge = QLabel()
        self.forward_button = QPushButton()
        self.forward_button.clicked.connect(lambda: self._request(self.forward))
        self.back_button = QPushButton("\u2190 Back to &draft")
        self.back_button.setToolTip("Return the report to its author for changes")
        self.back_button.clicked.connect(lambda: self._request(ReportStatus.DRAFT))
        self.history_button = QToolButton()
        self.history_button.setText("History \u25be")
        self.history_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }"
                                          "QToolButton { padding: 4px 8px; }")
        self.history_button.setToolTip("Who moved the report on, and when")
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self.history_button)
        self.history_button.setMenu(self.history_menu)
        self.forward: ReportStatus | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.history_button)
        layout.addWidget(self.back_button)
        layout.addWidget(self.forward_button)

    def _request(self, target: ReportStatus | None) -> None:
        if target is not None:
            self.change_requested.emit(target)

    def show_status(self, status: ReportStatus, changes: list[StatusChange]) -> None:
        background, text = BADGES[status]
        self.badge.setText(status.label)
        self.badge.setStyleSheet(f"QLabel {{ background: {background}; color: {text}; "
                                 "border-radius: 10px; padding: 3px 12px; font-weight: 600; }")
        allowed = ALLOWED[status]
        self.forward = next((s for s in allowed if s is not ReportStatus.DRAFT), None)
        self.forward_button.setVisible(self.forward is not None)
        if self.forward is not None:
            label, tip = FORWARD_TEXT[self.forward]
            self.forward_button.setText(label)
            self.forward_button.setToolTip(tip)
        self.back_button.setVisible(ReportStatus.DRAFT in allowed)
        self.history_menu.clear()
        for change in reversed(changes):  # the latest first
            self.history_menu.addAction(history_line(change)).setEnabled(False)
        if not changes:
            self.history_menu.addAction("Still a first draft: no status changes yet."
                                        ).setEnabled(False)
        self.history_button.setToolTip(
            "\n".join(history_line(c) for c in changes) or "No status changes yet")

    def history_lines(self) -> list[str]:
        return [a.text() for a in self.history_menu.actions()]
