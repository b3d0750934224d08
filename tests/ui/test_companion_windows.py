"""The Minutes menu's companion windows, wired into the main window: live mode on the meeting
on screen, the actions log and register opening a minute, one window of a kind at a time."""

import pytest
from PySide6.QtCore import Qt

from lscb_desktop.domain.actions import Action
from lscb_desktop.domain.decisions import Decision
from lscb_desktop.services import action_service, minutes_service
from lscb_desktop.ui.actions_log_window import ActionsLogWindow
from lscb_desktop.ui.main_window import MainWindow
from lscb_desktop.ui.minutes_live_window import LiveMinutesWindow
from lscb_desktop.ui.navigation_model import MEETING, MINUTES
from lscb_desktop.ui.resolutions_register_window import ResolutionsRegisterWindow

from minutes_helpers import make_board


@pytest.fixture
def board(db):
    return make_board(db)


@pytest.fixture
def window(qtbot, db, db_path, board):
    win = MainWindow(db, db_path)
    qtbot.addWidget(win)
    return win


def test_the_minutes_menu_lists_the_companion_windows_with_their_keys(window):
    texts = [a.text() for a in window.minutes_menu.actions() if not a.isSeparator()]
    assert texts[-4:] == ["&Live mode", "Actions &log", "&Resolutions register",
                          "Attendance &statistics"]
    assert window.companion_actions["live"].shortcut().toString() == "F5"


def test_live_mode_needs_a_meeting_on_screen_and_says_so(window):
    window.companion_actions["live"].trigger()
    assert "Choose a meeting first" in window.statusBar().currentMessage()
    assert "live" not in window.companions.open


def test_live_mode_opens_on_the_meeting_shown_and_its_edits_reach_the_minutes_page(
        qtbot, db, window, board):
    minutes_service.start_minutes(db, board.held_id)
    window.open_minutes(board.held_id)
    window.companion_actions["live"].trigger()
    live = window.companions.open["live"]
    assert isinstance(live, LiveMinutesWindow) and live.meeting_id == board.held_id
    first = minutes_service.get_minutes(db, board.held_id)[0]
    minutes_service.add_decision(db, first.id, Decision("That the report be noted."))
    live.minutes_changed.emit(board.held_id)  # as live mode does after each save
    page = window.minutes.page
    assert page.minutes_tab.model.rows[0].decisions[0].text == "That the report be noted."
    window.companion_actions["live"].trigger()  # asking again raises the same window
    assert window.companions.open["live"] is live
    live.close()
    qtbot.waitUntil(lambda: "live" not in window.companions.open)


def test_live_mode_starting_the_minutes_adds_the_minutes_row_to_the_tree(qtbot, db, window,
                                                                          board):
    window.select(MEETING, board.held_id)
    window.companion_actions["live"].trigger()
    live = window.companions.open["live"]
    assert not window.navigation.find(MINUTES, board.held_id).isValid()
    minutes_service.start_minutes(db, board.held_id)
    live.minutes_changed.emit(board.held_id)
    assert window.navigation.find(MINUTES, board.held_id).isValid()
    live.close()


def test_the_actions_log_opens_the_minute_an_action_arose_at(qtbot, db, window, board):
    minutes = minutes_service.start_minutes(db, board.held_id)
    action_service.add_action(db, minutes[-1].id, Action("Circulate the strategy", "Clerk"))
    window.companion_actions["actions"].trigger()
    log = window.companions.open["actions"]
    assert isinstance(log, ActionsLogWindow) and log.isVisible()
    log.open_minute.emit(board.held_id, minutes[-1].id)
    assert window.pages.currentWidget() is window.minutes.page
    assert window.selected() == (MINUTES, board.held_id)
    assert window.minutes.page.minutes_tab.selected_minute().id == minutes[-1].id


def test_the_register_is_one_window_and_refreshes_when_raised_again(qtbot, db, window, board):
    window.companion_actions["register"].trigger()
    register = window.companions.open["register"]
    assert isinstance(register, ResolutionsRegisterWindow) and register.model.rowCount() == 0
    assert register.windowFlags() & Qt.WindowType.Window
    register.close()
    minutes = minutes_service.start_minutes(db, board.held_id)
    minutes_service.add_decision(db, minutes[3].id, Decision("That the strategy be adopted."))
    window.companion_actions["register"].trigger()
    assert window.companions.open["register"] is register
    qtbot.waitUntil(lambda: any("strategy be adopted" in e.decision
                                for e in register.model.rows()))


def test_closing_the_main_window_closes_its_companions(qtbot, window):
    window.companion_actions["attendance"].trigger()
    stats = window.companions.open["attendance"]
    assert stats.isVisible()
    window.close()
    assert not stats.isVisible()
