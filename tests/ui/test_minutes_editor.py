"""Writing the minutes on the Minutes tab: the narrative saved as it is typed, quick inserts,
decisions with a vote, actions, the order of taking and the meeting's times."""

from datetime import date, time

import pytest
from PySide6.QtCore import Qt

from lscb_desktop.domain.decisions import DecisionKind, VoteCast
from lscb_desktop.services import action_service, minutes_service
from lscb_desktop.ui.minutes_page import MINUTES_TAB, MinutesPage

from minutes_helpers import make_board


@pytest.fixture
def board(db):
    board = make_board(db)
    minutes_service.start_minutes(db, board.held_id)
    return board


@pytest.fixture
def page(qtbot, db, db_path, board):
    shown = MinutesPage(db, db_path)
    qtbot.addWidget(shown)
    shown.set_meeting(board.held_id)
    shown.tabs.setCurrentIndex(MINUTES_TAB)
    shown.show()
    return shown


def minute_titled(db, meeting_id, title):
    return next(m for m in minutes_service.get_minutes(db, meeting_id) if m.title == title)


def choose(page, db, board, title):
    minute = minute_titled(db, board.held_id, title)
    page.minutes_tab.select_minute(minute.id)
    return minute


def test_the_narrative_is_saved_as_it_is_typed(qtbot, db, page, board):
    minute = choose(page, db, board, "Update Report")
    editor = page.minutes_tab.editor
    editor.narrative_edit.setFocus()
    qtbot.keyClicks(editor.narrative_edit, "Members noted the update.")
    assert editor.save_label.text() == "Saving..."
    qtbot.waitUntil(lambda: minutes_service.get_minute(db, minute.id).narrative
                    == "Members noted the update.")
    assert editor.save_label.text().startswith("Saved at")


def test_leaving_a_minute_saves_its_narrative_at_once(qtbot, db, page, board):
    minute = choose(page, db, board, "Update Report")
    qtbot.keyClicks(page.minutes_tab.editor.narrative_edit, "Typed just now")
    choose(page, db, board, "Corporate Parenting Strategy")
    assert minutes_service.get_minute(db, minute.id).narrative == "Typed just now"


def test_an_empty_title_is_refused_and_the_text_typed_is_kept(qtbot, db, page, board):
    minute = choose(page, db, board, "Update Report")
    editor = page.minutes_tab.editor
    editor.title_edit.clear()
    qtbot.keyClicks(editor.narrative_edit, "Kept")
    assert not editor.save_now()
    assert editor.save_label.text().startswith("Not saved: A minute needs a title.")
    assert editor.narrative_edit.toPlainText() == "Kept"
    assert minutes_service.get_minute(db, minute.id).title == "Update Report"


