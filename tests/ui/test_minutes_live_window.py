"""Live mode, driven through qtbot: the current item, moving between items, the narrative
saved as it is typed (and at once on moving or closing), timestamps, taking an item out of
order, and starting minutes that were not started."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lscb_desktop.services import minutes_service
from lscb_desktop.ui.minutes_live_text import minute_label

from minutes_live_helpers import (  # noqa: F401 (fixtures)
    ALT, CTRL, CTRL_SHIFT, clock, meetings, minuted, november, numbered, open_live, stored,
)


def test_the_current_item_is_shown_large_with_the_next_one_small(minuted, open_live):
    window = open_live(minuted)
    header = window.ui.header
    assert (header.number.text(), header.title.text()) == ("18", "Apologies for Absence")
    assert header.next.text() == "Next: 19  Declarations of Interest"
    assert header.title.font().pointSizeF() >= 2 * QApplication.font().pointSizeF()
    assert window.ui.items.currentRow() == 0
    assert window.ui.narrative.toPlainText() == "There were no apologies for absence."


def test_a_part_2_item_is_marked(minuted, open_live):
    window = open_live(minuted)
    window.go_to(window.minutes[-1].id)
    assert window.ui.header.title.text() == "Fostering Panel Annual Report"
    assert window.ui.header.part_two.isVisible()
    assert window.ui.header.part_two.text().startswith(
        "PART 2 \u2013 exempt information: Paragraphs 1 and 2 of Schedule 12A")
    assert window.ui.header.next.text() == "This is the last item."


def test_typing_is_saved_after_a_pause(qtbot, db, minuted, open_live):
    window = open_live(minuted)
    window.go_to(stored(db, minuted, "Corporate Parenting Strategy").id)
    with qtbot.waitSignal(window.minutes_changed, timeout=3000) as changed:
        qtbot.keyClicks(window.ui.narrative, "The Board considered the strategy.")
    assert changed.args == [minuted]
    assert stored(db, minuted, "Corporate Parenting Strategy").narrative == \
        "The Board considered the strategy."
    assert window.ui.saved.text() == "\u2713 Saved"


def test_closing_at_once_saves_what_was_typed(qtbot, db, minuted, open_live):
    window = open_live(minuted)
    window.go_to(stored(db, minuted, "Update Report").id)
    qtbot.keyClicks(window.ui.narrative, "Members asked about respite care.")
    assert stored(db, minuted, "Update Report").narrative == ""  # still within the pause
    window.close()
    assert stored(db, minuted, "Update Report").narrative == "Members asked about respite care."


def test_alt_right_and_alt_left_move_between_items_saving_on_the_way(qtbot, db, minuted,
                                                                      open_live):
    window = open_live(minuted)
    narrative = window.ui.narrative
    narrative.selectAll()
    qtbot.keyClicks(narrative, "Apologies were received from Councillor Grant.")
    qtbot.keyClick(narrative, Qt.Key.Key_Right, ALT)
    assert window.ui.header.title.text() == "Declarations of Interest"
    assert stored(db, minuted, "Apologies for Absence").narrative == \
        "Apologies were received from Councillor Grant."
    assert narrative.toPlainText() == "There were no declarations of interest."
    qtbot.keyClick(narrative, Qt.Key.Key_Left, ALT)
    assert window.ui.header.title.text() == "Apologies for Absence"
    assert narrative.toPlainText() == "Apologies were received from Councillor Grant."


def test_page_down_moves_on_outside_the_narrative_but_scrolls_inside_it(qtbot, minuted,
                                                                         open_live):
    window = open_live(minuted)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_PageDown)
    assert window.ui.header.number.text() == "18"
    window.ui.items.setFocus()
    qtbot.keyClick(window.ui.items, Qt.Key.Key_PageDown)
    assert window.ui.header.number.text() == "19"
    qtbot.keyClick(window.ui.items, Qt.Key.Key_PageUp)
    assert window.ui.header.number.text() == "18"


def test_the_buttons_and_the_item_list_move_too(qtbot, minuted, open_live):
    window = open_live(minuted)
    assert not window.ui.previous.isEnabled()
    qtbot.mouseClick(window.ui.next, Qt.MouseButton.LeftButton)
    assert window.ui.header.number.text() == "19"
    rect = window.ui.items.visualItemRect(window.ui.items.item(4))
    qtbot.mouseClick(window.ui.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.ui.header.title.text() == "Update Report"
    qtbot.mouseClick(window.ui.previous, Qt.MouseButton.LeftButton)
    assert window.ui.header.title.text() == "Corporate Parenting Strategy"


def test_ctrl_t_stamps_the_clocks_time_at_the_cursor(qtbot, clock, db, minuted, open_live):
    window = open_live(minuted)
    window.go_to(stored(db, minuted, "Voice of Children").id)
    qtbot.keyClicks(window.ui.narrative, "Young people arrived")
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_T, CTRL)
    qtbot.keyClicks(window.ui.narrative, "and presented.")
    assert window.ui.narrative.toPlainText() == "Young people arrived [4.12 pm] and presented."
    clock.now = clock.now.replace(hour=10, minute=5)
    window.ui.narrative.clear()
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_T, CTRL)
    assert window.ui.narrative.toPlainText() == "[10.05 am] "


def test_taking_an_item_now_moves_it_after_the_current_one_and_renumbers(qtbot, db, minuted,
                                                                         open_live):
    window = open_live(minuted)
    window.go_to(stored(db, minuted, "Minutes of Previous Meeting").id)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.take_menu.isVisible())
    voice = stored(db, minuted, "Voice of Children")
    choice = next(a for a in window.take_menu.actions() if a.text() == minute_label(voice))
    with qtbot.waitSignal(window.minutes_changed):
        choice.trigger()
    assert numbered(db, minuted)[2:5] == [
        (20, "Minutes of Previous Meeting"), (21, "Voice of Children"),
        (22, "Corporate Parenting Strategy")]
    assert (window.ui.header.number.text(), window.ui.header.title.text()) == \
        ("21", "Voice of Children")
    assert window.ui.items.item(3).text() == "21   Voice of Children"
    window.undo_stack.undo()
    assert numbered(db, minuted)[3:6] == [
        (21, "Corporate Parenting Strategy"), (22, "Update Report"), (23, "Voice of Children")]
    assert window.ui.header.number.text() == "23"


def test_minutes_not_started_are_started_with_one_button(qtbot, db, november, open_live):
    window = open_live(november)
    assert window.pages.currentWidget() is window.start_panel
    with qtbot.waitSignal(window.minutes_changed):
        qtbot.mouseClick(window.start_panel.start, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 1
    assert minutes_service.find_record(db, november) is not None
    assert window.ui.header.title.text() == "Apologies for Absence"


def test_f11_fills_the_screen_and_esc_leaves_it(qtbot, minuted, open_live):
    window = open_live(minuted)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_the_keys_wait_until_the_minutes_are_started(qtbot, db, november, open_live):
    window = open_live(november)
    for key, modifiers in ((Qt.Key.Key_S, CTRL_SHIFT), (Qt.Key.Key_1, CTRL),
                           (Qt.Key.Key_T, CTRL), (Qt.Key.Key_Right, ALT)):
        qtbot.keyClick(window.start_panel.start, key, modifiers)
    assert minutes_service.find_record(db, november) is None
    assert window.pages.currentWidget() is window.start_panel
