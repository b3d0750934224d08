"""The main window: opens on the upcoming meeting, the tree of committees and meetings, the
Edit menu undoing on the visible page, the File menu's meeting actions, window state."""

import json
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from lscb_desktop.services import demo_service, meeting_service
from lscb_desktop.ui import messages
from lscb_desktop.ui.main_window import MainWindow
from lscb_desktop.ui.navigation_model import COMMITTEE, MEETING

from meeting_helpers import click_ok, make_committee, make_meeting, titles

TODAY = date(2019, 1, 1)


@pytest.fixture
def demo_window(qtbot, db, db_path):
    demo_service.load_demo(db, today=TODAY)
    window = MainWindow(db, db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.open_upcoming_meeting()
    return window


def test_opens_on_the_upcoming_meeting_selected_in_the_tree(demo_window, db):
    upcoming = meeting_service.upcoming_meeting(db, TODAY)
    assert demo_window.selected() == (MEETING, upcoming.id)
    assert demo_window.pages.currentWidget() is demo_window.meeting_page
    assert demo_window.meeting_page.meeting.id == upcoming.id
    assert demo_window.undo_group.activeStack() is demo_window.meeting_page.undo_stack


def test_the_tree_lists_committees_with_their_meetings_by_date_and_status(demo_window, db):
    model = demo_window.navigation
    committee = model.index(0, 0)
    assert committee.data() == "Corporate Parenting Committee"
    meetings = meeting_service.list_meetings(db)
    assert model.rowCount(committee) == len(meetings)
    first = meetings[0].meeting
    d = first.date
    assert model.index(0, 0, committee).data() == f"{d:%a} {d.day} {d:%b %Y}"
    assert model.index(0, 1, committee).data() == first.status.label


def test_undo_follows_the_visible_page(qtbot, demo_window, db):
    window = demo_window
    meeting_id = window.meeting_page.meeting.id
    before = titles(db, meeting_id)
    window.meeting_page.editor.view.selectRow(len(before) - 2)
    window.meeting_page.editor.move_up_action.trigger()
    assert titles(db, meeting_id) != before
    assert window.menu_actions.undo.isEnabled()
    window.menu_actions.undo.trigger()
    assert titles(db, meeting_id) == before
    window.menu_actions.redo.trigger()
    assert titles(db, meeting_id) != before

    committee_id = window.meeting_page.meeting.committee_id
    window.select(COMMITTEE, committee_id)
    assert window.pages.currentWidget() is window.committee_page
    assert window.undo_group.activeStack() is window.committee_page.undo_stack
    assert not window.menu_actions.export_agenda.isEnabled()
    assert not window.meeting_page.editor.add_action.isEnabled()


def test_new_meeting_preselects_the_committee_and_selects_the_new_meeting(qtbot, db, db_path):
    make_committee(db, "Audit Committee")
    committee_id = make_committee(db)
    window = MainWindow(db, db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.select(COMMITTEE, committee_id)
    window.menu_actions.new_meeting.trigger()
    dialog = window.meeting_dialog
    assert dialog.form.committeeCombo.currentData() == committee_id
    click_ok(qtbot, dialog)
    created = meeting_service.list_meetings(db, committee_id)[0].meeting
    assert window.selected() == (MEETING, created.id)
    assert window.meeting_page.meeting.id == created.id
    assert "Meeting created" in window.statusBar().currentMessage()


def test_new_meeting_without_any_committee_says_to_create_one(qtbot, db, db_path, monkeypatch):
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    window.menu_actions.new_meeting.trigger()
    assert "New committee" in shown[0]
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.text().startswith("No committees yet.")


def test_meeting_file_export_then_import_selects_the_imported_meeting(
        qtbot, db, db_path, tmp_path, monkeypatch):
    meeting_id = make_meeting(db, items=["Sufficiency Statement"])
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    window.select(MEETING, meeting_id)
    target = tmp_path / "meeting.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.menu_actions.export_meeting.trigger()
    assert json.loads(target.read_text())["meeting"]["date"] == "2019-01-22"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(target), ""))
    window.menu_actions.import_meeting.trigger()
    kind, imported_id = window.selected()
    assert kind == MEETING and imported_id != meeting_id
    assert titles(db, imported_id) == titles(db, meeting_id)


