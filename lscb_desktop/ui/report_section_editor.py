"""One section of the report as the author sees it: its number and title, the template's
guidance (muted, folded away once the section is written), the text and tables, the
structured part the template gives it, and its sub-sections (the implications).

A section the author added has a title to type, and can be removed; sections where the
template allows tables offer to insert them after the paragraph holding the cursor."""

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget,
)

from ..domain.report import (
    SectionContent, allowed_tables, part_has_content, section_numbering, section_template,
    section_title,
)
from ..domain.report_numbering import SectionNumbers
from ..domain.report_tables import ActionPlan, ActionRow, PlainTable
from ..domain.scorecard import Scorecard, ScorecardRow
from ..domain.templates import Numbering, Part, TableKind
from . import report_commands
from .report_blocks_editor import ReportBlocksEditor
from .report_context import ReportContext
from .report_part_editors import BackgroundPapersEditor, ContactEditor, RecommendationsEditor
from .style import DESTRUCTIVE, glyph_icon

NEW_TABLES = {  # each starts with a row to type in
    TableKind.SCORECARD: ("Scorecard", lambda: Scorecard(
        periods=["Qu 1", "Qu 2"], rows=[ScorecardRow(values=["", ""])])),
    TableKind.ACTION_PLAN: ("Action plan", lambda: ActionPlan(rows=[ActionRow()])),
    TableKind.PLAIN: ("Table", lambda: PlainTable(header=["", ""], rows=[["", ""]])),
}
SECTION_STYLE = """
QLabel#sectionNumber, QLabel#sectionTitle, QLineEdit#sectionTitle {
    font-size: 13.5pt; font-weight: 600; color: #1f2933; }
QLineEdit#sectionTitle { border: 1px dashed #c5ccd6; border-radius: 3px; padding: 1px 4px;
    background: #ffffff; }
QLabel#subsectionTitle { font-size: 11pt; font-weight: 600; color: #1f2933; }
QLabel#optionalTag { color: #6b7785; font-size: 8.5pt; }
QLabel#guidance { color: #5f6b7a; background: #f5f7fa; border-left: 3px solid #c9d6e8;
    padding: 6px 10px; }
QToolButton#guidanceToggle, QToolButton#sectionAction, QToolButton#insertTable {
    border: none; color: #2b5f9e; padding: 2px 4px; }
QToolButton#insertTable { color: #5f6b7a; padding-right: 14px; }
QToolButton#guidanceToggle:hover, QToolButton#sectionAction:hover,
QToolButton#insertTable:hover { background: #e8edf3; border-radius: 3px; }
"""


