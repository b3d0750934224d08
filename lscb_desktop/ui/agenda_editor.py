"""The agenda editor on the meeting page: the items table with its actions (add, edit,
delete, move up and down, drag to reorder). Every change goes through agenda_commands, so it
is undoable, and the selection follows the item that was added or moved. A report item gets
"Write report..." (choose a template; the report is created on the item) or, once it has
one, "Open report"."""

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..domain.agenda import AgendaItem, ItemKind
from ..domain.meeting import Meeting
from ..services import agenda_service, committee_service, report_service
from . import agenda_commands, messages
from .agenda_item_dialog import AgendaItemDialog
from .report_template_dialog import ReportTemplateDialog
from .agenda_table_model import (
    COL_EXEMPT,
    COL_KIND,
    COL_NUMBER,
    COL_PART,
    COL_PRESENTER,
    COL_PURPOSE,
    COL_TITLE,
    AgendaTableModel,
)
from .style import DESTRUCTIVE, glyph_icon


class AgendaEditor(QWidget):
    status_message = Signal(str)
    open_report_requested = Signal(int)  # a report id

    def __init__(self, db, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.meeting: Meeting | None = None
        self.active = True  # False while another page is on screen: its shortcuts rest
        self.dialog: AgendaItemDialog | None = None  # the open item dialog, if any
        self.template_dialog: ReportTemplateDialog | None = None
        self.model = AgendaTableModel(self)
        self.model.move_requested.connect(self._move_to)
        self.view = self._make_view()
        self._make_actions()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions(self.actions())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(toolbar)
        layout.addWidget(self.view)
        self._update_actions()

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("agendaTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setDropIndicatorShown(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(30)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (COL_NUMBER, COL_KIND, COL_PART, COL_EXEMPT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_PURPOSE, 230), (COL_PRESENTER, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        view.doubleClicked.connect(self._edit_row)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        return view

    def _action(self, text, icon: QIcon, shortcuts, slot, tip, in_table_only=True) -> QAction:
        action = QAction(icon, text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setToolTip(f"{tip} ({QKeySequence(shortcuts[0]).toString()})")
        if in_table_only:  # keys like Del must not act on the agenda while typing elsewhere
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(
            "&Add item...", glyph_icon("+"), ["Ctrl+I"], self.add_item,
            "Add an item to the agenda", in_table_only=False)
        self.edit_action = self._action(
            "&Edit item...", glyph_icon("\u270e"), ["F2", "Return", "Enter"],
            self.edit_item, "Edit the selected item")
        self.delete_action = self._action(
            "&Delete item...", glyph_icon("\u2715", DESTRUCTIVE), [QKeySequence.StandardKey.Delete],
            self.delete_item, "Delete the selected item")
        self.move_up_action = self._action(
            "Move &up", glyph_icon("\u2191"), ["Ctrl+Up"], lambda: self.move_selected(-1),
            "Move the selected item up")
        self.move_down_action = self._action(
            "Move do&wn", glyph_icon("\u2193"), ["Ctrl+Down"], lambda: self.move_selected(1),
            "Move the selected item down")
        self.report_action = self._action(
            "&Write report...", glyph_icon("\u00b6"), ["Ctrl+R"], self.write_or_open_report,
            "Write the selected item's report, or open it", in_table_only=False)

    # Showing ------------------------------------------------------------------------------

    def set_meeting(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.refresh(None)

    def refresh(self, select_id: int | None) -> None:
        """Reload the agenda and select the item `select_id` (kept on screen)."""
        items = agenda_service.agenda(self.db, self.meeting.id) if self.meeting else []
        self.model.set_rows(items)
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is not None:
            index = self.model.index(row, COL_TITLE)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        self._update_actions()

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_item(self) -> AgendaItem | None:
        row = self.selected_row()
        return None if row is None else self.model.item_at(row)

    def set_active(self, active: bool) -> None:
        """The main window shares these actions in its Agenda menu; they act only while the
        meeting page is shown."""
        self.active = active
        self._update_actions()

    def _update_actions(self) -> None:
        usable = self.active and self.meeting is not None
        row = self.selected_row() if usable else None
        self.add_action.setEnabled(usable)
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(row is not None)
        self.move_up_action.setEnabled(row is not None and row > 0)
        self.move_down_action.setEnabled(row is not None and row < self.model.rowCount() - 1)
        item = self.model.item_at(row) if row is not None else None
        is_report = item is not None and item.kind is ItemKind.REPORT
        has_report = is_report and report_service.report_for_item(self.db, item.id) is not None
        self.report_action.setEnabled(is_report)
        self.report_action.setText("&Open report" if has_report else "&Write report...")
        self.report_action.setToolTip(
            "Open the selected item's report (Ctrl+R)" if has_report else
            "Write the report for the selected item, in a house style you choose (Ctrl+R)")

    # Editing ------------------------------------------------------------------------------

    def _presenters(self) -> list[str]:
        return [o.name for o in committee_service.officers(self.db, self.meeting.committee_id)]

    def _open_dialog(self, item: AgendaItem | None, submit) -> None:
        """Open the item dialog without blocking; OK hands the item to `submit`."""
        dialog = AgendaItemDialog(item, self._presenters(), self, on_submit=submit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def add_item(self) -> None:
        if self.meeting is not None:
            self._open_dialog(None, self.add)

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._open_dialog(item, self.save)

    def _edit_row(self, index) -> None:
        self.view.selectRow(index.row())
        self.edit_item()

    # add() and save() raise what the service refuses, having changed nothing, so that the
    # dialog can stay open and say why.
    def add(self, item: AgendaItem) -> None:
        agenda_commands.add_item(self.undo_stack, self.db, self.meeting.id, item, self.refresh)
        self.status_message.emit(f"Added '{item.title}' to the agenda.")

    def save(self, item: AgendaItem) -> None:
        agenda_commands.update_item(self.undo_stack, self.db, self.meeting.id, item, self.refresh)
        self.status_message.emit(f"Saved '{item.title}'.")

    def delete_item(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        item = self.model.item_at(row)
        question = (
            f"Delete item {row + 1}, '{item.title}', from the agenda?\n\n"
            "You can bring it back with Undo (Ctrl+Z)."
        )
        if not messages.confirm(self, "Delete agenda item", question, "Delete item"):
            return
        neighbour_row = row + 1 if row + 1 < self.model.rowCount() else row - 1
        neighbour = self.model.item_at(neighbour_row).id if neighbour_row >= 0 else None
        if self._run(agenda_commands.delete_item, item, neighbour):
            self.status_message.emit(f"Deleted '{item.title}'. Undo (Ctrl+Z) brings it back.")

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is not None:
            self._move_to(self.model.item_at(row).id, row + step)

    def _move_to(self, item_id: int, target: int) -> None:
        row = self.model.row_of(item_id)
        if row is None:
            return
        item = self.model.item_at(row)
        if self._run(agenda_commands.move_item, item, max(0, target)):
            if self.model.row_of(item_id) == row:
                self.status_message.emit(
                    f"'{item.title}' stays in Part {item.part}: Part 2 items always follow Part 1."
                )

    # Reports ------------------------------------------------------------------------------

    def write_or_open_report(self) -> None:
        """Open the selected report item's report; without one, choose a template (without
        blocking) and create it on the item."""
        item = self.selected_item()
        if item is None or item.kind is not ItemKind.REPORT:
            return
        report_id = report_service.report_for_item(self.db, item.id)
        if report_id is not None:
            self.open_report_requested.emit(report_id)
            return
        dialog = ReportTemplateDialog(self.db, self, title=f"Write the report for '{item.title}'")
        dialog.accepted.connect(lambda: self.create_report(item, dialog.selected_template_id()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda: setattr(self, "template_dialog", None))
        self.template_dialog = dialog
        dialog.open()

    def create_report(self, item: AgendaItem, template_id: str | None) -> int | None:
        if template_id is None:
            return None
        try:
            report_id = report_service.create_report(self.db, template_id, item.id)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The report was not created", error)
            return None
        self.refresh(item.id)
        self.status_message.emit(f"Created the report for '{item.title}'.")
        self.open_report_requested.emit(report_id)
        return report_id

    def _run(self, command, *args) -> bool:
        """Apply an undoable agenda command; a refusal is shown and changes nothing."""
        try:
            command(self.undo_stack, self.db, self.meeting.id, *args, self.refresh)
        except messages.USER_ERRORS as error:
            messages.show_error(self, "The agenda was not changed", error)
            return False
        return True
