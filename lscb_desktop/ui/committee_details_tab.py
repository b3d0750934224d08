"""The committee's own details on the committee page, with an explicit Save / Revert pair.

Typing is never silently lost: an undo or a refresh while the fields hold unsaved changes
leaves them alone (only what Revert goes back to moves), and the page saves pending changes
when the user leaves the committee (see CommitteePage.save_pending_changes)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.committee import Committee
from ..domain.errors import NotFound, ValidationError
from .committee_fields import CommitteeFields
from .form_feedback import InlineError, focus_field, muted

# Saves the edited committee as one undoable edit; raises ValidationError to refuse it.
SaveDetails = Callable[[Committee], None]


class CommitteeDetailsTab(QWidget):
    def __init__(self, save_details: SaveDetails, parent: QWidget | None = None):
        super().__init__(parent)
        self._save_details = save_details
        self._saved: Committee | None = None

        self.fields = CommitteeFields(with_terms_of_reference=True, parent=self)
        self.fields.changed.connect(self._update_state)
        self.error = InlineError(self)
        self.unsaved_label = muted(QLabel("Unsaved changes", self))
        self.revert_button = QPushButton("&Revert", self)
        self.revert_button.setToolTip("Put back the details as last saved")
        self.save_button = QPushButton("&Save changes", self)
        self.save_button.setToolTip("Save the committee's details (Ctrl+S)")
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unsaved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.fields)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(column, 5)
        outer.addStretch(1)  # a form wider than ~800px is hard to read
        self._update_state()

    def show_committee(self, committee: Committee) -> None:
        """Show the committee as saved. Unsaved typing about the same committee stays."""
        same = self._saved is not None and self._saved.id == committee.id
        keep_typing = same and self.is_dirty()
        self._saved = committee
        if not keep_typing:
            self.fields.fill(committee)
            self.error.clear_message()
        self._update_state()

    def show_draft(self, draft: Committee, message: str) -> None:
        """Show unsaved details that were refused earlier, with the reason."""
        self.fields.fill(draft)
        self.error.show_message(message)
        self._update_state()

    def edited(self) -> Committee | None:
        return None if self._saved is None else self.fields.read(self._saved)

    def is_dirty(self) -> bool:
        return self._saved is not None and self.edited() != self._saved

    def save(self) -> bool:
        """Save the edited details; False (with the message shown inline) if refused."""
        if not self.is_dirty():
            return True
        try:
            self._save_details(self.edited())
        except (ValidationError, NotFound) as error:
            self.error.show_message(str(error))
            focus_field(self.fields.field_widgets(), getattr(error, "field", None),
                        self.fields.name_edit)
            return False
        self.error.clear_message()
        self._update_state()
        return True

    def revert(self) -> None:
        if self._saved is not None:
            self.fields.fill(self._saved)
            self.error.clear_message()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.unsaved_label.setVisible(dirty)
        self.fields.setEnabled(self._saved is not None)
