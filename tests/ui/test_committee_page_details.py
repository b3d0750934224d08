"""The committee page's details: edits are saved with Save (or Ctrl+S) as one undoable
change, refused input is explained inline, and typing is never silently lost."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from committee_fixtures import make_committee, show_page
from lscb_desktop.domain.committee import Committee, MinuteNumbering
from lscb_desktop.services import committee_service


def test_the_page_shows_the_committee_and_who_chairs_it(qtbot, db):
    page = show_page(qtbot, db, make_committee(db))
    assert page.title_label.text() == "Corporate Parenting Committee"
    summary = page.summary_label.text()
    assert "<b>3</b> current members" in summary  # Peter Bright left in May 2024
    assert "Chairman: <b>Councillor Rosa Pennington</b>" in summary
    assert "Vice-Chairman: <b>Councillor David Okafor</b>" in summary
    assert page.tabs.tabText(2) == "Members (3)"
    assert page.details_tab.fields.venue_edit.text() == "Committee Room 2, Shire Hall"
    assert not page.details_tab.save_button.isEnabled()


def test_saved_details_reach_the_database_and_undo_and_redo(qtbot, db):
    committee_id = make_committee(db)
    page = show_page(qtbot, db, committee_id)
    fields = page.details_tab.fields
    fields.name_edit.setText("Corporate Parenting Board")
    fields.terms_edit.setPlainText("To champion children in care.")
    fields.numbering_combo.setCurrentIndex(
        fields.numbering_combo.findData(MinuteNumbering.CONTINUOUS.value))
    assert page.details_tab.save_button.isEnabled()
    assert page.details_tab.unsaved_label.isVisible()

    with qtbot.waitSignal(page.committee_saved) as saved:
        page.details_tab.save_button.click()

    assert saved.args == [committee_id]
    stored = committee_service.get_committee(db, committee_id)
    assert stored.name == "Corporate Parenting Board"
    assert stored.terms_of_reference == "To champion children in care."
    assert stored.minute_numbering is MinuteNumbering.CONTINUOUS
    assert len(stored.standard_items) == 3  # untouched
    assert page.title_label.text() == "Corporate Parenting Board"
    assert not page.details_tab.save_button.isEnabled()

    with qtbot.waitSignal(page.committee_saved):
        page.undo_stack.undo()
    assert committee_service.get_committee(db, committee_id).name == "Corporate Parenting Committee"
    assert fields.name_edit.text() == "Corporate Parenting Committee"

    page.undo_stack.redo()
    assert committee_service.get_committee(db, committee_id).name == "Corporate Parenting Board"


def test_ctrl_s_saves_the_details(qtbot, db):
    committee_id = make_committee(db)
    page = show_page(qtbot, db, committee_id)
    page.tabs.setCurrentIndex(0)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts work in the active window only
    venue = page.details_tab.fields.venue_edit
    venue.setFocus()
    venue.setText("Council Chamber")
    qtbot.keyClick(venue, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert committee_service.get_committee(db, committee_id).default_venue == "Council Chamber"


def test_revert_puts_back_the_saved_details(qtbot, db):
    page = show_page(qtbot, db, make_committee(db))
    page.details_tab.fields.venue_edit.setText("Somewhere else")
    page.details_tab.revert_button.click()
    assert page.details_tab.fields.venue_edit.text() == "Committee Room 2, Shire Hall"
    assert not page.details_tab.is_dirty()


def test_an_empty_name_is_refused_inline_keeping_what_was_typed(qtbot, db):
    committee_id = make_committee(db)
    page = show_page(qtbot, db, committee_id)
    fields = page.details_tab.fields
    fields.name_edit.setText("  ")
    fields.venue_edit.setText("Council Chamber")
    page.details_tab.save_button.click()
    assert "needs a name" in page.details_tab.error.text()
    assert page.details_tab.focusWidget() is fields.name_edit
    assert fields.venue_edit.text() == "Council Chamber"
    assert committee_service.get_committee(db, committee_id).name == "Corporate Parenting Committee"
    assert page.undo_stack.count() == 0


def test_a_duplicate_name_is_refused(qtbot, db):
    committee_service.create_committee(db, Committee(name="Schools Forum"))
    page = show_page(qtbot, db, make_committee(db))
    page.details_tab.fields.name_edit.setText("Schools Forum")
    assert not page.details_tab.save()
    assert "already exists" in page.details_tab.error.text()


def test_unsaved_typing_survives_an_undo_of_another_edit(qtbot, db, monkeypatch):
    committee_id = make_committee(db)
    page = show_page(qtbot, db, committee_id)
    page.standard_items_editor.move(0, +1)  # one undoable edit of the committee
    page.details_tab.fields.venue_edit.setText("Typed, not yet saved")
    page.undo_stack.undo()
    assert page.details_tab.fields.venue_edit.text() == "Typed, not yet saved"
    assert page.details_tab.is_dirty()


def test_leaving_the_committee_saves_pending_details(qtbot, db):
    first = make_committee(db)
    second = committee_service.create_committee(db, Committee(name="Schools Forum"))
    page = show_page(qtbot, db, first)
    page.details_tab.fields.venue_edit.setText("Council Chamber")
    page.set_committee(second)
    assert committee_service.get_committee(db, first).default_venue == "Council Chamber"
    assert page.details_tab.fields.name_edit.text() == "Schools Forum"
    assert page.undo_stack.count() == 0  # the undo history belongs to the committee shown


def test_refused_details_are_kept_and_shown_again_on_return(qtbot, db):
    first = make_committee(db)
    second = committee_service.create_committee(db, Committee(name="Schools Forum"))
    page = show_page(qtbot, db, first)
    page.details_tab.fields.name_edit.setText("Schools Forum")  # taken
    page.details_tab.fields.venue_edit.setText("Council Chamber")
    page.set_committee(second)
    assert committee_service.get_committee(db, first).name == "Corporate Parenting Committee"

    page.set_committee(first)
    assert page.details_tab.fields.name_edit.text() == "Schools Forum"
    assert page.details_tab.fields.venue_edit.text() == "Council Chamber"
    assert "already exists" in page.details_tab.error.text()
    assert page.details_tab.is_dirty()


def test_hiding_the_page_saves_pending_details(qtbot, db):
    committee_id = make_committee(db)
    page = show_page(qtbot, db, committee_id)
    page.details_tab.fields.venue_edit.setText("Council Chamber")
    page.hide()
    QApplication.processEvents()
    assert committee_service.get_committee(db, committee_id).default_venue == "Council Chamber"
