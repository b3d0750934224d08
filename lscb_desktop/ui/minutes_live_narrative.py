"""The narrative box of live mode and its autosave: what the clerk types is saved half a
second after they pause, and at once whenever live mode moves on or closes (flush)."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SAVE_DELAY_MS = 500
_KEPT_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class NarrativeEdit(QPlainTextEdit):
    """Large, calm text. It keeps PgUp/PgDown for scrolling its own text: outside the box
    those keys move between items (live mode's window-wide shortcuts)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("liveNarrative")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.setTabChangesFocus(True)
        self.setPlaceholderText("Type the minute here. Ctrl+T stamps the time.")

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in _KEPT_KEYS and not event.modifiers()):
            event.accept()
            return True
        return super().event(event)

    def insert_at_cursor(self, text: str) -> None:
        """Insert `text` as a word of its own: a space before it unless it starts a line."""
        cursor = self.textCursor()
        before = self.toPlainText()[cursor.position() - 1:cursor.position()] \
            if cursor.position() else ""
        cursor.insertText((" " if before and not before.isspace() else "") + text + " ")
        self.setTextCursor(cursor)


class NarrativeAutosave(QObject):
    """Calls `save(text)` (True when saved) after a pause in typing, or on flush().
    A refused save keeps the text dirty, so it is tried again and never dropped silently."""

    pending = Signal()  # typed, not yet saved
    saved = Signal()

    def __init__(self, edit: QPlainTextEdit, save: Callable[[str], bool],
                 delay_ms: int = SAVE_DELAY_MS):
        super().__init__(edit)
        self._edit = edit
        self._save = save
        self.dirty = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._typed)

    def load(self, text: str) -> None:
        """Show another minute's text: not an edit, nothing to save."""
        self._timer.stop()
        self._loading = True
        try:
            self._edit.setPlainText(text)
            self._edit.moveCursor(QTextCursor.MoveOperation.End)  # carry on where it ends
        finally:
            self._loading = False
        self.dirty = False

    def _typed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.pending.emit()
        self._timer.start()

    def flush(self) -> bool:
        """Save now if anything is unsaved; False when the save was refused."""
        self._timer.stop()
        if not self.dirty:
            return True
        if not self._save(self._edit.toPlainText()):
            return False
        self.dirty = False
        self.saved.emit()
        return True