def test_a_bad_meeting_file_is_refused_naming_the_field(qtbot, db, db_path, tmp_path, monkeypatch):
    meeting_id = make_meeting(db, items=["Sufficiency Statement"])
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    target = tmp_path / "meeting.json"
    window.select(MEETING, meeting_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.menu_actions.export_meeting.trigger()
    data = json.loads(target.read_text())
    data["meeting"]["items"][3]["part"] = 3
    target.write_text(json.dumps(data))

    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(target), ""))
    window.menu_actions.import_meeting.trigger()
    assert "Field: meeting.items[3].part" in shown[0]
    assert len(meeting_service.list_meetings(db)) == 1
    assert window.selected() == (MEETING, meeting_id)


def test_deleting_the_meeting_shows_its_committee(qtbot, demo_window, db, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    committee_id = demo_window.meeting_page.meeting.committee_id
    count = len(meeting_service.list_meetings(db))
    demo_window.meeting_page.delete_button.click()
    assert len(meeting_service.list_meetings(db)) == count - 1
    assert demo_window.selected() == (COMMITTEE, committee_id)
    assert demo_window.pages.currentWidget() is demo_window.committee_page


def test_a_status_change_shows_in_the_tree(qtbot, demo_window):
    demo_window.meeting_page.next_status_button.click()
    index = demo_window.tree.currentIndex()
    assert index.siblingAtColumn(1).data() == "Agenda published"
    assert "Agenda published" in demo_window.statusBar().currentMessage()


def test_window_geometry_and_splitter_are_remembered(qtbot, db, db_path, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, db_path, settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(780, 560)
    window.splitter.setSizes([240, 540])
    window.close()
    assert settings.value("main_window/geometry") is not None

    again = MainWindow(db, db_path, QSettings(str(tmp_path / "window.ini"),
                                              QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (780, 560)
    assert again.splitter.sizes()[0] == 240


def answer_modal(qtbot, answer):
    """Run `answer(dialog)` on the modal dialog the next action opens (inside its exec())."""
    def respond():
        dialog = QApplication.activeModalWidget()
        try:
            answer(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave the test waiting on a dialog
    QTimer.singleShot(0, respond)


def test_new_committee_is_created_and_selected(qtbot, demo_window, db):
    def fill(dialog):
        dialog.fields.name_edit.setText("Audit and Governance Committee")
        dialog.accept()

    answer_modal(qtbot, fill)
    demo_window.menu_actions.new_committee.trigger()
    kind, committee_id = demo_window.selected()
    assert kind == COMMITTEE
    assert demo_window.pages.currentWidget() is demo_window.committee_page
    assert demo_window.tree.currentIndex().data() == "Audit and Governance Committee"
    assert "Audit and Governance Committee" in demo_window.windowTitle()


def test_settings_changes_show_at_once_in_the_deadline(qtbot, demo_window):
    before = demo_window.meeting_page.deadline_label.text()
    assert "5 clear days" in before

    def three_days(dialog):
        dialog.fields["clear_days"].set_value(3)
        dialog.accept()

    answer_modal(qtbot, three_days)
    demo_window.menu_actions.settings.trigger()
    assert "3 clear days" in demo_window.meeting_page.deadline_label.text()
    assert demo_window.statusBar().currentMessage() == "Settings saved."


def test_keyboard_undo_and_redo_in_the_window(qtbot, demo_window, db):
    window = demo_window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.meeting_page.editor.view
    meeting_id = window.meeting_page.meeting.id
    before = titles(db, meeting_id)
    table.setFocus()
    table.selectRow(3)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = titles(db, meeting_id)
    assert moved[4] == before[3]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(db, meeting_id) == before
    qtbot.keyClick(table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(db, meeting_id) == moved
