"""The editor of one minute: its title and narrative (saved as the clerk types, a moment after
they pause, and at once on leaving the minute or the page), its decisions with the quick
inserts, and its actions. Approved minutes are read-only and change only by a recorded
correction, whose history (original and corrected text) is shown; the exclusion minute is
written by the rules and read-only."""

from dataclasses import replace
from html import escape

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ..domain.dates import long_date
from ..domain.minutes import CorrectedField, Minute, MinuteKind
from ..services import minutes_approval_service, minutes_service
from . import messages
from .minutes_actions_panel import ActionsPanel
from .minutes_commands import MinutesContext
from .minutes_correction_dialog import CorrectionDialog, CorrectionRequest
from .minutes_decisions_panel import DecisionsPanel
from .minutes_style import NOTE_STYLE, banner
from .report_editor import current_user

SAVE_DELAY_MS = 800  # autosave once typing pauses
EXCLUSION_NOTE = ("This resolution is written from the Schedule 12A paragraphs of the Part 2 "
                  "items that follow it, so it cannot be edited here: change the paragraphs "
                  "on the agenda item instead.")


class MinuteEditor(QWidget):
    status_message = Signal(str)
    minute_saved = Signal(int)  # a minute's title or narrative was saved
    corrected = Signal(int)  # a correction was recorded on this minute

    def __init__(self, ctx: MinutesContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.minute: Minute | None = None
        self.locked = False
        self.dirty = False
        self.save_error: str | None = None
        self.dialog: CorrectionDialog | None = None
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)

        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")
        self.note = banner(NOTE_STYLE)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("minuteTitle")
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setObjectName("minuteNarrative")
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setPlaceholderText(
            "What was presented and discussed, as the minutes will record it.")
        self.narrative_edit.setMinimumHeight(140)
        self.save_label = QLabel()
        self.save_label.setObjectName("pageSubtitle")
        for edit in (self.title_edit, self.narrative_edit):
            edit.textChanged.connect(self._typed)
        self.decisions = DecisionsPanel(ctx, self, self)
        self.decisions.status_message.connect(self.status_message)
        self.actions_panel = ActionsPanel(ctx, self)
        self.actions_panel.status_message.connect(self.status_message)
        self.correct_button = QPushButton("Record co&rrection...")
        self.correct_button.setToolTip("Correct the approved text, citing the resolution that "
                                       "authorised it; the original is kept")
        self.correct_button.clicked.connect(self.record_correction)
        self.history_label = QLabel()
        self.history_label.setObjectName("minuteHistory")
        self.history_label.setWordWrap(True)
        self.history_heading = self._caption("HISTORY OF CORRECTIONS")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self._caption("&Title", self.title_edit))
        layout.addWidget(self.title_edit)
        self.narrative_caption = self._caption("&Narrative", self.narrative_edit)
        layout.addWidget(self.narrative_caption)
        layout.addWidget(self.narrative_edit, 2)
        layout.addWidget(self.save_label)
        self.decisions_caption = self._caption("Decisions")
        layout.addWidget(self.decisions_caption)
        layout.addWidget(self.decisions, 2)
        self.actions_caption = self._caption("Actions")
        layout.addWidget(self.actions_caption)
        layout.addWidget(self.actions_panel, 1)
        layout.addWidget(self.correct_button)
        layout.addWidget(self.history_heading)
        layout.addWidget(self.history_label)

    def _caption(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        label.setObjectName("fieldName")
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    # Showing --------------------------------------------------------------------------------

    def show_minute(self, minute: Minute | None, locked: bool, inserts: list[str]) -> None:
        """Show `minute` (saving what was typed into the one shown before)."""
        if self.minute is not None and (minute is None or minute.id != self.minute.id):
            self.save_now()
        self.minute, self.locked = minute, locked
        self.setEnabled(minute is not None)
        if minute is None:
            self.heading.setText("NO MINUTE CHOSEN")
            return
        exclusion = minute.kind is MinuteKind.EXCLUSION
        editable = not locked and not exclusion
        part = "  \u00b7  PART 2 (EXEMPT)" if minute.part == 2 else ""
        self.heading.setText(f"MINUTE {minute.number}{part}")
        self.note.setText(EXCLUSION_NOTE)
        self.note.setVisible(exclusion)
        if not self.dirty or minute.id != getattr(self, "_shown_id", None):
            self._put_text(minute)
        self._shown_id = minute.id
        for edit in (self.title_edit, self.narrative_edit):
            edit.setReadOnly(not editable)
        for widget in (self.narrative_caption, self.narrative_edit):
            widget.setVisible(not exclusion or bool(minute.narrative))
        self.decisions.show_minute(minute, editable, inserts)
        self.actions_panel.show_minute(minute)
        for widget in (self.actions_caption, self.actions_panel):
            widget.setVisible(not exclusion)
        self.correct_button.setVisible(locked and not exclusion)
        self._show_history()
        if locked:
            self._show_save_state("Approved: change it only by a recorded correction.")
        elif not self.dirty:
            self._show_save_state("Saved as you type." if editable else "")

    def _put_text(self, minute: Minute) -> None:
        for edit, text in ((self.title_edit, minute.title),
                           (self.narrative_edit, minute.narrative)):
            edit.blockSignals(True)  # showing the text is not typing it
            if edit is self.title_edit:
                edit.setText(text)
            elif edit.toPlainText() != text:
                edit.setPlainText(text)
            edit.blockSignals(False)
        self.dirty = False

    def _show_history(self) -> None:
        history = minutes_approval_service.history(self.db, self.minute.id)
        self.history_heading.setVisible(bool(history))
        self.history_label.setVisible(bool(history))
        entries = []
        for c in history:
            what = ("the narrative" if c.field is CorrectedField.NARRATIVE
                    else f"decision ({c.decision_position + 1})")
            entries.append(
                f"<p><b>{escape(long_date(c.corrected_at.date()))}</b>: {what} corrected by "
                f"{escape(c.corrected_by)}, authorised by {escape(c.resolution_reference)}."
                f"<br><span style='color:#5f6b7a'>Original:</span> {escape(c.original)}"
                f"<br><span style='color:#5f6b7a'>Corrected:</span> {escape(c.corrected)}</p>")
        self.history_label.setText("".join(entries))

    # Saving ---------------------------------------------------------------------------------

    def _typed(self) -> None:
        if self.minute is None or self.title_edit.isReadOnly():
            return
        self.dirty = True
        self._show_save_state("Saving...")
        self.save_timer.start()

    def save_now(self) -> bool:
        """Store the title and narrative if they changed; a refusal is shown beneath the
        narrative and the text stays, to be saved with the next change."""
        self.save_timer.stop()
        if not self.dirty or self.minute is None:
            return True
        try:
            stored = minutes_service.get_minute(self.db, self.minute.id)
            minutes_service.update_minute(self.db, replace(
                stored, title=self.title_edit.text(),
                narrative=self.narrative_edit.toPlainText()))
        except messages.USER_ERRORS as error:
            self.save_error = messages.error_text(error)
            self._show_save_state(f"Not saved: {self.save_error}", failed=True)
            return False
        self.dirty, self.save_error = False, None
        self._show_save_state(f"Saved at {QTime.currentTime().toString('HH:mm')}")
        self.minute_saved.emit(self.minute.id)
        return True

    def _show_save_state(self, text: str, failed: bool = False) -> None:
        self.save_label.setText(text)
        self.save_label.setProperty("failed", failed)
        self.save_label.setStyleSheet("QLabel { color: #8a1c1c; font-weight: 600; }"
                                      if failed else "")

    # Corrections ----------------------------------------------------------------------------

    def record_correction(self) -> None:
        if self.minute is None or not self.locked:
            return
        dialog = CorrectionDialog(self.minute, current_user(), self._correct, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _correct(self, request: CorrectionRequest) -> None:
        """Raises what the service refuses, for the dialog to show."""
        minutes_approval_service.correct_minute(
            self.db, self.minute.id, request.corrected, request.resolution_reference,
            request.corrected_by, request.decision_position)
        self.status_message.emit(f"Correction to minute {self.minute.number} recorded.")
        self.corrected.emit(self.minute.id)
