"""Editing an agenda on the meeting page: add, edit, delete, reorder by keyboard and by drag,
Part 2 items, and undo/redo of every change with the selection following the item."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from lscb_desktop.services import agenda_service, meeting_service
from lscb_desktop.ui import messages
from lscb_desktop.ui.agenda_editor import AgendaEditor

from meeting_helpers import click_ok, make_meeting, titles

STANDARD = ["Apologies for Absence", "Declarations of Interest", "Minutes of Previous Meeting"]


def open_editor(qtbot, db, meeting_id) -> AgendaEditor:
    editor = AgendaEditor(db, QUndoStack())
    qtbot.addWidget(editor)
    editor.set_meeting(meeting_service.get_meeting(db, meeting_id))
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.view.setFocus()
    return editor


def select_row(editor, row):
    editor.view.selectRow(row)
    assert editor.selected_row() == row


def selected_title(editor):
    item = editor.selected_item()
    return item.title if item else None


def add_through_dialog(qtbot, editor, title, purpose="", part2_paragraphs=()):
    editor.add_action.trigger()
    dialog = editor.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.keyClicks(dialog.purpose_edit, purpose)
    if part2_paragraphs:
        dialog.part2_radio.click()
        for number in part2_paragraphs:
            dialog.paragraph_boxes[number].click()
    click_ok(qtbot, dialog)
    return dialog


def test_a_new_meeting_opens_with_the_standard_items(qtbot, db):
    editor = open_editor(qtbot, db, make_meeting(db))
    assert [editor.model.item_at(r).title for r in range(editor.model.rowCount())] == STANDARD


def test_adding_an_item_through_the_dialog_puts_it_last_and_selects_it(qtbot, db):
    meeting_id = make_meeting(db)
    editor = open_editor(qtbot, db, meeting_id)
    add_through_dialog(qtbot, editor, "Sufficiency Statement",
                       "To consider the Sufficiency Statement for Cared for Children.")
    assert titles(db, meeting_id) == [*STANDARD, "Sufficiency Statement"]
    assert selected_title(editor) == "Sufficiency Statement"
    added = agenda_service.agenda(db, meeting_id)[-1]
    assert added.purpose == "To consider the Sufficiency Statement for Cared for Children."
    assert editor.undo_stack.undoText() == "Add 'Sufficiency Statement'"


def test_the_item_dialog_shows_the_purpose_placeholder_and_offers_the_officers(qtbot, db):
    editor = open_editor(qtbot, db, make_meeting(db))
    editor.add_action.trigger()
    dialog = editor.dialog
    assert dialog.purpose_edit.placeholderText() == "To consider the ..."
    presenters = [dialog.presenter_edit.itemText(i) for i in range(dialog.presenter_edit.count())]
    assert "Kerry Birtles" in presenters
    dialog.reject()


def test_part_2_needs_a_paragraph_the_dialog_says_so_and_stays_open(qtbot, db):
    meeting_id = make_meeting(db, items=["Scorecard"])
    editor = open_editor(qtbot, db, meeting_id)
    editor.add_action.trigger()
    dialog = editor.dialog
    assert not dialog.exempt_group.isEnabled()  # paragraphs are for Part 2 only
    qtbot.keyClicks(dialog.title_edit, "Residential contract")
    dialog.part2_radio.click()
    assert dialog.exempt_group.isEnabled()
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "Schedule 12A paragraph" in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert dialog.title_edit.text() == "Residential contract"  # nothing typed is lost
    assert titles(db, meeting_id) == [*STANDARD, "Scorecard"]

    dialog.paragraph_boxes[3].click()
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    last = agenda_service.agenda(db, meeting_id)[-1]
    assert (last.title, last.part, last.exempt_paragraphs) == ("Residential contract", 2, [3])


def test_part_2_items_stay_after_part_1_and_show_as_part_2(qtbot, db):
    meeting_id = make_meeting(db)
    editor = open_editor(qtbot, db, meeting_id)
    add_through_dialog(qtbot, editor, "Residential contract", part2_paragraphs=[1])
    add_through_dialog(qtbot, editor, "Scorecard")
    assert titles(db, meeting_id)[-2:] == ["Scorecard", "Residential contract"]
    assert editor.model.data(editor.model.index(4, 5)).startswith("Part 2")

    select_row(editor, 4)
    editor.move_up_action.trigger()  # into Part 1: refused by the rules, nothing changes
    assert titles(db, meeting_id)[-1] == "Residential contract"


def test_editing_with_enter_changes_the_item_and_undo_restores_it(qtbot, db):
    meeting_id = make_meeting(db, items=["Scorecard"])
    editor = open_editor(qtbot, db, meeting_id)
    select_row(editor, 3)
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    dialog = editor.dialog
    assert dialog is not None and dialog.title_edit.text() == "Scorecard"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Corporate Parenting Scorecard Quarter 2")
    click_ok(qtbot, dialog)
    assert titles(db, meeting_id)[3] == "Corporate Parenting Scorecard Quarter 2"

    editor.undo_stack.undo()
    assert titles(db, meeting_id)[3] == "Scorecard"
    assert selected_title(editor) == "Scorecard"
    editor.undo_stack.redo()
    assert titles(db, meeting_id)[3] == "Corporate Parenting Scorecard Quarter 2"


def test_f2_and_double_click_also_open_the_item(qtbot, db):
    editor = open_editor(qtbot, db, make_meeting(db))
    select_row(editor, 1)
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    assert editor.dialog.title_edit.text() == "Declarations of Interest"
    editor.dialog.reject()
    qtbot.waitUntil(lambda: editor.dialog is None)
    first_row = editor.view.visualRect(editor.model.index(0, 1)).center()
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    qtbot.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    assert editor.dialog.title_edit.text() == "Apologies for Absence"
    editor.dialog.reject()


def test_keyboard_reorders_with_ctrl_up_and_down_and_selection_follows(qtbot, db):
    meeting_id = make_meeting(db, items=["Sufficiency", "Health report", "Scorecard"])
    editor = open_editor(qtbot, db, meeting_id)
    select_row(editor, 5)
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(db, meeting_id)[3:] == ["Sufficiency", "Scorecard", "Health report"]
    assert selected_title(editor) == "Scorecard"
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(db, meeting_id)[3:] == ["Scorecard", "Sufficiency", "Health report"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(db, meeting_id)[3:] == ["Sufficiency", "Scorecard", "Health report"]
    assert selected_title(editor) == "Scorecard"

    for _ in range(3):
        editor.undo_stack.undo()
    assert titles(db, meeting_id)[3:] == ["Sufficiency", "Health report", "Scorecard"]
    assert selected_title(editor) == "Scorecard"
    editor.undo_stack.redo()
    assert titles(db, meeting_id)[3:] == ["Sufficiency", "Scorecard", "Health report"]
    assert selected_title(editor) == "Scorecard"


def test_dragging_a_row_moves_the_item_undoably(qtbot, db):
    meeting_id = make_meeting(db, items=["Sufficiency", "Health report", "Scorecard"])
    editor = open_editor(qtbot, db, meeting_id)
    model = editor.model
    dragged = model.mimeData([model.index(5, c) for c in range(model.columnCount())])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert titles(db, meeting_id) == ["Apologies for Absence", "Scorecard",
                                      "Declarations of Interest", "Minutes of Previous Meeting",
                                      "Sufficiency", "Health report"]
    assert selected_title(editor) == "Scorecard"
    assert model.data(model.index(1, 0)) == "2."  # numbering follows the order
    editor.undo_stack.undo()
    assert titles(db, meeting_id)[-1] == "Scorecard"


def test_delete_asks_naming_the_item_and_undo_brings_it_back(qtbot, db, monkeypatch):
    meeting_id = make_meeting(db, items=["Sufficiency", "Scorecard"])
    editor = open_editor(qtbot, db, meeting_id)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or True)
    select_row(editor, 3)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert "item 4, 'Sufficiency'" in asked[0]
    assert titles(db, meeting_id)[3:] == ["Scorecard"]
    assert selected_title(editor) == "Scorecard"

    editor.undo_stack.undo()
    assert titles(db, meeting_id)[3:] == ["Sufficiency", "Scorecard"]
    assert selected_title(editor) == "Sufficiency"


def test_declining_the_delete_keeps_the_item(qtbot, db, monkeypatch):
    meeting_id = make_meeting(db, items=["Sufficiency"])
    editor = open_editor(qtbot, db, meeting_id)
    monkeypatch.setattr(messages, "confirm", lambda *args: False)
    select_row(editor, 3)
    editor.delete_action.trigger()
    assert titles(db, meeting_id)[3:] == ["Sufficiency"]
    assert editor.undo_stack.count() == 0


def test_actions_need_a_selection_and_rest_while_another_page_is_shown(qtbot, db):
    editor = open_editor(qtbot, db, make_meeting(db))
    assert editor.add_action.isEnabled()
    assert not editor.edit_action.isEnabled() and not editor.delete_action.isEnabled()
    select_row(editor, 0)
    assert editor.edit_action.isEnabled() and not editor.move_up_action.isEnabled()
    assert editor.move_down_action.isEnabled()
    editor.set_active(False)
    assert not editor.add_action.isEnabled() and not editor.edit_action.isEnabled()



def test_a_refusal_by_the_service_keeps_the_dialog_open_with_what_was_typed(qtbot, db):
    meeting_id = make_meeting(db)
    editor = open_editor(qtbot, db, meeting_id)
    editor.add_action.trigger()
    dialog = editor.dialog
    qtbot.keyClicks(dialog.title_edit, "Sufficiency Statement")
    meeting_service.delete_meeting(db, meeting_id)  # say, by a colleague's import meanwhile
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert f"no meeting with id {meeting_id}" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Sufficiency Statement"
    assert editor.undo_stack.count() == 0
