"""The report editor: a page of the main window for one report.

Title bar (title, where the report is going, whether it is saved, its status and the next
step); on the left the contents and the completeness check; on the right the report as one
page. Everything the author types is saved into the database about a second after they stop
typing (report_service.save_report), and at once when they leave the page or close the
window, so nothing typed is lost. Numbering follows every keystroke; the check runs a moment
after. Structural edits (sections, tables, rows, appendices) are undoable on `undo_stack`."""

import getpass
from pathlib import Path

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from ..domain.completeness import APPENDICES, Problem, check_completeness
from ..domain.preferences import SUPPRESSION_THRESHOLD
from ..domain.report import ReportStatus, header_value
from ..domain.report_numbering import number_report
from ..domain.report_status import ReportNotReady
from ..domain.dates import weekday_date
from ..domain.templates import FieldRole
from ..services import report_service, settings_service, template_service
from . import messages, style
from .report_appendices_panel import ReportAppendicesPanel
from .report_completeness_panel import ReportCompletenessPanel
from .report_context import ReportContext
from .report_document_view import ReportDocumentView
from .report_export import ReportExporter
from .report_outline import ReportOutline
from .report_status_controls import ReportStatusControls, latest_change

SAVE_DELAY_MS = 1000  # autosave once typing pauses
READY_TEXT = {  # what a clean check means at each stage
    ReportStatus.DRAFT: "\u2713  Ready to submit",
    ReportStatus.SUBMITTED: "\u2713  Complete: ready for the senior officer to clear",
    ReportStatus.CLEARED: "\u2713  Complete: cleared for publication",
    ReportStatus.PUBLISHED: "\u2713  Complete and published",
}
CHECK_DELAY_MS = 300  # the completeness check, a moment after a change
_STATE_STYLE = {"saved": "color: #5f6b7a;", "pending": "color: #5f6b7a;",
                "failed": "color: #8a1c1c; font-weight: 600;"}


def current_user() -> str:
    """Who is changing a report's status: the name the computer knows them by."""
    try:
        return getpass.getuser() or "unknown user"
    except (KeyError, OSError):  # no name for this account (some containers)
        return "unknown user"


