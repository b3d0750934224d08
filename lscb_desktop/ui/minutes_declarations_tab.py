"""The Declarations tab of the minutes page: the declarations of interest made at the
meeting, added and withdrawn as undoable commands, with the declarations minute they write
shown beneath."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..domain.declarations import Declaration
from ..domain.standard_items import DECLARATIONS
from ..services import agenda_service, attendance_service, minutes_service
from . import messages, minutes_commands, style
from .form_feedback import muted
from .minutes_commands import MinutesContext
from .minutes_declaration_dialog import DeclarationDialog
from .minutes_records_table_model import DECLARATION_DESCRIPTION, DeclarationTableModel
from .minutes_style import minute_text_label
from .record_table_panel import RecordTablePanel


class MinutesDeclarationsTab(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: MinutesContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.db = ctx, ctx.db
        self.meeting_id: int | None = None
        self.locked = False
        self.dialog: DeclarationDialog | None = None
        self.model = DeclarationTableModel(self)
        card, card_layout = style.card("Declarations of interest")
        self.panel = RecordTablePanel(self.model, "declaration", self)
        self.panel.add_button.setText("&Add declaration...")
        self.panel.remove_button.setText("&Withdraw")
        self.panel.remove_button.setToolTip("Withdraw the selected declaration, entered by "
                                            "mistake (Delete)")
        self.panel.edit_button.hide()  # a declaration is withdrawn and made again, not edited
        self.panel.stretch_columns(1, DECLARATION_DESCRIPTION)
        self.panel.add_requested.connect(self.add_declaration)
        self.panel.remove_requested.connect(self.withdraw)
        self.panel.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        hint = muted(QLabel("Record each interest a member declares, on the item it concerns. "
                            "The declarations minute is written from them."))
        self.minute_label = minute_text_label()
        self.minute_label.setObjectName("declarationsMinute")
        card_layout.addWidget(hint)
        card_layout.addWidget(self.panel, 1)
        card_layout.addWidget(self.minute_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(card)

    def load(self, meeting_id: int, locked: bool) -> None:
        self.meeting_id, self.locked = meeting_id, locked
        self.model.set_rows(attendance_service.declarations(self.db, meeting_id))
        minute = next((m for m in minutes_service.get_minutes(self.db, meeting_id)
                       if m.standard_key == DECLARATIONS), None)
        self.minute_label.setVisible(minute is not None)
        if minute is not None:
            self.minute_label.setText(f"Minute {minute.number}:  {minute.narrative}")
        self._update_buttons()

    def _update_buttons(self, *_) -> None:
        self.panel.add_button.setEnabled(not self.locked)
        self.panel.remove_button.setEnabled(not self.locked
                                            and self.panel.selected_row() is not None)

    def add_declaration(self) -> None:
        if self.locked:
            return
        members = [a for a in attendance_service.attendance(self.db, self.meeting_id)
                   if a.member_id is not None]
        items = agenda_service.agenda(self.db, self.meeting_id)
        dialog = DeclarationDialog(members, items, self.declare, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def declare(self, declaration: Declaration) -> None:
        """Raises what the service refuses, for the dialog to show."""
        minutes_commands.declare_interest(
            self.ctx, self.meeting_id, declaration.member_id, declaration.agenda_item_id,
            declaration.kind, declaration.description)
        self.status_message.emit(f"Recorded {declaration.member_name}'s declaration.")

    def withdraw(self, row: int) -> None:
        if self.locked:
            return
        declaration = self.model.record_at(row)
        try:
            minutes_commands.withdraw_declaration(self.ctx, declaration)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The declaration was not withdrawn", error)
            return
        self.status_message.emit(f"Withdrew {declaration.member_name}'s declaration. "
                                 "Undo (Ctrl+Z) brings it back.")
