"""Live mode's keys: everything the clerk does during the meeting has one, so hands stay on
the keyboard. They work anywhere in the window; the narrative keeps its own editing keys
(Ctrl+Z there undoes typing; PgUp/PgDown scroll it)."""

from PySide6.QtGui import QAction, QKeySequence

from .minutes_live_decisions import QUICK_KEYS, quick_key


def _add(window, text: str, keys: list[str | QKeySequence], slot) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def install_shortcuts(window) -> None:
    """`window` is a LiveMinutesWindow."""
    _add(window, "Next item", ["Alt+Right", "PgDown"], window.next_item)
    _add(window, "Previous item", ["Alt+Left", "PgUp"], window.previous_item)
    _add(window, "Take an item now", ["Ctrl+Shift+T"], window.choose_item_to_take)
    _add(window, "Insert the time", ["Ctrl+T"], window.insert_time)
    for index in range(QUICK_KEYS):
        _add(window, f"Quick insert {index + 1}", [quick_key(index)],
             lambda _=False, i=index: window.add_quick_insert(i))
    _add(window, "Meeting started", ["Ctrl+Shift+S"], window.record_start)
    _add(window, "Meeting ended", ["Ctrl+Shift+E"], window.record_end)
    _add(window, "Full screen", ["F11"], window.toggle_full_screen)
    _add(window, "Leave full screen", ["Esc"], window.leave_full_screen)
    undo = window.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    window.addActions([undo, redo])
