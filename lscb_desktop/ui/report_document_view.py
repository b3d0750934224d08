"""The report as one scrolling page: the header block, then every section in printed order,
with a place to add sections of the author's own where the template allows them. The page
keeps the cursor in view as the author types, and can be moved to any section or field."""

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from ..domain.completeness import APPENDICES, HEADER
from ..domain.errors import ValidationError
from ..domain.report import add_free_section
from ..domain.report_numbering import SectionNumbers
from . import report_commands
from .report_blocks_editor import PROSE_HINT
from .report_context import ReportContext
from .report_header_form import ReportHeaderForm
from .report_section_editor import ReportSectionEditor
from .style import BORDER, MUTED, glyph_icon

PAGE_WIDTH = 860  # the text column: about 90 characters, a comfortable line to write in
_PAGE_STYLE = f"""
QWidget#reportCanvas {{ background: #eef0f3; }}
QFrame#reportPaper {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel#paperHeading {{ color: {MUTED}; font-weight: 600; letter-spacing: 0.5px; }}
QLabel#writingHint {{ color: #7b8794; }}
QFrame#sectionRule {{ background: #e6e9ee; max-height: 1px; border: none; }}
QToolButton#addSection {{ border: 1px dashed #b9c3cf; border-radius: 4px; padding: 5px 10px;
    color: #2b5f9e; background: #fafbfc; }}
QToolButton#addSection:hover {{ background: #eef3fa; }}
"""


def _rule() -> QFrame:
    line = QFrame()
    line.setObjectName("sectionRule")
    line.setFrameShape(QFrame.Shape.HLine)
    return line


