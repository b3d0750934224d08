"""The blocks of one section (or sub-section) in order: runs of prose in plain-text editors,
each table in its own table editor between them.

Typing re-reads the prose (report_prose.py) and writes the section's blocks in place, tables
kept as the very objects their editors and the undo stack hold. Inserting or removing a
table is an undoable command; the editors are then built again from the blocks."""

from PySide6.QtCore import QEvent, QObject, QRect, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..domain.report import SectionContent
from ..domain.report_blocks import Block, NumberedList
from ..domain.report_numbering import list_label
from ..domain.report_tables import ActionPlan, PlainTable
from ..domain.scorecard import Scorecard
from . import report_commands
from .action_plan_editor import ActionPlanEditor
from .plain_table_editor import PlainTableEditor
from .report_context import ReportContext
from .report_prose import PlacedBlock, is_prose, parse_prose, prose_text
from .report_table_editor import ReportTableEditor
from .report_text_edit import ReportTextEdit
from .scorecard_editor import ScorecardEditor

PROSE_HINT = ("Write here. A blank line starts a new paragraph; start a line with - for a "
              "bullet or 1. for a numbered item; Ctrl+B bold, Ctrl+I italic.")
TABLE_EDITORS = {Scorecard: ScorecardEditor, ActionPlan: ActionPlanEditor,
                 PlainTable: PlainTableEditor}
TABLE_NAMES = {Scorecard: "scorecard", ActionPlan: "action plan", PlainTable: "table"}


class ProseSegment:
    """A run of prose blocks in one editor."""

    def __init__(self, editor: ReportTextEdit):
        self.editor = editor
        self.placed: list[PlacedBlock] = parse_prose(editor.toPlainText())

    def reread(self) -> None:
        self.placed = parse_prose(self.editor.toPlainText())

    def blocks(self) -> list[Block]:
        return [p.block for p in self.placed]


class ReportBlocksEditor(QWidget):
    cursor_moved = Signal(QWidget, QRect)  # an editor and the cursor in it, to keep in view
    status_message = Signal(str)

    def __init__(self, content: SectionContent, ctx: ReportContext, placeholder: str = "",
                 numbered: bool = True, minimum_lines: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.ctx = content, ctx
        self.placeholder = placeholder or PROSE_HINT
        self.numbered = numbered
        self.minimum_lines = minimum_lines
        self.segments: list[ProseSegment | ReportTableEditor] = []
        self._last_prose: ProseSegment | None = None
        self._numbers: tuple[str | None, ...] = ()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.rebuild()

    # Building ------------------------------------------------------------------------------

    def rebuild(self) -> None:
        for segment in self.segments:
            widget = segment.editor if isinstance(segment, ProseSegment) else segment
            self.layout_.removeWidget(widget)
            widget.deleteLater()
        self.segments, self._last_prose = [], None
        run: list[Block] = []
        for block in self.content.blocks:
            if is_prose(block):
                run.append(block)
                continue
            if run or not self.segments:
                self._add_prose(run)
            run = []
            self._add_table(block)
        if run or not self.segments or not isinstance(self.segments[-1], ProseSegment):
            self._add_prose(run)
        if len(self.segments) > 1:  # beside a table, an empty editor need not be tall
            for segment in self.segments:
                if isinstance(segment, ProseSegment):
                    segment.editor.minimum_lines = 1
                    segment.editor.setPlaceholderText("Write here (optional).")
                    segment.editor.fit_height()
        self.apply_numbers(self._numbers)

    def _add_prose(self, blocks: list[Block]) -> None:
        first = not self.segments
        editor = ReportTextEdit(self.placeholder if first else "Continue writing here.",
                                minimum_lines=self.minimum_lines if first else 1,
                                numbered=self.numbered)
        editor.setPlainText(prose_text(blocks))
        segment = ProseSegment(editor)
        editor.textChanged.connect(lambda: self._prose_changed(segment))
        editor.cursor_rect_changed.connect(lambda rect: self.cursor_moved.emit(editor, rect))
        editor.cursorPositionChanged.connect(lambda: setattr(self, "_last_prose", segment))
        editor.installEventFilter(self)
        self.segments.append(segment)
        self.layout_.addWidget(editor)

    def _add_table(self, table) -> None:
        editor = TABLE_EDITORS[type(table)](table, self.ctx)
        editor.remove_requested.connect(self.remove_table)
        editor.status_message.connect(self.status_message)
        self.segments.append(editor)
        self.layout_.addWidget(editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self._last_prose = next((s for s in self.segments if isinstance(s, ProseSegment)
                                     and s.editor is watched), self._last_prose)
        return False

    # Writing -------------------------------------------------------------------------------

    def _prose_changed(self, segment: ProseSegment) -> None:
        segment.reread()
        self.content.blocks[:] = self.current_blocks()
        self.ctx.edited()

    def current_blocks(self) -> list[Block]:
        blocks: list[Block] = []
        for segment in self.segments:
            if isinstance(segment, ProseSegment):
                blocks += segment.blocks()
            else:
                blocks.append(segment.table)
        return blocks

    def apply_numbers(self, numbers: tuple[str | None, ...]) -> None:
        """Show `numbers` (one per block, as report_numbering gives them) in the margins,
        and the letters of numbered lists beside their items."""
        self._numbers = numbers
        index = 0
        for segment in self.segments:
            if not isinstance(segment, ProseSegment):
                index += 1
                continue
            labels: dict[int, tuple[str, bool]] = {}
            for placed in segment.placed:
                number = numbers[index] if index < len(numbers) else None
                if number:
                    labels[placed.line] = (number, True)
                if isinstance(placed.block, NumberedList):
                    for item, line in enumerate(placed.item_lines):
                        labels[line] = (list_label(item), False)
                index += 1
            segment.editor.set_margin_labels(labels)

    # Tables --------------------------------------------------------------------------------

    def insertion_index(self) -> int:
        """Where a new table goes: after the paragraph holding the cursor of the prose last
        typed in, else at the end."""
        segment = self._last_prose
        if segment is None:
            return len(self.content.blocks)
        offset = 0
        for other in self.segments:
            if other is segment:
                break
            offset += len(other.placed) if isinstance(other, ProseSegment) else 1
        line = segment.editor.textCursor().blockNumber()
        return offset + sum(1 for placed in segment.placed if placed.line <= line)

    def insert_table(self, table) -> None:
        name = TABLE_NAMES[type(table)]
        self.ctx.focus_after_rebuild = table
        report_commands.insert_block(self.ctx.undo_stack, self.content, self.insertion_index(),
                                     table, f"Insert {name}", self.ctx.refresh_structure)

    def remove_table(self, table) -> None:
        name = TABLE_NAMES[type(table)]
        report_commands.remove_block(self.ctx.undo_stack, self.content, table,
                                     f"Remove {name}", self.ctx.refresh_structure)
        self.status_message.emit(f"Removed the {name}. Undo (Ctrl+Z) brings it back.")

    def table_editors(self) -> list[ReportTableEditor]:
        return [s for s in self.segments if isinstance(s, ReportTableEditor)]

    def prose_editors(self) -> list[ReportTextEdit]:
        return [s.editor for s in self.segments if isinstance(s, ProseSegment)]

    def first_editor(self) -> QWidget:
        return self.prose_editors()[0]
