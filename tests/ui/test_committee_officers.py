"""Officers on the committee page: add, edit and remove, each undoable."""

import pytest
from PySide6.QtCore import Qt

from committee_fixtures import make_committee, names_in, show_page
from lscb_desktop.services import committee_service
from lscb_desktop.ui import messages


@pytest.fixture
def page(qtbot, db):
    page = show_page(qtbot, db, make_committee(db))
    page.tabs.setCurrentIndex(3)
    return page


def stored(db, page):
    return {o.name: o for o in committee_service.officers(db, page.committee_id)}


def test_officers_are_listed_with_their_contact_details(page):
    model = page.officers_tab.model
    assert [model.index(0, c).data() for c in range(4)] == [
        "Ben Tranter", "Democratic Services Officer", "ben.tranter@example.org", "01632 960104"]
    assert page.tabs.tabText(3) == "Officers (1)"


def test_adding_an_officer_then_undo_and_redo(qtbot, db, page):
    page.officers_tab.panel.add_button.click()
    dialog = page.officers_tab.dialog
    qtbot.keyClicks(dialog.name_edit, "Sarah Lindqvist")
    qtbot.keyClicks(dialog.job_title_edit, "Director of Children's Social Care")
    qtbot.keyClicks(dialog.email_edit, "sarah.lindqvist@example.org")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)  # Enter accepts

    assert not dialog.isVisible()
    assert stored(db, page)["Sarah Lindqvist"].job_title == "Director of Children's Social Care"
    assert page.tabs.tabText(3) == "Officers (2)"
    page.undo_stack.undo()
    assert "Sarah Lindqvist" not in stored(db, page)
    page.undo_stack.redo()
    assert "Sarah Lindqvist" in stored(db, page)
    assert names_in(page.officers_tab.model) == ["Ben Tranter", "Sarah Lindqvist"]


def test_editing_an_officer_then_undo(qtbot, db, page):
    page.officers_tab.panel.select_row(0)
    page.officers_tab.panel.edit_button.click()
    dialog = page.officers_tab.dialog
    dialog.phone_edit.setText("01632 960999")
    dialog.ok_button.click()
    assert stored(db, page)["Ben Tranter"].phone == "01632 960999"
    page.undo_stack.undo()
    assert stored(db, page)["Ben Tranter"].phone == "01632 960104"


def test_an_officer_without_a_name_is_refused(qtbot, db, page):
    page.officers_tab.panel.add_button.click()
    dialog = page.officers_tab.dialog
    dialog.job_title_edit.setText("Head of Legal")
    dialog.ok_button.click()
    assert dialog.isVisible() and "needs a name" in dialog.error.text()
    assert len(stored(db, page)) == 1


def test_delete_removes_an_officer_and_undo_brings_them_back(qtbot, db, page, monkeypatch):
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    view = page.officers_tab.panel.view
    page.officers_tab.panel.select_row(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored(db, page) == {}
    page.undo_stack.undo()
    assert stored(db, page)["Ben Tranter"].email == "ben.tranter@example.org"
    page.undo_stack.redo()
    assert stored(db, page) == {}