class Guidance(QWidget):
    """The template's advice for a section: a quiet note that folds away."""

    def __init__(self, text: str, expanded: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName("guidanceToggle")
        self.toggle.setText("Guidance")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from text to text
        self.note = QLabel(text)
        self.note.setObjectName("guidance")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.toggle.toggled.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        self.toggle.setChecked(expanded)
        self._show(expanded)

    def _show(self, expanded: bool) -> None:
        self.note.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()


def _heading_row(number: QLabel, title: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(number)
    row.addWidget(title, 1)
    return row


class SubsectionEditor(QWidget):
    cursor_moved = Signal(QWidget, QRect)

    def __init__(self, sub: SectionContent, title: str, guidance: str, ctx: ReportContext,
                 numbered: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.sub = sub
        self.number = QLabel()
        self.number.setObjectName("subsectionTitle")
        self.title = QLabel(title)
        self.title.setObjectName("subsectionTitle")
        self.title.setWordWrap(True)
        self.blocks = ReportBlocksEditor(sub, ctx, "Say what they are, or write 'None.'",
                                         numbered=numbered, minimum_lines=1)
        self.blocks.cursor_moved.connect(self.cursor_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(_heading_row(self.number, self.title))
        if guidance:
            self.guidance = Guidance(guidance, not sub.has_content())
            layout.addWidget(self.guidance)
        layout.addWidget(self.blocks)

    def apply_numbers(self, numbers: SectionNumbers | None) -> None:
        self.number.setText(numbers.heading if numbers and numbers.heading else "")
        self.number.setVisible(bool(self.number.text()))
        self.blocks.apply_numbers(numbers.blocks if numbers else ())


class ReportSectionEditor(QFrame):
    cursor_moved = Signal(QWidget, QRect)
    status_message = Signal(str)

    def __init__(self, section: SectionContent, ctx: ReportContext,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.section, self.ctx = section, ctx
        self.setObjectName("reportSection")
        self.setStyleSheet(SECTION_STYLE)
        template = ctx.template
        self.definition = section_template(template, section)
        part = self.definition.part if self.definition else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._heading())
        filled = section.has_content() or part_has_content(ctx.report, part)
        if self.definition and self.definition.guidance:
            self.guidance = Guidance(self.definition.guidance, not filled)
            layout.addWidget(self.guidance)
        numbered = section_numbering(template, section) is not Numbering.NONE
        self.blocks = ReportBlocksEditor(section, ctx, numbered=numbered)
        self.blocks.cursor_moved.connect(self.cursor_moved)
        self.blocks.status_message.connect(self.status_message)
        layout.addWidget(self.blocks)
        # A section with recommendations or a contact rarely has text of its own: the editor
        # waits to be asked for, where its text will print (before the part).
        self.add_text_button = None
        if part in (Part.RECOMMENDATIONS, Part.CONTACT, Part.IMPLICATIONS) and not section.blocks:
            self.blocks.hide()
            if part is not Part.IMPLICATIONS:
                self.add_text_button = self._action_button("Add a paragraph before this",
                                                           "+", self._show_text)
                layout.addWidget(self.add_text_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.part_editor = self._part_editor(part)
        if self.part_editor is not None:
            layout.addWidget(self.part_editor)
        self.subsections = [self._subsection(sub, numbered) for sub in section.subsections]
        for editor in self.subsections:
            layout.addWidget(editor)

    # Parts ---------------------------------------------------------------------------------

    def _heading(self) -> QHBoxLayout:
        self.number = QLabel()
        self.number.setObjectName("sectionNumber")
        if self.section.is_free:
            self.title = QLineEdit(self.section.title)
            self.title.setCursorPosition(0)  # show the start of a long title
            self.title.setObjectName("sectionTitle")
            self.title.setPlaceholderText("Title of the section")
            self.title.editingFinished.connect(self._rename)
        else:
            self.title = QLabel(section_title(self.ctx.template, self.section))
            self.title.setObjectName("sectionTitle")
            self.title.setWordWrap(True)
        row = _heading_row(self.number, self.title)
        if self.definition and not self.definition.required:
            tag = QLabel("Optional: left out while empty")
            tag.setObjectName("optionalTag")
            row.addWidget(tag, 0, Qt.AlignmentFlag.AlignBottom)
        insert = self._insert_menu()
        if insert is not None:
            row.addWidget(insert, 0, Qt.AlignmentFlag.AlignBottom)
        self.remove_button = None
        if self.section.is_free:
            remove = QToolButton()
            remove.setObjectName("sectionAction")
            remove.setText("Remove section")
            remove.setIcon(glyph_icon("\u2715", DESTRUCTIVE))
            remove.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # room for the title
            remove.setToolTip("Remove this section from the report (Undo brings it back)")
            remove.clicked.connect(self._remove)
            row.addWidget(remove)
            self.remove_button = remove
        return row

    def _part_editor(self, part: Part | None) -> QWidget | None:
        if part is Part.RECOMMENDATIONS:
            editor = RecommendationsEditor(self.ctx)
            editor.cursor_moved.connect(self.cursor_moved)
            return editor
        if part is Part.BACKGROUND_PAPERS:
            return BackgroundPapersEditor(self.definition, self.ctx)
        if part is Part.CONTACT:
            return ContactEditor(self.definition, self.ctx)
        return None

    def _subsection(self, sub: SectionContent, numbered: bool) -> SubsectionEditor:
        definition = self.definition.subsection(sub.key) if self.definition else None
        editor = SubsectionEditor(sub, definition.title if definition else sub.key,
                                  definition.guidance if definition else "", self.ctx, numbered)
        editor.cursor_moved.connect(self.cursor_moved)
        return editor

    def _insert_menu(self) -> QToolButton | None:
        """"Insert table" with the kinds of table the template allows here."""
        kinds = allowed_tables(self.ctx.template, self.section.key)
        self.insert_actions: dict[TableKind, QAction] = {}
        if not kinds:
            return None
        button = QToolButton()
        button.setObjectName("insertTable")
        button.setText("Insert table")
        button.setToolTip("Insert a table after the paragraph with the cursor")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(button)
        for kind in kinds:
            name, make = NEW_TABLES[kind]
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, m=make: self.blocks.insert_table(m()))
            self.insert_actions[kind] = action
        button.setMenu(menu)
        return button

    @staticmethod
    def _action_button(text: str, glyph: str, slot) -> QToolButton:
        button = QToolButton()
        button.setObjectName("sectionAction")
        button.setText(text)
        button.setIcon(glyph_icon(glyph))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    def _show_text(self) -> None:
        self.blocks.show()
        if self.add_text_button is not None:
            self.add_text_button.hide()
        self.blocks.first_editor().setFocus(Qt.FocusReason.OtherFocusReason)

    # Commands ------------------------------------------------------------------------------

    def _rename(self) -> None:
        title = self.title.text().strip()
        if title == self.section.title:
            return
        if not title:
            self.title.setText(self.section.title)
            self.status_message.emit("A section needs a title; remove the section instead if "
                                     "it is not wanted.")
            return
        report_commands.rename_section(self.ctx.undo_stack, self.section, title,
                                       self.ctx.refresh_structure)

    def _remove(self) -> None:
        title = self.section.title or "the section"
        report_commands.remove_section(self.ctx.undo_stack, self.ctx.report, self.section,
                                       self.ctx.refresh_structure)
        self.status_message.emit(f"Removed '{title}'. Undo (Ctrl+Z) brings it back.")

    # Showing -------------------------------------------------------------------------------

    def apply_numbers(self, numbers: SectionNumbers | None) -> None:
        heading = numbers.heading if numbers else None
        self.number.setText(heading or "")
        self.number.setVisible(bool(heading))
        self.blocks.apply_numbers(numbers.blocks if numbers else ())
        if isinstance(self.part_editor, RecommendationsEditor):
            self.part_editor.apply_numbers(numbers.lead_in if numbers else None,
                                           numbers.recommendations if numbers else ())
        for editor in self.subsections:
            editor.apply_numbers(numbers.subsections.get(editor.sub.key) if numbers else None)

    def first_editor(self) -> QWidget:
        if isinstance(self.part_editor, RecommendationsEditor):
            return self.part_editor.items_edit
        if isinstance(self.part_editor, ContactEditor):
            return self.part_editor.fields["name"]
        if isinstance(self.part_editor, BackgroundPapersEditor) and self.blocks.isHidden():
            return self.part_editor.view
        if self.blocks.isHidden() and self.subsections:
            return self.subsections[0].blocks.first_editor()
        return self.blocks.first_editor()

    def editor_for(self, field: str | None) -> QWidget:
        """The widget to put the cursor in for a problem about `field` (a sub-section key
        or a contact field), else the section's first."""
        for editor in self.subsections:
            if editor.sub.key == field:
                return editor.blocks.first_editor()
        if isinstance(self.part_editor, ContactEditor) and field in self.part_editor.fields:
            return self.part_editor.fields[field]
        return self.first_editor()
