"""The plain-text editor of the report editor: grows with its text (the page scrolls, not the
editor), shows the paragraph numbers the report will print in a margin on the left, and wraps
the selection in **bold** or *italic* with Ctrl+B and Ctrl+I. Its own undo history covers
the typing; the spell checker of the desktop works on it as on any plain text."""

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from .report_highlighter import MarkupHighlighter
from .report_markup_keys import toggle_markup
from .style import BORDER, MUTED

NUMBER_COLOUR = QColor(MUTED)
LABEL_COLOUR = QColor("#8a94a3")  # list letters: quieter than the paragraph numbers
_SLACK = 6  # px beyond the text, so that the last line never scrolls out of sight
_STYLE = (f"QPlainTextEdit {{ background: #ffffff; border: 1px solid {BORDER}; "
          "border-radius: 4px; padding: 2px 4px; }"
          "QPlainTextEdit:focus { border: 1px solid #7ea4d6; }")


class _Margin(QWidget):
    def __init__(self, editor: "ReportTextEdit"):
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.margin_width(), 0)

    def paintEvent(self, event) -> None:
        self.editor.paint_margin(self, event)


class ReportTextEdit(QPlainTextEdit):
    """`set_margin_labels({line: (label, is_number)})` puts a paragraph number (or a list
    letter, in a quieter colour) beside the first line of a paragraph."""

    cursor_rect_changed = Signal(QRect)  # where the cursor is, in this widget's coordinates

    def __init__(self, placeholder: str = "", minimum_lines: int = 2, numbered: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.minimum_lines = minimum_lines
        self.numbered = numbered
        self._labels: dict[int, tuple[str, bool]] = {}
        self.setPlaceholderText(placeholder)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setTabChangesFocus(True)  # Tab moves on through the report, as in a form
        self.setStyleSheet(_STYLE)
        self.highlighter = MarkupHighlighter(self.document(), self.font())
        self.margin = _Margin(self)
        self.setViewportMargins(self.margin_width(), 0, 0, 0)
        self.updateRequest.connect(self._scroll_margin)
        self.document().contentsChanged.connect(self.fit_height)
        self.cursorPositionChanged.connect(
            lambda: self.cursor_rect_changed.emit(self._cursor_rect_in_widget()))
        self.fit_height()

    # Margin --------------------------------------------------------------------------------

    def margin_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("00.00.00.") + 14 if self.numbered else 4

    def set_margin_labels(self, labels: dict[int, tuple[str, bool]]) -> None:
        if labels != self._labels:
            self._labels = dict(labels)
            self.margin.update()

    def margin_labels(self) -> dict[int, tuple[str, bool]]:
        return dict(self._labels)

    def _scroll_margin(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()
        self._place_margin()

    def _place_margin(self) -> None:
        inside = self.contentsRect()
        self.margin.setGeometry(QRect(inside.left(), inside.top(), self.margin_width(),
                                      inside.height()))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Resize:  # the frame itself (resizeEvent has the viewport)
            self._place_margin()
        # Ctrl+B and Ctrl+I belong to the text while typing, whatever the window's menus say.
        if event.type() == QEvent.Type.ShortcutOverride and self._markup_for(event):
            event.accept()
            return True
        return super().event(event)

    def paint_margin(self, margin: QWidget, event) -> None:
        if not self._labels:
            return
        painter = QPainter(margin)
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        height = self.fontMetrics().height()
        right = margin.width() - 8
        while block.isValid() and top <= event.rect().bottom():
            label = self._labels.get(block.blockNumber())
            if label is not None and block.isVisible():
                text, is_number = label
                painter.setPen(NUMBER_COLOUR if is_number else LABEL_COLOUR)
                # the viewport sits below the frame's top padding: line up with its text
                painter.drawText(QRect(0, int(top) + self.viewport().y() - margin.y(), right,
                                       height), Qt.AlignmentFlag.AlignRight, text)
            top += self.blockBoundingRect(block).height()
            block = block.next()

    # Height --------------------------------------------------------------------------------

    def text_height(self) -> float:
        height = 0.0
        block = self.document().begin()
        while block.isValid():
            height += self.blockBoundingRect(block).height()
            block = block.next()
        return height

    def fit_height(self) -> None:
        lines = max(self.minimum_lines, 1) * self.fontMetrics().lineSpacing()
        text = max(self.text_height(), lines)
        frame = self.height() - self.contentsRect().height()  # border and padding
        wanted = int(text + 2 * self.document().documentMargin() + frame + _SLACK)
        if wanted != self.height():
            self.setFixedHeight(wanted)
            self.verticalScrollBar().setValue(0)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def _cursor_rect_in_widget(self) -> QRect:
        return self.cursorRect().translated(self.viewport().pos())

    # Bold and italic -----------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        marker = self._markup_for(event)
        if marker:
            self.toggle(marker)
            return
        super().keyPressEvent(event)

    @staticmethod
    def _markup_for(event) -> str | None:
        if event.matches(QKeySequence.StandardKey.Bold):
            return "**"
        if event.matches(QKeySequence.StandardKey.Italic):
            return "*"
        return None

    def toggle(self, marker: str) -> None:
        """Make the selection (or the word at the cursor) bold ("**") or italic ("*"), or
        take that style off; one undo step."""
        cursor = self.textCursor()
        change = toggle_markup(self.toPlainText(), cursor.selectionStart(),
                               cursor.selectionEnd(), marker)
        cursor.beginEditBlock()
        for edit in sorted(change.edits, key=lambda e: e.position, reverse=True):
            cursor.setPosition(edit.position)
            cursor.setPosition(edit.position + edit.remove, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(edit.insert)
        cursor.endEditBlock()
        start, end = change.selection
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
