"""The agenda item dialog on its own: what it shows, what it gives back, what it refuses."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.exemptions import SCHEDULE_12A_PARAGRAPHS
from lscb_desktop.ui.agenda_item_dialog import AgendaItemDialog

from meeting_helpers import click_ok


def open_dialog(qtbot, item=None) -> AgendaItemDialog:
    dialog = AgendaItemDialog(item, ["Kerry Birtles"])
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_schedule_12a_paragraph_is_offered_with_its_meaning(qtbot):
    dialog = open_dialog(qtbot)
    labels = dialog.exempt_group.findChildren(QLabel)
    texts = {label.text() for label in labels}
    assert set(dialog.paragraph_boxes) == set(range(1, 8))
    assert set(SCHEDULE_12A_PARAGRAPHS.values()) <= texts


def test_clicking_a_meaning_ticks_its_paragraph_for_part_2_only(qtbot):
    dialog = open_dialog(qtbot)
    label = next(lbl for lbl in dialog._label_boxes if lbl.text() == SCHEDULE_12A_PARAGRAPHS[2])
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not dialog.paragraph_boxes[2].isChecked()  # Part 1: the paragraphs are disabled
    dialog.part2_radio.click()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert dialog.paragraph_boxes[2].isChecked()


def test_editing_keeps_the_items_identity_and_returns_the_changes(qtbot):
    original = AgendaItem(id=7, title="Minutes of Previous Meeting", kind=ItemKind.STANDARD,
                          standard_key="minutes", purpose="To approve the minutes.")
    dialog = open_dialog(qtbot, original)
    assert dialog.windowTitle() == "Edit agenda item"
    assert dialog.kind_combo.currentText() == "Standard item"
    dialog.presenter_edit.setCurrentText("Kerry Birtles")
    click_ok(qtbot, dialog)
    edited = dialog.item()
    assert (edited.id, edited.standard_key, edited.kind) == (7, "minutes", ItemKind.STANDARD)
    assert edited.presenter == "Kerry Birtles"


def test_moving_an_item_back_to_part_1_drops_its_paragraphs(qtbot):
    dialog = open_dialog(qtbot, AgendaItem(id=3, title="Contract", part=2, exempt_paragraphs=[3]))
    assert dialog.part2_radio.isChecked() and dialog.paragraph_boxes[3].isChecked()
    dialog.part1_radio.click()
    assert not dialog.exempt_group.isEnabled()
    assert dialog.item().exempt_paragraphs == [] and dialog.item().part == 1


def test_a_title_is_required_and_the_cursor_goes_there(qtbot):
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.purpose_edit, "To consider the report.")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "An agenda item needs a title."
    assert dialog.focusWidget() is dialog.title_edit
    assert dialog.purpose_edit.text() == "To consider the report."


def test_escape_cancels(qtbot):
    dialog = open_dialog(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_enter_accepts_a_valid_item(qtbot):
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.title_edit, "Scorecard")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.item().title == "Scorecard"
