"""The report's contents beside the editor: the header, each section with the number it will
print with, and the appendices. A tick marks a section that is written and has nothing left
to put right; an amber dot one the completeness check has something to say about; a ring a
required section still empty. Optional sections not yet written are greyed: they are left
out of the printed report. Choosing an entry moves the editor there."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from ..domain.completeness import APPENDICES, HEADER, Problem
from ..domain.report import part_has_content, section_template, section_title
from ..domain.report_numbering import SectionNumbers
from .report_context import ReportContext
from .style import dot_icon, glyph_icon

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "done", "problems", "required" or "optional"
DONE, PROBLEMS, REQUIRED, OPTIONAL = "done", "problems", "required", "optional"
GREEN, AMBER, RING = "#1e7b3a", "#c27c0e", "#8a94a3"
OPTIONAL_TEXT = QColor("#8a94a3")
_TIPS = {
    DONE: "Written, and nothing to put right.",
    PROBLEMS: "The check has something to say about this: see the list below.",
    REQUIRED: "Required, and not written yet.",
    OPTIONAL: "Optional: left out of the printed report while it is empty.",
}


class ReportOutline(QListWidget):
    go_to = Signal(str)  # a section key, HEADER or APPENDICES

    def __init__(self, ctx: ReportContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportOutline")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(14, 14))
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._icons = {DONE: glyph_icon("\u2713", GREEN), PROBLEMS: dot_icon(QColor(AMBER)),
                       REQUIRED: dot_icon(QColor(RING), hollow=True), OPTIONAL: QIcon()}
        self._following = False  # True while the selection follows the scrolling editor
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.go_to.emit(item.data(KEY_ROLE))

    def show_report(self, numbers: dict[str, SectionNumbers], problems: list[Problem]) -> None:
        """Rebuild the entries (cheap: a report has a few dozen sections at most)."""
        current = self.currentItem().data(KEY_ROLE) if self.currentItem() else None
        with_problems = {p.section for p in problems}
        report, template = self.ctx.report, self.ctx.template
        entries = [(HEADER, "Report details", self._state(HEADER in with_problems, True, True))]
        for section in report.sections:
            definition = section_template(template, section)
            number = numbers.get(section.key, SectionNumbers()).heading
            title = section_title(template, section) or "New section"
            filled = section.has_content() or part_has_content(
                report, definition.part if definition else None)
            required = definition is None or definition.required
            text = f"{number}  {title}" if number else title
            entries.append((section.key, text,
                            self._state(section.key in with_problems, filled, required)))
        count = len(report.appendices)
        entries.append((APPENDICES, f"Appendices ({count})" if count else "Appendices",
                        self._state(APPENDICES in with_problems, True, False)))
        self.blockSignals(True)
        self.clear()
        for key, text, state in entries:
            item = QListWidgetItem(self._icons[state], text)
            item.setData(KEY_ROLE, key)
            item.setData(STATE_ROLE, state)
            item.setToolTip(f"{text}\n{_TIPS[state]}")
            item.setSizeHint(QSize(0, 26))
            if state == OPTIONAL:
                item.setForeground(QBrush(OPTIONAL_TEXT))
            self.addItem(item)
            if key == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

    @staticmethod
    def _state(has_problems: bool, filled: bool, required: bool) -> str:
        if has_problems:
            return PROBLEMS
        if filled:
            return DONE
        return REQUIRED if required else OPTIONAL

    def entry(self, key: str) -> QListWidgetItem | None:
        return next((self.item(r) for r in range(self.count())
                     if self.item(r).data(KEY_ROLE) == key), None)

    def follow(self, key: str) -> None:
        """Mark the section the editor shows, without moving the editor."""
        item = self.entry(key)
        if item is not None and item is not self.currentItem():
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