def test_quick_insert_by_shortcut_while_typing_adds_the_decision(qtbot, db, page, board):
    minute = choose(page, db, board, "Update Report")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts reach the active window only
    editor = page.minutes_tab.editor
    assert [b.toolTip().split(" (")[0] for b in editor.decisions.insert_buttons][:2] == [
        "Add the decision: RESOLVED \u2013 That the report be noted.",
        "Add the decision: RESOLVED \u2013 That the update be noted."]
    editor.narrative_edit.setFocus()
    qtbot.waitUntil(editor.narrative_edit.hasFocus)
    qtbot.keyClicks(editor.narrative_edit, "Noted.")
    qtbot.keyClick(editor.narrative_edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    saved = minutes_service.get_minute(db, minute.id)
    assert [d.text for d in saved.decisions] == ["That the update be noted."]
    assert saved.narrative == "Noted."  # saved first, so the insert kept what was typed
    assert editor.decisions.model.rowCount() == 1
    page.undo_stack.undo()
    assert minutes_service.get_minute(db, minute.id).decisions == []


def test_a_recommendation_with_a_named_vote(db, page, board):
    minute = choose(page, db, board, "Corporate Parenting Strategy")
    panel = page.minutes_tab.editor.decisions
    panel.add_decision()
    dialog = panel.dialog
    dialog.kind_combo.setCurrentIndex(1)
    assert dialog.recipient_combo.currentText() == "Cabinet"
    dialog.text_edit.setPlainText("That the strategy be adopted.")
    dialog.vote_check.setChecked(True)
    dialog.named_check.setChecked(True)
    casts = {"Councillor J Saunders": "For", "Councillor D Flude": "For",
             "Councillor L Durham": "Against"}
    for row in range(dialog.named_table.rowCount()):
        name = dialog.named_table.item(row, 0).text()
        dialog.named_table.cellWidget(row, 1).setCurrentText(casts.get(name, "Abstained"))
    assert [s.value() for s in dialog.count_spins] == [2, 1, 1]
    dialog.accept()
    decision = minutes_service.get_minute(db, minute.id).decisions[0]
    assert (decision.kind, decision.recommend_to) == (DecisionKind.RECOMMENDED, "Cabinet")
    assert (decision.vote.in_favour, decision.vote.against, decision.vote.abstentions) == (
        2, 1, 1)
    assert ("Councillor M Grant", VoteCast.ABSTAIN) in decision.vote.named
    assert panel.model.data(panel.model.index(0, 0)) == "RECOMMENDED to Cabinet \u2013"


def test_a_decision_without_text_keeps_the_dialog_open(db, page, board):
    minute = choose(page, db, board, "Corporate Parenting Strategy")
    panel = page.minutes_tab.editor.decisions
    panel.add_decision()
    panel.dialog.accept()
    assert panel.dialog.isVisible()
    assert "needs its text" in panel.dialog.error.text()
    assert minutes_service.get_minute(db, minute.id).decisions == []


def test_an_action_is_added_edited_and_removed_with_undo(db, page, board):
    minute = choose(page, db, board, "Corporate Parenting Strategy")
    panel = page.minutes_tab.editor.actions_panel
    panel.add_action()
    panel.dialog.description_edit.setText("Circulate the strategy to partners")
    panel.dialog.owner_combo.setCurrentText("Kerry Birtles")
    panel.dialog.due_edit.set_value(date(2018, 12, 1))
    panel.dialog.accept()
    action = action_service.actions_for_minute(db, minute.id)[0]
    assert (action.description, action.owner, action.due) == (
        "Circulate the strategy to partners", "Kerry Birtles", date(2018, 12, 1))
    assert panel.model.rowCount() == 1
    panel.remove_action(0)
    assert action_service.actions_for_minute(db, minute.id) == []
    page.undo_stack.undo()
    assert [a.description for a in action_service.actions_for_minute(db, minute.id)] == [
        "Circulate the strategy to partners"]
    page.undo_stack.undo()
    assert action_service.actions_for_minute(db, minute.id) == []
    page.undo_stack.redo()
    assert panel.model.rowCount() == 1


def test_moving_a_minute_renumbers_and_undo_redo_follow(qtbot, db, page, board):
    tab = page.minutes_tab
    update = choose(page, db, board, "Update Report")
    strategy_number = minute_titled(db, board.held_id, "Corporate Parenting Strategy").number
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert minutes_service.get_minute(db, update.id).number == strategy_number
    assert tab.selected_id() == update.id
    assert tab.model.minute_at(strategy_number - 1).title == "Update Report"
    page.undo_stack.undo()
    assert minutes_service.get_minute(db, update.id).number == update.number
    page.undo_stack.redo()
    assert minutes_service.get_minute(db, update.id).number == strategy_number


def test_the_exclusion_minute_is_read_only_with_a_note(db, page, board):
    choose(page, db, board, "Exclusion of the Press and Public")
    editor = page.minutes_tab.editor
    assert editor.note.isVisible() and "Schedule 12A" in editor.note.text()
    assert editor.title_edit.isReadOnly()
    assert not editor.decisions.panel.add_button.isVisible()
    assert not page.minutes_tab.move_up_action.isEnabled()


def test_the_times_give_the_closing_sentence_and_a_wrong_pair_is_refused(db, page, board):
    times = page.minutes_tab.times
    times.commenced.check.setChecked(True)
    times.commenced.edit.setTime(time(16, 0))
    times.concluded.check.setChecked(True)
    times.concluded.edit.setTime(time(18, 10))
    times.concluded.edit.editingFinished.emit()
    assert times.sentence.text() == "The meeting commenced at 4.00 pm and concluded at 6.10 pm."
    times.concluded.edit.setTime(time(15, 0))
    times.concluded.edit.editingFinished.emit()
    assert "cannot conclude at 3.00 pm" in times.error.text()
    assert times.concluded.edit.time().toPython() == time(15, 0)  # left as typed
    assert minutes_service.record(db, board.held_id).concluded == time(18, 10)
