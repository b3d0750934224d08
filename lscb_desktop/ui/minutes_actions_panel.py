"""A minute's actions ("Action: contact the venue"): description, owner, due date and
status; added, edited and removed as undoable commands. Actions stay open to follow-up after
the minutes are approved (action_service): their status is not part of the signed record."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..domain.actions import Action
from ..domain.minutes import Minute
from ..services import action_service, attendance_service
from . import messages, minutes_commands
from .action_dialog import MinuteActionDialog
from .minutes_commands import MinutesContext
from .minutes_records_table_model import ACTION_DESCRIPTION, ACTION_DUE, ActionTableModel
from .minutes_style import TABLE_STYLE
from .record_table_panel import RecordTablePanel


class ActionsPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: MinutesContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.minute: Minute | None = None
        self.dialog: MinuteActionDialog | None = None
        self.model = ActionTableModel(self)
        self.panel = RecordTablePanel(self.model, "action", self)
        self.panel.add_button.setText("Add a&ction...")
        self.panel.edit_button.setText("Edit action...")
        self.panel.remove_button.setText("Remove action")
        self.panel.view.setStyleSheet(TABLE_STYLE)
        self.panel.view.setMinimumHeight(64)
        self.panel.stretch_columns(ACTION_DESCRIPTION, widths={ACTION_DUE: "30 September 2026"})
        self.panel.add_requested.connect(self.add_action)
        self.panel.edit_requested.connect(self.edit_action)
        self.panel.remove_requested.connect(self.remove_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def show_minute(self, minute: Minute) -> None:
        row = self.panel.selected_row()
        self.minute = minute
        self.model.set_rows(action_service.actions_for_minute(self.db, minute.id))
        self.panel.select_row(row)

    def _owners(self) -> list[str]:
        return [p.name for p in attendance_service.attendees(self.db, self.minute.meeting_id)]

    def _open_dialog(self, action: Action | None, submit) -> None:
        dialog = MinuteActionDialog(action, self._owners(), submit, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    # add() and save() raise what the service refuses, so the dialog stays open and says why.
    def add(self, action: Action) -> None:
        minutes_commands.add_action(self.ctx, self.minute.id, action)
        self.status_message.emit(f"Action added: {action.description}")

    def save(self, action: Action) -> None:
        minutes_commands.update_action(self.ctx, self.minute.id, action)
        self.status_message.emit(f"Action saved: {action.description}")

    def add_action(self) -> None:
        if self.minute is not None:
            self._open_dialog(None, self.add)

    def edit_action(self, row: int) -> None:
        self._open_dialog(self.model.record_at(row), self.save)

    def remove_action(self, row: int) -> None:
        action = self.model.record_at(row)
        try:
            minutes_commands.delete_action(self.ctx, self.minute.id, action)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The action was not removed", error)
            return
        self.status_message.emit(f"Removed the action '{action.description}'. "
                                 "Undo (Ctrl+Z) brings it back.")
