"""Standard items on the committee page: the items every new agenda of the committee opens
with. Adding, rewording, removing and reordering are undoable, and new meetings follow."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from committee_fixtures import make_committee, show_page
from lscb_desktop.services import agenda_service, committee_service, meeting_service
from lscb_desktop.ui import messages
from lscb_desktop.ui.standard_items_editor import key_for_title


@pytest.fixture
def page(qtbot, db):
    page = show_page(qtbot, db, make_committee(db))
    page.tabs.setCurrentIndex(1)
    return page


def stored_titles(db, page) -> list[str]:
    return [s.title for s in committee_service.get_committee(db, page.committee_id).standard_items]


def test_a_new_item_gets_a_key_from_its_title():
    assert key_for_title("Public Speaking Time", set()) == "public_speaking_time"
    assert key_for_title("Public Speaking Time", {"public_speaking_time"}) == \
        "public_speaking_time_2"
    assert key_for_title("!!!", set()) == "item"


def test_adding_an_item_puts_it_on_new_agendas(qtbot, db, page):
    editor = page.standard_items_editor
    editor.panel.add_button.click()
    dialog = editor.dialog
    qtbot.keyClicks(dialog.title_edit, "Public Speaking Time")
    dialog.purpose_edit.setPlainText("To allow members of the public to address the Committee.")
    dialog.ok_button.click()

    items = committee_service.get_committee(db, page.committee_id).standard_items
    assert (items[-1].key, items[-1].title) == ("public_speaking_time", "Public Speaking Time")
    assert page.tabs.tabText(1) == "Standard items (4)"
    meeting_id = meeting_service.create_meeting(db, page.committee_id, date(2025, 6, 3))
    agenda = agenda_service.agenda(db, meeting_id)
    assert agenda[-1].title == "Public Speaking Time"
    assert agenda[-1].purpose == "To allow members of the public to address the Committee."

    page.undo_stack.undo()
    assert "Public Speaking Time" not in stored_titles(db, page)


def test_rewording_an_item_keeps_its_key(qtbot, db, page):
    editor = page.standard_items_editor
    editor.edit(0)
    editor.dialog.title_edit.setText("Apologies")
    editor.dialog.ok_button.click()
    first = committee_service.get_committee(db, page.committee_id).standard_items[0]
    assert (first.key, first.title) == ("apologies", "Apologies")
    page.undo_stack.undo()
    assert stored_titles(db, page)[0] == "Apologies for Absence"


def test_the_minutes_purpose_is_written_for_each_meeting_not_edited(qtbot, page):
    editor = page.standard_items_editor
    editor.edit(2)
    assert not editor.dialog.purpose_edit.isEnabled()
    assert "previous meeting" in editor.model.index(2, 2).data()


def test_an_item_needs_a_title(qtbot, db, page):
    editor = page.standard_items_editor
    editor.panel.add_button.click()
    editor.dialog.purpose_edit.setPlainText("To note.")
    editor.dialog.ok_button.click()
    assert editor.dialog.isVisible() and "needs a title" in editor.dialog.error.text()
    assert len(stored_titles(db, page)) == 3


def test_ctrl_down_moves_an_item_and_undo_puts_it_back(qtbot, db, page):
    view = page.standard_items_editor.panel.view
    page.standard_items_editor.panel.select_row(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(db, page) == [
        "Declarations of Interest", "Apologies for Absence", "Minutes of Previous Meeting"]
    assert page.standard_items_editor.panel.selected_row() == 1  # the selection follows
    page.undo_stack.undo()
    assert stored_titles(db, page)[0] == "Apologies for Absence"
    page.undo_stack.redo()
    assert stored_titles(db, page)[0] == "Declarations of Interest"


def test_move_buttons_stop_at_the_ends(qtbot, db, page):
    editor = page.standard_items_editor
    editor.panel.select_row(0)
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    editor.panel.select_row(2)
    assert editor.up_button.isEnabled() and not editor.down_button.isEnabled()
    editor.up_button.click()
    assert stored_titles(db, page)[1] == "Minutes of Previous Meeting"


def test_removing_an_item_asks_first_and_undoes(qtbot, db, page, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page.standard_items_editor.panel.select_row(1)
    page.standard_items_editor.panel.remove_button.click()
    assert stored_titles(db, page) == ["Apologies for Absence", "Minutes of Previous Meeting"]
    page.undo_stack.undo()
    assert stored_titles(db, page)[1] == "Declarations of Interest"