class ReportDocumentView(QScrollArea):
    status_message = Signal(str)
    section_in_view = Signal(str)  # the key of the section at the top of the view

    def __init__(self, ctx: ReportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.section_editors: dict[str, ReportSectionEditor] = {}
        self._numbers: dict[str, SectionNumbers] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        canvas = QWidget()
        canvas.setObjectName("reportCanvas")
        canvas.setStyleSheet(_PAGE_STYLE)
        self.paper = QFrame()
        self.paper.setObjectName("reportPaper")
        self.paper.setMaximumWidth(PAGE_WIDTH)
        self.column = QVBoxLayout(self.paper)
        self.column.setContentsMargins(28, 22, 28, 28)
        self.column.setSpacing(14)
        centre = QHBoxLayout(canvas)
        centre.setContentsMargins(12, 12, 12, 12)
        centre.addStretch(1)
        centre.addWidget(self.paper, 100)
        centre.addStretch(1)
        self.setWidget(canvas)
        self.header_form = ReportHeaderForm(ctx)
        self._build_fixed_top()
        self.sections_box = QVBoxLayout()
        self.sections_box.setSpacing(14)
        self.column.addLayout(self.sections_box)
        self.closing = QVBoxLayout()  # after the sections: the appendices
        self.closing.setSpacing(8)
        self.column.addLayout(self.closing)
        self.column.addStretch(1)
        self._section_widgets: list[QWidget] = []
        self.rebuild()
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def _build_fixed_top(self) -> None:
        heading = QLabel(self.ctx.template.name.upper())
        heading.setObjectName("paperHeading")
        hint = QLabel(PROSE_HINT.replace("Write here. ", ""))
        hint.setObjectName("writingHint")
        hint.setWordWrap(True)
        self.column.addWidget(heading)
        self.column.addWidget(self.header_form)
        self.column.addWidget(hint)

    # Building ------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Build the section editors again from the report (after a structural change)."""
        for widget in self._section_widgets:
            self.sections_box.removeWidget(widget)
            widget.deleteLater()
        self._section_widgets, self.section_editors = [], {}
        self.add_section_button = None
        anchor = self.ctx.template.free_sections_after
        sections = self.ctx.report.sections
        for i, section in enumerate(sections):
            self._add(_rule())
            editor = ReportSectionEditor(section, self.ctx)
            editor.cursor_moved.connect(self.keep_in_view)
            editor.status_message.connect(self.status_message)
            self.section_editors[section.key] = editor
            self._add(editor)
            following = sections[i + 1] if i + 1 < len(sections) else None
            last_of_free_run = (section.key == anchor or section.is_free) and not (
                following is not None and following.is_free)
            if anchor and last_of_free_run:
                self._add(self._add_section_button())
        self.apply_numbers(self._numbers)
        self._focus_new_table()

    def _focus_new_table(self) -> None:
        """A table just inserted gets the cursor in its first cell, ready to type."""
        table, self.ctx.focus_after_rebuild = self.ctx.focus_after_rebuild, None
        for editor in self.section_editors.values():
            for table_editor in editor.blocks.table_editors():
                if table_editor.table is table:
                    table_editor.focus_cell(0)
                    self.ensureWidgetVisible(table_editor, 20, 40)
                    return

    def _add(self, widget: QWidget) -> None:
        self.sections_box.addWidget(widget)
        self._section_widgets.append(widget)

    def _add_section_button(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("addSection")
        button.setText("Add a section of your own here")
        button.setIcon(glyph_icon("+"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip("Main body sections (for example 'Education Outcomes') come after "
                          "the background and are numbered with the rest")
        button.clicked.connect(lambda: self.add_section())
        self.add_section_button = button
        return button

    def add_section(self, title: str = "New section") -> str | None:
        """Add a section of the author's own (undoable) and put the cursor in its title;
        returns its key, or None when the template does not allow it."""
        report = self.ctx.report
        try:
            section = add_free_section(report, self.ctx.template, title)
        except ValidationError as error:
            self.status_message.emit(str(error))
            return None
        index = report.sections.index(section)
        report_commands.add_section(self.ctx.undo_stack, report, section, index,
                                    self.ctx.refresh_structure)
        editor = self.section_editors.get(section.key)
        if editor is not None:
            self.ensureWidgetVisible(editor)
            editor.title.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.title.selectAll()
        return section.key

    def add_closing_part(self, heading: str, widget: QWidget) -> None:
        """A part after the sections (the appendices), under its own heading."""
        self.closing.addWidget(_rule())
        title = QLabel(heading)
        title.setObjectName("closingHeading")
        title.setStyleSheet("font-size: 13.5pt; font-weight: 600; color: #1f2933;")
        self.closing.addWidget(title)
        self.closing.addWidget(widget)
        self.closing_widget = widget

    # Showing -------------------------------------------------------------------------------

    def apply_numbers(self, numbers: dict[str, SectionNumbers]) -> None:
        self._numbers = numbers
        for key, editor in self.section_editors.items():
            editor.apply_numbers(numbers.get(key))

    def keep_in_view(self, editor: QWidget, cursor: QRect) -> None:
        if not editor.hasFocus():
            return
        centre = editor.mapTo(self.widget(), cursor.center())
        self.ensureVisible(centre.x(), centre.y(), 40, 60)

    def go_to(self, section: str, field: str | None = None) -> QWidget | None:
        """Bring a section (or a header field, or a sub-section) into view and put the
        cursor there; returns the widget given the focus."""
        if section == HEADER:
            target = self.header_form.fields.get(field or "") or self.header_form
        elif section == APPENDICES:
            target = getattr(self, "closing_widget", None)
            if target is None:
                return None
        else:
            editor = self.section_editors.get(section)
            if editor is None:
                return None
            top = editor.mapTo(self.widget(), editor.rect().topLeft()).y()
            self.verticalScrollBar().setValue(top - 12)
            target = editor.editor_for(field)
        self.ensureWidgetVisible(target, 40, 80)
        focus = getattr(target, "first_focus", lambda: target)()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return focus

    def _scrolled(self, value: int) -> None:
        current = None
        for key, editor in self.section_editors.items():
            top = editor.mapTo(self.widget(), editor.rect().topLeft()).y()
            if top > value + 40:
                break
            current = key
        if current is not None:
            self.section_in_view.emit(current)
