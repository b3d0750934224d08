"""The report's appendices: PDF and Word files printed after it, lettered A, B, C ... in the
order shown. Attach with the button or by dropping files on the panel; rename, reorder,
remove or save a copy. The services copy each file into the database and refuse one that is
not what its name says; the refusal is shown as they word it.

Every change is undoable: a command keeps the list before and after (and the bytes of any
file it may have to put back) and brings the appendices back to either through the
services."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFrame, QHBoxLayout, QInputDialog, QLabel, QListWidget,
    QListWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from ..domain.report_appendices import Appendix, appendix_letter, lettered
from ..services import appendix_service
from . import messages
from .file_dialogs import documents_folder
from .report_commands import SnapshotCommand
from .report_context import ReportContext
from .style import DESTRUCTIVE, MUTED, glyph_icon

FILE_FILTER = "Appendix files (*.pdf *.docx);;PDF (*.pdf);;Word documents (*.docx)"
_STYLE = f"""
QLabel#appendixHint {{ color: {MUTED}; }}
QListWidget#appendices {{ border: 1px dashed #c5ccd6; border-radius: 4px; background: #fbfcfd; }}
QListWidget#appendices::item {{ padding: 6px 4px; }}
QToolButton {{ border: none; padding: 3px 6px; border-radius: 3px; }}
QToolButton:hover {{ background: #e8edf3; }}
"""


def restore_appendices(db, report_id: int, wanted: list[Appendix],
                       files: dict[str, bytes]) -> None:
    """Make the report's appendices `wanted` (files, order and titles), attaching any that
    are missing from `files` (their bytes by checksum)."""
    shas = [a.sha256 for a in wanted]
    with db.atomic():
        current = appendix_service.appendices(db, report_id)
        for letter, appendix in reversed(lettered(current)):
            if appendix.sha256 not in shas:
                appendix_service.remove_appendix(db, report_id, letter)
        have = {a.sha256 for a in appendix_service.appendices(db, report_id)}
        for appendix in wanted:
            if appendix.sha256 not in have:
                appendix_service.attach_appendix_bytes(db, report_id, files[appendix.sha256],
                                                       appendix.file_name, appendix.title)
        for index, appendix in enumerate(wanted):
            current = [a.sha256 for a in appendix_service.appendices(db, report_id)]
            at = current.index(appendix.sha256)
            if at != index:
                appendix_service.move_appendix(db, report_id, appendix_letter(at),
                                               appendix_letter(index))
        for index, appendix in enumerate(appendix_service.appendices(db, report_id)):
            if appendix.title != wanted[index].title:
                appendix_service.retitle_appendix(db, report_id, appendix_letter(index),
                                                  wanted[index].title)


class _DropList(QListWidget):
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    @staticmethod
    def _files(event) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [u.toLocalFile() for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            super().dropEvent(event)


class ReportAppendicesPanel(QFrame):
    status_message = Signal(str)

    def __init__(self, db, report_id: int, ctx: ReportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.report_id, self.ctx = db, report_id, ctx
        self.files: dict[str, bytes] = {}  # bytes of files an undo or redo may put back
        self.folder = documents_folder()
        self.setStyleSheet(_STYLE)
        hint = QLabel("PDF or Word files printed after the report, lettered in this order. "
                      "Drop files here to attach them; double-click one to rename it.")
        hint.setObjectName("appendixHint")
        hint.setWordWrap(True)
        self.list = _DropList()
        self.list.setObjectName("appendices")
        self.list.files_dropped.connect(self.attach_files)
        self.list.itemDoubleClicked.connect(lambda _: self.rename())
        self.list.currentRowChanged.connect(lambda _: self._update_buttons())
        self.list.setMinimumHeight(64)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.attach_button = self._button("Attach...", "+", self.choose_files,
                                          "Attach a PDF or Word file")
        self.rename_button = self._button("Rename...", "\u270e", self.rename,
                                          "Change the appendix's title")
        self.up_button = self._button("Up", "\u2191", lambda: self.move(-1),
                                      "Move the appendix up a letter")
        self.down_button = self._button("Down", "\u2193", lambda: self.move(1),
                                        "Move the appendix down a letter")
        self.save_button = self._button("Save a copy...", "\u2913", self.save_copy,
                                        "Save the attached file somewhere else")
        self.remove_button = self._button("Remove", "\u2715", self.remove,
                                          "Take the appendix off the report (Undo brings it "
                                          "back)", DESTRUCTIVE)
        for button in (self.attach_button, self.rename_button, self.up_button,
                       self.down_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.show_appendices()

    def _button(self, text: str, glyph: str, slot, tip: str, colour: str | None = None):
        button = QToolButton()
        button.setText(text)
        button.setIcon(glyph_icon(glyph, colour) if colour else glyph_icon(glyph))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # Showing -------------------------------------------------------------------------------

    def show_appendices(self) -> None:
        """Read the appendices from the database into the list and the live report."""
        row = self.list.currentRow()
        appendices = appendix_service.appendices(self.db, self.report_id)
        self.ctx.report.appendices[:] = appendices
        self.list.clear()
        for letter, appendix in lettered(appendices):
            item = QListWidgetItem(f"Appendix {letter}  \u2013  {appendix.title}   "
                                   f"({appendix.file_name})")
            item.setToolTip(f"Appendix {letter}: {appendix.title}\nFile: {appendix.file_name}")
            self.list.addItem(item)
        if not appendices:
            empty = QListWidgetItem("No appendices. Attach a file, or drop one here.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.list.setFixedHeight(max(64, 34 * max(len(appendices), 1) + 8))
        if appendices:
            self.list.setCurrentRow(min(max(row, 0), len(appendices) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.ctx.report.appendices)
        row = self.list.currentRow() if count else -1
        chosen = 0 <= row < count
        for button in (self.rename_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)

    def first_focus(self) -> QWidget:
        return self.list

    def selected_letter(self) -> str | None:
        row = self.list.currentRow()
        return appendix_letter(row) if 0 <= row < len(self.ctx.report.appendices) else None

    # Changing ------------------------------------------------------------------------------

    def _change(self, text: str, change) -> bool:
        """Run `change` (service calls), then push it as an undoable command; a refusal is
        shown, and changes nothing."""
        before = appendix_service.appendices(self.db, self.report_id)
        try:
            with self.db.atomic():
                change()
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The appendices were not changed", error)
            return False
        after = appendix_service.appendices(self.db, self.report_id)
        for letter, appendix in lettered(after):
            if appendix.sha256 not in self.files:
                self.files[appendix.sha256] = appendix_service.appendix_bytes(
                    self.db, self.report_id, letter)
        self.ctx.undo_stack.push(SnapshotCommand(
            text, lambda state: restore_appendices(self.db, self.report_id, state, self.files),
            before, after, self._refresh))
        return True

    def _refresh(self) -> None:
        self.show_appendices()
        self.ctx.edited()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Attach appendices", self.folder,
                                                FILE_FILTER)
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> None:
        """Attach each file in turn; one refused does not stop the others."""
        for path in paths:
            self.folder = str(Path(path).parent)
            if self._change(f"Attach '{Path(path).name}'",
                            lambda p=path: appendix_service.attach_appendix(
                                self.db, self.report_id, p)):
                letter = appendix_letter(len(self.ctx.report.appendices) - 1)
                self.status_message.emit(f"Attached '{Path(path).name}' as Appendix {letter}.")

    def rename(self, title: str | None = None) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        old = self.ctx.report.appendices[self.list.currentRow()].title
        if title is None:
            title, ok = QInputDialog.getText(self, "Rename appendix",
                                             f"Title of Appendix {letter}:", text=old)
            if not ok:
                return
        if title.strip() and title.strip() != old:
            self._change(f"Rename Appendix {letter}", lambda: appendix_service.retitle_appendix(
                self.db, self.report_id, letter, title))

    def move(self, step: int) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        target = self.list.currentRow() + step
        if 0 <= target < len(self.ctx.report.appendices):
            if self._change(f"Move Appendix {letter}", lambda: appendix_service.move_appendix(
                    self.db, self.report_id, letter, appendix_letter(target))):
                self.list.setCurrentRow(target)

    def remove(self) -> None:
        letter = self.selected_letter()
        if letter is not None and self._change(
                f"Remove Appendix {letter}",
                lambda: appendix_service.remove_appendix(self.db, self.report_id, letter)):
            self.status_message.emit(f"Removed Appendix {letter}; the ones after it moved up a "
                                     "letter. Undo (Ctrl+Z) brings it back.")

    def save_copy(self, path: str | None = None) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        appendix = self.ctx.report.appendices[self.list.currentRow()]
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, f"Save a copy of Appendix {letter}",
                str(Path(self.folder) / appendix.file_name), FILE_FILTER)
            if not path:
                return
        try:
            saved = appendix_service.save_appendix_as(self.db, self.report_id, letter, path)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The appendix was not saved", error)
            return
        self.status_message.emit(f"Saved a copy of Appendix {letter} as {saved}.")