class ReportEditor(QWidget):
    report_changed = Signal(int)  # its title or status changed: listings show them
    status_message = Signal(str)

    def __init__(self, db, db_path: str | Path, report_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.db_path, self.report_id = db, db_path, report_id
        report = report_service.get_report(db, report_id)
        self.template = template_service.get_template(db, report.template_id)
        self.undo_stack = QUndoStack(self)
        self.ctx = ReportContext(report, self.template, self.undo_stack,
                                 settings_service.get(db, SUPPRESSION_THRESHOLD), self)
        self.user_name = current_user()
        self.dirty = False
        self.save_error: str | None = None
        self._saved_title = self.title()
        self._where: str | None = None
        self.numbers: dict = {}
        self.problems: list[Problem] = []
        self.exporter = ReportExporter(db_path, self)
        self.exporter.busy_changed.connect(self._show_busy)
        self.exporter.exported.connect(lambda result: self.status_message.emit(
            f"Report exported to {result.pdf.parent}."))

        self.document = ReportDocumentView(self.ctx)
        self.document.status_message.connect(self.status_message)
        self.appendices = ReportAppendicesPanel(db, report_id, self.ctx)
        self.appendices.status_message.connect(self.status_message)
        self.document.add_closing_part("Appendices", self.appendices)
        self.outline = ReportOutline(self.ctx)
        self.outline.go_to.connect(lambda key: self.go_to(key, None))
        self.document.section_in_view.connect(self.outline.follow)
        self.check = ReportCompletenessPanel()
        self.check.go_to.connect(self.go_to)
        self.status_controls = ReportStatusControls()
        self.status_controls.change_requested.connect(self.change_status)

        self.save_timer = self._timer(SAVE_DELAY_MS, self.save_now)
        self.check_timer = self._timer(CHECK_DELAY_MS, self.run_check)
        self.ctx.content_changed.connect(self._content_changed)
        self.ctx.structure_changed.connect(self.document.rebuild)

        self.setStyleSheet(style.PAGE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._title_bar())
        layout.addWidget(self._body(), 1)
        self.renumber()
        self.run_check()
        self._show_save_state("saved", "All changes saved")
        self._show_status()
        self._show_title()

    def _timer(self, delay: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    # Layout --------------------------------------------------------------------------------

    def _title_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("reportTitleBar")
        bar.setStyleSheet("QWidget#reportTitleBar { background: #ffffff; "
                          f"border-bottom: 1px solid {style.BORDER}; }}")
        self.title_label = style.page_title()
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = style.WrappingLabel()
        self.subtitle_label.setObjectName("pageSubtitle")
        self.save_label = QLabel()
        for label in (self.title_label, self.subtitle_label):  # a long title wraps rather
            label.setWordWrap(True)                             # than widen the window
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(100)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.export_button = QPushButton(style.glyph_icon("\u2913"), "E&xport...")
        self.export_button.setToolTip("Save the report as Word and PDF in its house style")
        self.export_button.clicked.connect(self.export_report)
        # The title has the whole width; where the report is going, whether it is saved,
        # and what to do next sit on the line below.
        below = QHBoxLayout()
        below.setSpacing(10)
        details = QVBoxLayout()
        details.setSpacing(2)
        details.addWidget(self.subtitle_label)
        state = QHBoxLayout()
        state.setSpacing(6)
        self.last_change_label = style.WrappingLabel()  # wraps rather than widen the window
        self.last_change_label.setObjectName("pageSubtitle")
        self.last_change_label.setToolTip("The latest status change; History lists them all")
        state.addWidget(self.save_label, 0, Qt.AlignmentFlag.AlignTop)
        state.addWidget(self.last_change_label, 1)
        details.addLayout(state)
        below.addLayout(details, 1)
        below.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        below.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        below.addWidget(self.status_controls, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(bar)
        column.setContentsMargins(24, 12, 24, 10)
        column.setSpacing(4)
        column.addWidget(self.title_label)
        column.addLayout(below)
        return bar

    def _body(self) -> QSplitter:
        side = QWidget()
        side.setObjectName("reportSide")
        column = QVBoxLayout(side)
        column.setContentsMargins(12, 12, 6, 12)
        column.setSpacing(8)
        heading = QLabel("CONTENTS")
        heading.setObjectName("cardHeading")
        column.addWidget(heading)
        column.addWidget(self.outline, 1)
        column.addWidget(self.check)
        self.side_column = column
        self.outline.setMinimumWidth(180)
        self.splitter = QSplitter()
        self.splitter.setObjectName("reportSplitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.document)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 820])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    # Editing -------------------------------------------------------------------------------

    @property
    def report(self):
        return self.ctx.report

    def title(self) -> str:
        return header_value(self.report, self.template, FieldRole.TITLE)

    def _content_changed(self) -> None:
        if self.report.status is ReportStatus.PUBLISHED:
            return
        self.dirty = True
        self._show_save_state("pending", "Saving...")
        self.save_timer.start()
        self.renumber()
        self.check_timer.start()

    def renumber(self) -> None:
        self.numbers = number_report(self.report, self.template)
        self.document.apply_numbers(self.numbers)

    def run_check(self) -> None:
        self.problems = check_completeness(self.report, self.template)
        self.check.show_problems(self.problems)
        self.outline.show_report(self.numbers, self.problems)

    def go_to(self, section: str, field: str | None = None) -> None:
        self.outline.follow(section)
        self.document.go_to(section, field)
        if section == APPENDICES:
            self.appendices.list.setFocus()

    # Saving --------------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Store the report if anything changed; a refusal is shown in the title bar and
        the text stays in the editor, to be saved with the next change."""
        self.save_timer.stop()
        if not self.dirty:
            return True
        try:
            report_service.save_report(self.db, self.report)
        except messages.USER_ERRORS as error:
            self.save_error = messages.error_text(error)
            self._show_save_state("failed", f"Not saved: {self.save_error}")
            self.status_message.emit(f"The report was not saved: {self.save_error}")
            return False
        self.dirty, self.save_error = False, None
        self._show_save_state("saved", f"Saved at {QTime.currentTime().toString('HH:mm')}")
        self._show_title()
        return True

    def save_pending_changes(self) -> bool:
        """Save now what is waiting for the autosave (leaving the page, closing the window)."""
        return self.save_now()

    def hideEvent(self, event) -> None:
        self.save_pending_changes()
        super().hideEvent(event)

    def _show_save_state(self, state: str, text: str) -> None:
        self.save_label.setText(text)
        self.save_label.setProperty("state", state)
        self.save_label.setStyleSheet(f"QLabel {{ {_STATE_STYLE[state]} }}")
        self.save_label.setToolTip(self.save_error or "Everything you type is saved as you go.")

    def where(self) -> str:
        """Where the report is going: 'Item 5 on the agenda of ..., Tuesday 22 January 2019'."""
        summary = next((s for s in report_service.list_reports(self.db)
                        if s.id == self.report_id), None)
        if summary is None or summary.meeting_id is None:
            return "Not on an agenda yet"
        committee = header_value(self.report, self.template, FieldRole.COMMITTEE)
        on = f" of {committee}" if committee else ""
        day = f", {weekday_date(summary.meeting_date)}" if summary.meeting_date else ""
        return f"Item {summary.item_number} on the agenda{on}{day}"

    def _show_title(self) -> None:
        title = self.title()
        self.title_label.setText(title or "Untitled report")
        if self._where is None:  # the agenda does not change while the report is open
            self._where = self.where()
        self.subtitle_label.setText(f"{self.template.name}  \u00b7  {self._where}")
        if title != self._saved_title:
            self._saved_title = title
            self.report_changed.emit(self.report_id)

    # Status --------------------------------------------------------------------------------

    def _show_status(self) -> None:
        status = self.report.status
        self.check.ready_text = READY_TEXT[status]
        self.check.show_problems(self.problems)
        changes = report_service.history(self.db, self.report_id)
        self.status_controls.show_status(status, changes)
        latest = latest_change(changes)
        self.last_change_label.setText(f"\u00b7  {latest}" if latest else "")
        published = status is ReportStatus.PUBLISHED
        self.document.paper.setEnabled(not published)
        if published:
            self._show_save_state("saved", "Published: kept as it was published")

    def change_status(self, target: ReportStatus) -> bool:
        """Move the report on (or back to draft), after saving what was typed; a report the
        check still finds problems in is refused, with the list."""
        if not self.save_now():
            messages.show_error(self, "The status was not changed",
                                f"The report could not be saved: {self.save_error}")
            return False
        try:
            report_service.change_status(self.db, self.report_id, target, self.user_name)
        except ReportNotReady as error:
            self.check.show_problems(error.problems)
            messages.show_error(self, f"The report was not marked '{target.label}'", error)
            return False
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The status was not changed", error)
            return False
        self.report.status = target
        self._show_status()
        self.status_message.emit(f"The report is now '{target.label}'.")
        self.report_changed.emit(self.report_id)
        return True

    def refresh_settings(self) -> None:
        """Show the tables again under the suppression threshold now set."""
        self.save_now()
        self.ctx.threshold = settings_service.get(self.db, SUPPRESSION_THRESHOLD)
        self.document.rebuild()

    # Export --------------------------------------------------------------------------------

    def export_report(self) -> None:
        self.save_now()
        self.exporter.choose_folder_and_export(self.report_id)

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.export_button.setText("Exporting..." if busy else "E&xport...")
