"""The minutes page: starting minutes from the meeting page, attendance writing the apologies
minute, declarations, the Minutes menu and opening a given minute."""

import pytest
from PySide6.QtCore import Qt

from lscb_desktop.domain.attendance import AttendanceStatus
from lscb_desktop.domain.declarations import InterestKind
from lscb_desktop.services import attendance_service, minutes_service
from lscb_desktop.ui.main_window import MainWindow
from lscb_desktop.ui.minutes_attendance_table_model import COL_SUBSTITUTE
from lscb_desktop.ui.minutes_page import MinutesPage
from lscb_desktop.ui.navigation_model import MEETING, MINUTES

from minutes_helpers import make_board


@pytest.fixture
def board(db):
    return make_board(db)


@pytest.fixture
def window(qtbot, db, db_path, board):
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def page(qtbot, db, db_path, board):
    minutes_service.start_minutes(db, board.held_id)
    shown = MinutesPage(db, db_path)
    qtbot.addWidget(shown)
    shown.set_meeting(board.held_id)
    return shown


def apologies_minute(db, meeting_id) -> str:
    return next(m.narrative for m in minutes_service.get_minutes(db, meeting_id)
                if m.title == "Apologies for Absence")


def test_start_minutes_from_the_meeting_page_opens_them_under_the_meeting(qtbot, db, window,
                                                                         board):
    window.select(MEETING, board.held_id)
    assert window.meeting_page.minutes_button.text() == "Start mi&nutes"
    qtbot.mouseClick(window.meeting_page.minutes_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.minutes.page
    assert window.selected() == (MINUTES, board.held_id)
    assert window.navigation.find(MINUTES, board.held_id).data() == "Minutes"
    titles = [m.title for m in window.minutes.page.minutes_tab.model.rows]
    assert titles[:3] == ["Apologies for Absence", "Declarations of Interest",
                          "Minutes of Previous Meeting"]
    assert "Exclusion of the Press and Public" in titles
    window.select(MEETING, board.held_id)
    assert window.meeting_page.minutes_button.text() == "Open mi&nutes"


def test_the_minutes_menu_sits_between_agenda_and_report_and_ctrl_m_opens(window, board):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Minutes") == titles.index("&Agenda") + 1
    assert titles.index("&Report") == titles.index("&Minutes") + 1
    assert window.minutes_menu.title() == "&Minutes"
    start = window.menu_actions.start_minutes
    assert start.shortcut().toString() == "Ctrl+M"
    window.select(MEETING, board.next_id)
    start.trigger()
    assert window.selected() == (MINUTES, board.next_id)
    assert window.menu_actions.export_minutes.isEnabled()


def test_open_minutes_shows_the_page_with_that_minute_selected(db, window, board):
    minutes = minutes_service.start_minutes(db, board.held_id)
    strategy = next(m for m in minutes if m.title == "Corporate Parenting Strategy")
    window.open_minutes(board.held_id, strategy.id)
    page = window.minutes.page
    assert window.pages.currentWidget() is page
    assert page.tabs.currentWidget() is page.minutes_tab
    assert page.minutes_tab.selected_id() == strategy.id
    assert page.minutes_tab.editor.title_edit.text() == "Corporate Parenting Strategy"


def test_the_suggested_first_number_is_shown_and_can_be_changed_with_undo(db, page, board):
    assert page.first_number_spin.value() == 1
    page.first_number_spin.setValue(18)
    page.first_number_spin.editingFinished.emit()
    assert [m.number for m in minutes_service.get_minutes(db, board.held_id)][:2] == [18, 19]
    assert page.first_hint.text() == "(suggested: 1)"
    page.undo_stack.undo()
    assert minutes_service.record(db, board.held_id).first_number == 1
    assert page.first_number_spin.value() == 1


def test_marking_apologies_rewrites_the_apologies_minute_shown_live(qtbot, db, page, board):
    tab = page.attendance_tab
    tab.select_member("L Durham")
    qtbot.mouseClick(tab.status_buttons[AttendanceStatus.APOLOGIES], Qt.MouseButton.LeftButton)
    expected = "Apologies for absence were received from Councillor L Durham."
    assert apologies_minute(db, board.held_id) == expected
    assert tab.apologies_label.text().endswith(expected)
    page.undo_stack.undo()
    assert apologies_minute(db, board.held_id) == "There were no apologies for absence."
    assert tab.apologies_label.text().endswith("There were no apologies for absence.")


def test_typing_a_substitutes_name_marks_the_member_substituted(db, page, board):
    tab = page.attendance_tab
    tab.select_member("M Grant")
    row = next(i for i, a in enumerate(tab.members.rows()) if a.name == "M Grant")
    tab.members.setData(tab.members.index(row, COL_SUBSTITUTE), "Councillor S Edgar")
    grant = next(a for a in attendance_service.attendance(db, board.held_id)
                 if a.name == "M Grant")
    assert (grant.status, grant.substitute) == (AttendanceStatus.SUBSTITUTED,
                                                "Councillor S Edgar")
    assert "Councillor S Edgar attended as a substitute for Councillor M Grant." in \
        tab.apologies_label.text()


def test_officers_in_attendance_are_added_from_the_committee_and_removed_with_undo(db, page,
                                                                                 board):
    tab = page.attendance_tab
    tab.add_committee_officers()
    assert [p.name for p in attendance_service.attendees(db, board.held_id)] == [
        "Kerry Birtles"]
    tab.attendee_panel.select_row(0)
    tab.remove_attendee(0)
    assert attendance_service.attendees(db, board.held_id) == []
    page.undo_stack.undo()
    assert [p.capacity for p in attendance_service.attendees(db, board.held_id)] == [
        "Head of Service"]


def test_a_person_present_is_added_through_the_dialog(db, page, board):
    tab = page.attendance_tab
    tab.add_attendee()
    tab.dialog.name_edit.setText("Amy Young")
    tab.dialog.capacity_edit.setText("Children's advocate")
    tab.dialog.kind_combo.setCurrentIndex(1)
    tab.dialog.accept()
    person = attendance_service.attendees(db, board.held_id)[0]
    assert (person.name, person.capacity, person.kind.value) == (
        "Amy Young", "Children's advocate", "other")


def test_a_declaration_writes_the_declarations_minute_and_withdrawing_undoes(db, page, board):
    tab = page.declarations_tab
    tab.add_declaration()
    dialog = tab.dialog
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findText("L Durham (Member)"))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findText(
        "4. Corporate Parenting Strategy"))
    dialog.kind_combo.setCurrentIndex(list(InterestKind).index(InterestKind.NON_REGISTRABLE))
    dialog.description_edit.setText("as her daughter is a foster carer")
    dialog.accept()
    sentence = ("Councillor L Durham declared a non-registrable interest in the item "
                "'Corporate Parenting Strategy', as her daughter is a foster carer.")
    assert tab.minute_label.text().endswith(sentence)
    assert tab.model.rowCount() == 1
    tab.panel.select_row(0)
    tab.withdraw(0)
    assert tab.minute_label.text().endswith("There were no declarations of interest.")
    page.undo_stack.undo()
    assert tab.minute_label.text().endswith(sentence)


def test_a_declaration_without_an_item_keeps_the_dialog_open_and_says_why(db, page, board):
    tab = page.declarations_tab
    tab.add_declaration()
    tab.dialog.item_combo.setCurrentIndex(-1)
    tab.dialog.accept()
    assert tab.dialog is not None and tab.dialog.isVisible()
    assert "choose the item" in tab.dialog.error.text()
    assert attendance_service.declarations(db, board.held_id) == []
