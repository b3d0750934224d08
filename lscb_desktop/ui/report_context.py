"""What every part of the report editor shares: the live report, its template, the undo
stack, the suppression threshold, and the signals that keep the parts in step.

Editors write into `report` and call `edited()`; commands (report_commands.py) call
`refresh_table(table)` or `refresh_structure()` after they change something, also on undo
and redo, so that the widgets showing it catch up. The page listens to `content_changed`
to autosave, renumber and re-check."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.report import Report
from ..domain.suppression import DEFAULT_THRESHOLD
from ..domain.templates import ReportTemplate


class ReportContext(QObject):
    content_changed = Signal()  # anything changed: save soon, renumber, check again
    structure_changed = Signal()  # sections or tables came or went: rebuild their editors
    table_changed = Signal(object)  # this table (or the background papers) changed
    header_changed = Signal(str)  # this header field changed by a command

    def __init__(self, report: Report, template: ReportTemplate, undo_stack: QUndoStack,
                 threshold: int = DEFAULT_THRESHOLD, parent: QObject | None = None):
        super().__init__(parent)
        self.report = report
        self.template = template
        self.undo_stack = undo_stack
        self.threshold = threshold
        self.focus_after_rebuild: object | None = None  # a table to put the cursor in

    def edited(self) -> None:
        self.content_changed.emit()

    def refresh_table(self, table: object) -> None:
        self.table_changed.emit(table)
        self.content_changed.emit()

    def refresh_structure(self) -> None:
        self.structure_changed.emit()
        self.content_changed.emit()

    def refresh_header(self, key: str) -> None:
        self.header_changed.emit(key)
        self.content_changed.emit()
