"""The committee page: who serves on the committee at a glance, then tabs for its details,
the standard items its agendas open with, its members and its supporting officers.

Every edit is a command on `undo_stack` (the main window's Edit menu drives it); the stack
belongs to the committee shown and is cleared when another committee is shown."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QCheckBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from ..domain.committee import Committee, Member, MemberRole, Officer, StandardItem, members_on
from ..domain.dates import clock_time
from ..domain.errors import NotFound
from ..services import committee_service
from . import messages
from .committee_commands import MEMBERS, OFFICERS, EditCommitteeCommand, push_applied
from .committee_details_tab import CommitteeDetailsTab
from .committee_records_tab import CommitteeRecordsTab
from .form_feedback import muted
from .member_dialog import MemberDialog
from .member_table_model import COL_NAME as MEMBER_NAME
from .member_table_model import (
    COL_FROM,
    COL_ORGANISATION,
    COL_TO,
    MemberTableModel,
    listed_members,
)
from .officer_dialog import OfficerDialog
from .officer_table_model import COL_JOB_TITLE, OfficerTableModel
from .standard_items_editor import StandardItemsEditor

DETAILS_TAB, STANDARD_ITEMS_TAB, MEMBERS_TAB, OFFICERS_TAB = range(4)


class CommitteePage(QWidget):
    committee_saved = Signal(int)  # the committee's own details changed (name, venue ...)

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.committee_id: int | None = None
        self.committee: Committee | None = None
        self.today: Callable[[], date] = date.today  # tests may fix the day
        # Details the user typed but that were refused when they left the committee.
        self._drafts: dict[int, tuple[Committee, str]] = {}
        self._members: list[Member] = []

        self.title_label = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.meets_label = muted(QLabel(self))

        self.details_tab = CommitteeDetailsTab(self._save_details, self)
        self.standard_items_editor = StandardItemsEditor(self._save_standard_items, self)
        self.members_tab = CommitteeRecordsTab(
            db, MEMBERS, MemberTableModel(self), MemberDialog, self.undo_stack,
            self._members_changed, self)
        self.members_tab.new_record = lambda: Member(name="", committee_id=self.committee_id)
        self.members_tab.removal_question = self._member_removal_question
        longest_date = "30 September 2030"
        self.members_tab.panel.stretch_columns(
            MEMBER_NAME, COL_ORGANISATION, widths={COL_FROM: longest_date, COL_TO: longest_date})
        self.show_former_check = QCheckBox("Show f&ormer members", self)
        self.show_former_check.setToolTip("Also list members whose membership has ended")
        self.show_former_check.toggled.connect(lambda: self._show_members())
        self.members_tab.panel.toolbar.addWidget(self.show_former_check)
        self.officers_tab = CommitteeRecordsTab(
            db, OFFICERS, OfficerTableModel(self), OfficerDialog, self.undo_stack,
            self._officers_changed, self)
        self.officers_tab.new_record = lambda: Officer(name="", committee_id=self.committee_id)
        self.officers_tab.panel.stretch_columns(COL_JOB_TITLE)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for tab in (self.details_tab, self.standard_items_editor, self.members_tab,
                    self.officers_tab):
            self.tabs.addTab(_padded(tab), "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.meets_label)
        layout.addSpacing(14)
        layout.addWidget(self.tabs, 1)
        self._set_tab_titles()
        self.setEnabled(False)

    # The interface the main window uses ------------------------------------------------------

    def set_committee(self, committee_id: int) -> None:
        """Show a committee. Pending detail edits of the previous one are saved first."""
        if committee_id != self.committee_id:
            self.save_pending_changes()
            self.undo_stack.clear()
            self.members_tab.forget_history()
            self.officers_tab.forget_history()
            self.committee_id = committee_id
        self.refresh()
        draft = self._drafts.pop(committee_id, None)
        if draft is not None and self.committee is not None:
            self.details_tab.show_draft(*draft)

    def save_pending_changes(self) -> bool:
        """Save details typed but not saved (call before closing). False if they were refused;
        they are kept and shown again, with the reason, when the committee is shown again."""
        if self.committee_id is None or not self.details_tab.is_dirty():
            return True
        if self.details_tab.save():
            return True
        self._drafts[self.committee_id] = (self.details_tab.edited(),
                                           self.details_tab.error.text())
        return False

    def refresh(self) -> None:
        try:
            self.committee = committee_service.get_committee(self.db, self.committee_id)
        except NotFound as error:
            self.committee = None
            self.title_label.setText("Committee not found")
            self.summary_label.setText(escape(str(error)))
            self.meets_label.clear()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self._show_committee()
        self._members = committee_service.members(self.db, self.committee_id)
        self._show_members()
        self.officers_tab.show_rows(committee_service.officers(self.db, self.committee_id))
        self._set_tab_titles()

    def hideEvent(self, event) -> None:
        # Leaving the page for a meeting saves what was typed, as leaving the committee does.
        if not event.spontaneous():
            self.save_pending_changes()
        super().hideEvent(event)

    # Showing -------------------------------------------------------------------------------

    def _show_committee(self) -> None:
        committee = self.committee
        self.title_label.setText(committee.name)
        venue = committee.default_venue or "no default venue yet"
        self.meets_label.setText(f"Usually meets at {clock_time(committee.default_start_time)}"
                                 f" · {venue}")
        self.details_tab.show_committee(committee)
        self.standard_items_editor.set_items(committee.standard_items,
                                             self.standard_items_editor.panel.selected_row())

    def _show_members(self, select_id: int | None = None) -> None:
        today = self.today()
        self.members_tab.model.today = today
        if select_id is None:
            row = self.members_tab.panel.selected_row()
            select_id = None if row is None else self.members_tab.model.record_at(row).id
        rows = listed_members(self._members, today, self.show_former_check.isChecked())
        self.members_tab.show_rows(rows, select_id)
        self.summary_label.setText(_membership_summary(self._members, today))
        self._set_tab_titles()

    def _set_tab_titles(self) -> None:
        serving = len(members_on(self._members, self.today())) if self.committee else 0
        officers = self.officers_tab.model.rowCount()
        items = self.standard_items_editor.model.rowCount()
        titles = ("Details", f"Standard items ({items})", f"Members ({serving})",
                  f"Officers ({officers})")
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    # Edits ---------------------------------------------------------------------------------

    def _save_details(self, edited: Committee) -> None:
        before = committee_service.get_committee(self.db, self.committee_id)
        after = replace(edited, standard_items=before.standard_items)
        self._push_committee_edit("Edit committee details", before, after)

    def _save_standard_items(self, items: list[StandardItem], text: str) -> None:
        before = committee_service.get_committee(self.db, self.committee_id)
        self._push_committee_edit(text, before, replace(before, standard_items=list(items)))

    def _push_committee_edit(self, text: str, before: Committee, after: Committee) -> None:
        committee_id = self.committee_id

        def changed(_: int | None) -> None:
            self.refresh()
            self.committee_saved.emit(committee_id)

        push_applied(self.undo_stack, EditCommitteeCommand(
            self.db, text, before, after, changed, self._report_undo_error))

    def _members_changed(self, member_id: int | None) -> None:
        self._members = committee_service.members(self.db, self.committee_id)
        self._show_members(member_id)

    def _officers_changed(self, officer_id: int | None) -> None:
        self.officers_tab.show_rows(committee_service.officers(self.db, self.committee_id),
                                    officer_id)
        self._set_tab_titles()

    def _member_removal_question(self, member: Member) -> str:
        return (
            f"Remove {member.name} from the {self.committee.name}?\n\n"
            "If they have left the committee, edit them and set the date their membership "
            "ended instead: former members stay on record for the meetings they attended.\n\n"
            "You can undo a removal with Ctrl+Z."
        )

    def _report_undo_error(self, message: str) -> None:
        messages.show_error(self, "Committee", message)


def _membership_summary(members: list[Member], today: date) -> str:
    """'9 current members · Chairman: … · Vice-Chairman: …' (rich text)."""
    serving = members_on(members, today)
    count = len(serving)
    parts = [f"<b>{count}</b> current member{'' if count == 1 else 's'}"]
    for role in (MemberRole.CHAIRMAN, MemberRole.VICE_CHAIRMAN):
        holder = next((m.name for m in serving if m.role is role), None)
        parts.append(f"{role.value}: <b>{escape(holder)}</b>" if holder
                     else f"{role.value}: <i>none recorded</i>")
    return " &nbsp;·&nbsp; ".join(parts)


def _padded(widget: QWidget) -> QWidget:
    """A tab page with breathing room around its content."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 14, 0, 0)
    layout.addWidget(widget)
    return page
