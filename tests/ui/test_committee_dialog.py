"""File > New committee: the dialog creates the committee through committee_service and
refuses a name already in use without losing what was typed."""

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog

from lscb_desktop.domain.committee import Committee, MinuteNumbering
from lscb_desktop.services import committee_service
from lscb_desktop.ui.committee_dialog import NewCommitteeDialog


def open_dialog(qtbot, db) -> NewCommitteeDialog:
    dialog = NewCommitteeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_committee_is_created_with_the_details_given(qtbot, db):
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.fields.name_edit, "Schools Forum")
    qtbot.keyClicks(dialog.fields.venue_edit, "Council Chamber, Town Hall")
    dialog.fields.time_edit.setTime(QTime(14, 30))
    dialog.fields.numbering_combo.setCurrentIndex(
        dialog.fields.numbering_combo.findData(MinuteNumbering.CONTINUOUS.value))

    dialog.ok_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    created = committee_service.get_committee(db, dialog.created_id)
    assert created.name == "Schools Forum"
    assert created.default_venue == "Council Chamber, Town Hall"
    assert created.default_start_time == time(14, 30)
    assert created.minute_numbering is MinuteNumbering.CONTINUOUS
    assert [s.title for s in created.standard_items] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes of Previous Meeting"]


def test_standard_items_left_unticked_are_not_given_to_the_committee(qtbot, db):
    dialog = open_dialog(qtbot, db)
    dialog.fields.name_edit.setText("Licensing Sub-Committee")
    dialog.standard_checks[2][0].setChecked(False)  # Minutes of Previous Meeting
    dialog.accept()
    created = committee_service.get_committee(db, dialog.created_id)
    assert [s.key for s in created.standard_items] == ["apologies", "declarations"]


def test_a_committee_can_start_with_no_standard_items(qtbot, db):
    dialog = open_dialog(qtbot, db)
    dialog.fields.name_edit.setText("Appeals Panel")
    for check, _ in dialog.standard_checks:
        check.setChecked(False)
    dialog.accept()
    assert committee_service.get_committee(db, dialog.created_id).standard_items == []


def test_a_name_already_in_use_is_refused_inline_and_the_dialog_stays_open(qtbot, db):
    committee_service.create_committee(db, Committee(name="Audit Committee"))
    dialog = open_dialog(qtbot, db)
    qtbot.keyClicks(dialog.fields.name_edit, "audit committee")
    qtbot.keyClicks(dialog.fields.venue_edit, "Room 4")

    dialog.ok_button.click()

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.created_id is None
    assert "already exists" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.focusWidget() is dialog.fields.name_edit
    assert dialog.fields.venue_edit.text() == "Room 4"  # nothing typed is lost
    assert len(committee_service.list_committees(db)) == 1

    dialog.fields.name_edit.setText("Audit and Governance Committee")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert committee_service.get_committee(db, dialog.created_id).default_venue == "Room 4"


def test_an_empty_name_is_refused(qtbot, db):
    dialog = open_dialog(qtbot, db)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.created_id is None
    assert "needs a name" in dialog.error.text()
    assert committee_service.list_committees(db) == []


def test_cancel_creates_nothing(qtbot, db):
    dialog = open_dialog(qtbot, db)
    dialog.fields.name_edit.setText("Planning Committee")
    dialog.reject()
    assert dialog.created_id is None
    assert committee_service.list_committees(db) == []
