"""Members on the committee page: add, edit and remove through dialogs and keys, every
change undoable, dates of membership, and former members hidden until asked for."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from committee_fixtures import TODAY, make_committee, names_in, show_page
from lscb_desktop.domain.committee import MemberRole
from lscb_desktop.services import committee_service
from lscb_desktop.ui import messages
from lscb_desktop.ui.member_dialog import MemberDialog
from lscb_desktop.ui.member_table_model import COL_FROM, COL_TO


@pytest.fixture
def page(qtbot, db):
    page = show_page(qtbot, db, make_committee(db))
    page.tabs.setCurrentIndex(2)
    return page


def stored_names(db, page) -> list[str]:
    return sorted(m.name for m in committee_service.members(db, page.committee_id))


def row_of(page, name: str) -> int:
    return names_in(page.members_tab.model).index(name)


def open_editor(qtbot, page, name: str) -> MemberDialog:
    table = page.members_tab.panel.view
    page.members_tab.panel.select_row(row_of(page, name))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.members_tab.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_members_are_listed_chairman_first_with_former_members_hidden(page):
    model = page.members_tab.model
    assert names_in(model) == ["Councillor Rosa Pennington", "Councillor David Okafor",
                               "Councillor Helen Marsh"]
    marsh = row_of(page, "Councillor Helen Marsh")
    assert model.index(marsh, COL_FROM).data() == "16 May 2023"
    assert model.index(marsh, COL_TO).data() == ""


def test_show_former_members_lists_them_last_and_greyed(page):
    page.show_former_check.setChecked(True)
    model = page.members_tab.model
    assert names_in(model)[-1] == "Councillor Peter Bright"
    last = model.rowCount() - 1
    assert model.index(last, COL_TO).data() == "14 May 2024"
    assert model.index(last, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert "left the committee on 14 May 2024" in model.index(last, 0).data(
        Qt.ItemDataRole.ToolTipRole)
    page.show_former_check.setChecked(False)
    assert "Councillor Peter Bright" not in names_in(model)


def test_adding_a_member_with_dates_then_undo_and_redo(qtbot, db, page):
    page.members_tab.panel.add_button.click()
    dialog = page.members_tab.dialog
    qtbot.keyClicks(dialog.name_edit, "Jenny Cartwright")
    dialog.role_combo.setCurrentText("Co-opted member")
    qtbot.keyClicks(dialog.organisation_edit, "Foster Carers' Association")
    dialog.start_edit.check.setChecked(True)
    dialog.start_edit.edit.setDate(date(2024, 6, 1))
    dialog.ok_button.click()

    assert not dialog.isVisible()
    added = next(m for m in committee_service.members(db, page.committee_id)
                 if m.name == "Jenny Cartwright")
    assert added.role is MemberRole.CO_OPTED
    assert added.organisation == "Foster Carers' Association"
    assert (added.start_date, added.end_date) == (date(2024, 6, 1), None)
    assert page.members_tab.panel.selected_row() == row_of(page, "Jenny Cartwright")
    assert "<b>4</b> current members" in page.summary_label.text()
    assert page.undo_stack.undoText() == "Add member Jenny Cartwright"

    page.undo_stack.undo()
    assert "Jenny Cartwright" not in stored_names(db, page)
    assert "Jenny Cartwright" not in names_in(page.members_tab.model)
    page.undo_stack.redo()
    assert "Jenny Cartwright" in stored_names(db, page)
    assert "Jenny Cartwright" in names_in(page.members_tab.model)


def test_editing_a_member_with_enter_makes_them_chairman_then_undo(qtbot, db, page):
    dialog = open_editor(qtbot, page, "Councillor Helen Marsh")
    assert dialog.name_edit.text() == "Councillor Helen Marsh"
    assert dialog.start_edit.value() == date(2023, 5, 16)
    dialog.role_combo.setCurrentText("Chairman")
    dialog.ok_button.click()

    assert "Chairman: <b>Councillor Helen Marsh</b>" in page.summary_label.text()
    page.undo_stack.undo()
    marsh = next(m for m in committee_service.members(db, page.committee_id)
                 if m.name == "Councillor Helen Marsh")
    assert marsh.role is MemberRole.MEMBER
    assert "Chairman: <b>Councillor Rosa Pennington</b>" in page.summary_label.text()


def test_double_click_opens_the_member(qtbot, page):
    view = page.members_tab.panel.view
    rect = view.visualRect(page.members_tab.model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.members_tab.dialog.name_edit.text() == "Councillor David Okafor"


def test_ending_a_membership_moves_the_member_to_former_members(qtbot, db, page):
    dialog = open_editor(qtbot, page, "Councillor Helen Marsh")
    dialog.end_edit.check.setChecked(True)
    dialog.end_edit.edit.setDate(date(2025, 1, 31))
    dialog.ok_button.click()
    assert "Councillor Helen Marsh" not in names_in(page.members_tab.model)
    assert "<b>2</b> current members" in page.summary_label.text()


def test_an_end_before_the_start_keeps_the_dialog_open_naming_the_dates(qtbot, db, page):
    dialog = open_editor(qtbot, page, "Councillor Helen Marsh")
    dialog.end_edit.check.setChecked(True)
    dialog.end_edit.edit.setDate(date(2020, 1, 1))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "ends before it starts" in dialog.error.text()
    assert dialog.focusWidget() is dialog.end_edit.edit
    assert page.undo_stack.count() == 0
    marsh = next(m for m in committee_service.members(db, page.committee_id)
                 if m.name == "Councillor Helen Marsh")
    assert marsh.end_date is None


def test_a_member_without_a_name_is_refused(qtbot, db, page):
    page.members_tab.panel.add_button.click()
    dialog = page.members_tab.dialog
    qtbot.keyClicks(dialog.organisation_edit, "Youth Council")
    dialog.ok_button.click()
    assert dialog.isVisible() and "needs a name" in dialog.error.text()
    assert dialog.focusWidget() is dialog.name_edit
    assert dialog.organisation_edit.text() == "Youth Council"
    assert len(committee_service.members(db, page.committee_id)) == 4


def test_delete_removes_the_selected_member_after_confirmation(qtbot, db, page, monkeypatch):
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or True)
    view = page.members_tab.panel.view
    page.members_tab.panel.select_row(row_of(page, "Councillor David Okafor"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert "Remove Councillor David Okafor from the Corporate Parenting Committee?" in asked[0]
    assert "Councillor David Okafor" not in stored_names(db, page)
    assert "Vice-Chairman: <i>none recorded</i>" in page.summary_label.text()

    page.undo_stack.undo()  # re-added, under a new id
    assert "Councillor David Okafor" in stored_names(db, page)
    assert "Vice-Chairman: <b>Councillor David Okafor</b>" in page.summary_label.text()
    page.undo_stack.redo()
    assert "Councillor David Okafor" not in stored_names(db, page)


def test_declining_the_confirmation_removes_nothing(qtbot, db, page, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    page.members_tab.panel.select_row(0)
    page.members_tab.panel.remove_button.click()
    assert len(committee_service.members(db, page.committee_id)) == 4
    assert page.undo_stack.count() == 0


def test_undo_follows_a_member_through_removal_and_re_adding(qtbot, db, page, monkeypatch):
    """Undoing a removal gives the member a new id; earlier edits still undo onto them."""
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    dialog = open_editor(qtbot, page, "Councillor Helen Marsh")
    dialog.organisation_edit.setText("Ward: Borchester North")
    dialog.ok_button.click()
    page.members_tab.remove(row_of(page, "Councillor Helen Marsh"))

    page.undo_stack.undo()  # removal: re-added with a new id
    page.undo_stack.undo()  # the edit, applied to the re-added member
    marsh = [m for m in committee_service.members(db, page.committee_id)
             if m.name == "Councillor Helen Marsh"]
    assert len(marsh) == 1 and marsh[0].organisation == ""
    assert marsh[0].start_date == date(2023, 5, 16)

    page.undo_stack.redo()
    page.undo_stack.redo()
    assert "Councillor Helen Marsh" not in stored_names(db, page)


def test_the_day_decides_who_is_current(qtbot, db, page):
    page.today = lambda: date(2024, 1, 1)  # Peter Bright still served then
    page.refresh()
    assert "Councillor Peter Bright" in names_in(page.members_tab.model)
    assert TODAY > date(2024, 5, 14)


def test_delete_in_the_table_wins_over_a_window_wide_delete_shortcut(qtbot, db, monkeypatch):
    """The main window's Agenda > Delete item also uses the Delete key."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from lscb_desktop.ui.committee_page import CommitteePage

    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    window = QMainWindow()
    qtbot.addWidget(window)
    page = CommitteePage(db)
    window.setCentralWidget(page)
    page.set_committee(make_committee(db))
    agenda_delete = QAction("Delete item", window)
    agenda_delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
    window.addAction(agenda_delete)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.tabs.setCurrentIndex(2)
    view = page.members_tab.panel.view
    page.members_tab.panel.select_row(0)
    view.setFocus()

    with qtbot.assertNotEmitted(agenda_delete.triggered):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Councillor Rosa Pennington" not in stored_names(db, page)
