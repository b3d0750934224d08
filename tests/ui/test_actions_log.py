"""The actions log window on the demo database: its held meeting (id 1) has three actions
(one open, one done, one overdue); its upcoming meeting (id 2) is the next meeting."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from lscb_desktop.domain.actions import Action, ActionStatus
from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import (
    action_service, agenda_service, committee_service, demo_service, meeting_service,
    minutes_service,
)
from lscb_desktop.ui import messages
from lscb_desktop.ui.actions_log_table_model import (
    COL_ACTION, COL_STATUS, OVERDUE_BACKGROUND,
)
from lscb_desktop.ui.actions_log_window import ActionsLogWindow

HELD, UPCOMING = 1, 2
TASTER, THANKS, PLACING = 0, 1, 2  # the demo's actions, in the log's order


@pytest.fixture
def window(qtbot, db):
    demo_service.load_demo(db)
    log = ActionsLogWindow(db)
    qtbot.addWidget(log)
    log.show()
    qtbot.waitExposed(log)
    return log


def cell(log, row, column, role=Qt.ItemDataRole.DisplayRole):
    return log.model.data(log.model.index(row, column), role)


def shown(log):
    return [cell(log, row, COL_ACTION) for row in range(log.model.rowCount())]


def select(log, *rows):
    """Select rows whatever keys an earlier test left held (selectRow reads the modifiers)."""
    selection = log.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(log.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def status_of(db, description_start):
    entry = next(e for e in action_service.actions_log(db)
                 if e.action.description.startswith(description_start))
    return entry.action.status


def test_an_overdue_action_is_highlighted_and_says_so_in_bold(window):
    assert cell(window, PLACING, COL_STATUS) == "Overdue"
    assert cell(window, PLACING, COL_ACTION, Qt.ItemDataRole.BackgroundRole).color() == \
        OVERDUE_BACKGROUND
    assert cell(window, PLACING, COL_STATUS, Qt.ItemDataRole.FontRole).bold()
    assert cell(window, PLACING, COL_STATUS, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(window, TASTER, COL_STATUS) == "Open"
    assert cell(window, TASTER, COL_ACTION, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(window, THANKS, COL_STATUS) == "Done"
    assert window.count_label.text() == "3 actions, 1 overdue"


def test_overdue_only_and_open_only_filter_the_log(qtbot, window):
    qtbot.mouseClick(window.overdue_check, Qt.MouseButton.LeftButton)
    assert shown(window) == [
        "Write to the placing authority about the frequency of social worker visits"]
    window.overdue_check.setChecked(False)
    window.open_check.setChecked(True)
    assert [cell(window, r, COL_STATUS) for r in range(window.model.rowCount())] == [
        "Open", "Overdue"]


def test_the_committee_filter_shows_one_committees_actions(qtbot, db):
    demo_service.load_demo(db)
    other = committee_service.create_committee(db, Committee("Scrutiny Committee", "Room 1"))
    meeting_id = meeting_service.create_meeting(db, other, date.today() - timedelta(weeks=1))
    minute = minutes_service.start_minutes(db, meeting_id)[0]
    action_service.add_action(db, minute.id, Action("Invite the Cabinet member", "Clerk"))
    log = ActionsLogWindow(db)
    qtbot.addWidget(log)
    assert log.model.rowCount() == 4 and not log.view.isColumnHidden(0)
    log.set_committee(other)
    assert shown(log) == ["Invite the Cabinet member"]
    assert log.view.isColumnHidden(0)  # the committee column says nothing then


def test_marking_done_is_undone_and_redone_from_the_keyboard(qtbot, db, window):
    select(window, PLACING)
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert status_of(db, "Write to the placing") is ActionStatus.DONE
    assert cell(window, PLACING, COL_STATUS) == "Done"
    assert window.undo_stack.undoText() == (
        "Mark done 'Write to the placing authority about the frequency of social worker "
        "visits'")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(db, "Write to the placing") is ActionStatus.OPEN
    assert cell(window, PLACING, COL_STATUS) == "Overdue"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert status_of(db, "Write to the placing") is ActionStatus.DONE
    qtbot.keyClick(window.view, Qt.Key.Key_Shift)  # let go of the modifiers


def test_several_actions_change_status_in_one_step(db, window):
    window.view.selectAll()
    window.cancel_button.click()
    assert {e.action.status for e in action_service.actions_log(db)} == {ActionStatus.CANCELLED}
    assert window.undo_stack.undoText() == "Mark cancelled 3 actions"
    window.undo_stack.undo()
    assert [e.action.status for e in action_service.actions_log(db)] == [
        ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.OPEN]
    assert len(window.selected_entries()) == 3  # the selection comes back


def test_reopen_is_offered_only_for_actions_not_open(window):
    select(window, THANKS)
    assert window.reopen_button.isEnabled() and not window.done_button.isEnabled()
    window.reopen_button.click()
    assert cell(window, THANKS, COL_STATUS) == "Overdue"  # open again, and its day has passed
    assert not window.reopen_button.isEnabled() and window.done_button.isEnabled()


def test_editing_an_action_in_the_dialog_saves_and_can_be_undone(qtbot, db, window):
    select(window, TASTER)
    window.edit_button.click()
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.owner_edit.setText("")
    dialog.accept()  # an action needs an owner: the dialog stays open, the field focused
    assert dialog.isVisible() and "enter who will do it" in dialog.error.text()
    qtbot.waitUntil(dialog.owner_edit.hasFocus)
    qtbot.keyClicks(dialog.owner_edit, "Ben Tranter")
    dialog.due_edit.set_value(date(2030, 1, 31))
    dialog.accept()
    assert window.dialog is None or not dialog.isVisible()
    edited = action_service.actions_log(db)[TASTER].action
    assert (edited.owner, edited.due) == ("Ben Tranter", date(2030, 1, 31))
    assert cell(window, TASTER, 4) == "Ben Tranter"
    window.undo_stack.undo()
    assert action_service.actions_log(db)[TASTER].action.owner == "Marcus Reid"


def test_double_click_opens_the_minute_the_action_arose_at(qtbot, db, window):
    expected = action_service.actions_log(db)[PLACING].action.minute_id
    index = window.model.index(PLACING, COL_ACTION)
    rect = window.view.visualRect(index)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.open_minute) as signal:  # a double-click is press then dbl
        qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert signal.args == [HELD, expected]


def test_open_actions_go_on_the_next_agenda_as_matters_arising(qtbot, db, window,
                                                               monkeypatch):
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or True)
    with qtbot.waitSignal(window.agenda_changed) as signal:
        window.matters_button.click()
    assert signal.args == [UPCOMING]
    assert asked[0].startswith("2 actions go on the agenda of the meeting on ")
    assert "as a new item 'Matters Arising'" in asked[0]
    titles = [item.title for item in agenda_service.agenda(db, UPCOMING)]
    assert titles[titles.index("Minutes of Previous Meeting") + 1] == "Matters Arising"
    assert "added to the agenda" in window.note.text()


def test_the_selected_actions_only_and_a_no_changes_nothing(qtbot, db, window, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    window.matters_button.click()
    assert "Matters Arising" not in [i.title for i in agenda_service.agenda(db, UPCOMING)]
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    select(window, PLACING)
    window.matters_button.click()
    item = next(i for i in agenda_service.agenda(db, UPCOMING) if i.title == "Matters Arising")
    assert "placing authority" in item.purpose and "taster flats" not in item.purpose


def test_a_published_next_agenda_is_refused_with_the_way_out(qtbot, db, window,
                                                             monkeypatch):
    meeting_service.set_status(db, UPCOMING, MeetingStatus.AGENDA_PUBLISHED)
    shown_errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, error: shown_errors.append(
        str(error)))
    monkeypatch.setattr(messages, "confirm", lambda *args: pytest.fail("asked needlessly"))
    window.matters_button.click()
    assert "Set the meeting back to Draft" in shown_errors[0]


def test_a_done_action_selected_is_refused(qtbot, window, monkeypatch):
    shown_errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, error: shown_errors.append(
        str(error)))
    select(window, THANKS)
    window.matters_button.click()
    assert "only open actions are matters arising" in shown_errors[0]



def test_enter_opens_the_minute_too(qtbot, db, window):
    expected = action_service.actions_log(db)[TASTER].action.minute_id
    window.view.setCurrentIndex(window.model.index(TASTER, COL_ACTION))
    window.view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.view.hasFocus)
    with qtbot.waitSignal(window.open_minute) as signal:
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert signal.args == [HELD, expected]
