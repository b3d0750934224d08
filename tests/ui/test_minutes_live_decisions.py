"""Live mode's decisions and times, and minutes it may not change: quick inserts with one key,
taking a decision back out, recording when the meeting commenced and concluded (and
correcting it), approved minutes read-only, and a refused save that loses nothing."""

from datetime import time

from PySide6.QtCore import Qt, QTime

from lscb_desktop.domain.decisions import DASH
from lscb_desktop.services import minutes_service
from lscb_desktop.ui import messages

from minutes_live_helpers import (  # noqa: F401 (fixtures)
    CTRL, CTRL_SHIFT, approve_september, clock, meetings, minuted, november, open_live, stored,
)


def test_ctrl_1_adds_the_first_quick_insert_as_a_resolution(qtbot, db, minuted, open_live):
    window = open_live(minuted)
    window.go_to(stored(db, minuted, "Corporate Parenting Strategy").id)
    with qtbot.waitSignal(window.minutes_changed):
        qtbot.keyClick(window.ui.narrative, Qt.Key.Key_1, CTRL)
    decisions = stored(db, minuted, "Corporate Parenting Strategy").decisions
    assert [(d.heading, d.text) for d in decisions] == [("RESOLVED", "That the report be noted.")]
    assert window.ui.decisions.lines.text() == f"RESOLVED {DASH} That the report be noted."


def test_the_buttons_show_each_quick_insert_with_its_key(db, minuted, open_live):
    window = open_live(minuted)
    texts = [b.text() for b in window.ui.decisions.insert_buttons]
    assert texts[:2] == ["Ctrl+1   That the report be noted.",
                         "Ctrl+2   That the update be noted."]
    assert texts[2].startswith("Ctrl+3   That the minutes of the meeting held on 18")


def test_several_decisions_are_listed_as_printed_and_undo_removes_the_last(qtbot, db, minuted,
                                                                            open_live):
    window = open_live(minuted)
    window.go_to(stored(db, minuted, "Update Report").id)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_2, CTRL)
    other = window.ui.decisions.other
    qtbot.keyClicks(other, "That officers report back in March.")
    qtbot.keyClick(other, Qt.Key.Key_Return)
    assert other.text() == ""
    assert window.ui.decisions.lines.text().split("\n\n") == [
        f"RESOLVED {DASH}", "(1) That the update be noted.",
        "(2) That officers report back in March."]
    window.ui.items.setFocus()  # outside the narrative, Ctrl+Z is live mode's undo
    qtbot.keyClick(window.ui.items, Qt.Key.Key_Z, CTRL)
    assert [d.text for d in stored(db, minuted, "Update Report").decisions] == [
        "That the update be noted."]
    qtbot.mouseClick(window.ui.decisions.remove_last, Qt.MouseButton.LeftButton)
    assert stored(db, minuted, "Update Report").decisions == []
    assert window.ui.decisions.none_yet.isVisible()


def test_the_exclusion_resolution_takes_no_quick_inserts(qtbot, db, minuted, open_live):
    window = open_live(minuted)
    exclusion = stored(db, minuted, "Exclusion of the Press and Public")
    window.go_to(exclusion.id)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_1, CTRL)
    assert stored(db, minuted, "Exclusion of the Press and Public").decisions == \
        exclusion.decisions
    assert not window.ui.decisions.insert_buttons[0].isEnabled()


def test_start_and_end_record_the_times_and_show_the_sentence(qtbot, clock, db, minuted,
                                                                open_live):
    window = open_live(minuted)
    clock.now = clock.now.replace(hour=16, minute=0, second=31)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_S, CTRL_SHIFT)
    assert minutes_service.record(db, minuted).commenced == time(16, 0)
    assert window.ui.times.sentence.text() == "The meeting commenced at 4.00 pm."
    clock.now = clock.now.replace(hour=18, minute=10)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_E, CTRL_SHIFT)
    record = minutes_service.record(db, minuted)
    assert (record.commenced, record.concluded) == (time(16, 0), time(18, 10))
    assert window.ui.times.sentence.text() == \
        "The meeting commenced at 4.00 pm and concluded at 6.10 pm"


def test_a_recorded_time_can_be_corrected_but_not_to_end_before_it_began(qtbot, db, minuted,
                                                                           open_live):
    minutes_service.set_times(db, minuted, time(16, 0), time(18, 10))
    window = open_live(minuted)
    times = window.ui.times
    times.commenced_edit.setTime(QTime(16, 5))
    times.commenced_edit.editingFinished.emit()
    assert minutes_service.record(db, minuted).commenced == time(16, 5)
    assert times.sentence.text() == "The meeting commenced at 4.05 pm and concluded at 6.10 pm"
    times.concluded_edit.setTime(QTime(15, 0))
    times.concluded_edit.editingFinished.emit()
    assert minutes_service.record(db, minuted).concluded == time(18, 10)
    assert "cannot conclude at 3.00 pm before it commenced at 4.05 pm" in \
        window.ui.notice.text()
    assert times.concluded_edit.time() == QTime(18, 10)


def test_approved_minutes_open_read_only_with_a_banner_saying_why(qtbot, db, meetings,
                                                                  open_live):
    minutes_service.start_minutes(db, meetings.september, first=10)
    approve_september(db, meetings)
    window = open_live(meetings.september)
    assert window.ui.banner.isVisible()
    assert "approved (Minute 20, 13 November 2018)" in window.ui.banner.text()
    assert "record a correction" in window.ui.banner.text()
    assert window.ui.narrative.isReadOnly()
    assert window.ui.saved.text() == "Read-only"
    before = minutes_service.get_minutes(db, meetings.september)
    qtbot.keyClicks(window.ui.narrative, "More")
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_S, CTRL_SHIFT)
    window.close()
    assert minutes_service.get_minutes(db, meetings.september) == before
    assert minutes_service.record(db, meetings.september).commenced is None


def test_a_refused_save_keeps_the_text_and_asks_before_closing(qtbot, db, meetings,
                                                                monkeypatch, open_live):
    minutes_service.start_minutes(db, meetings.september, first=10)
    window = open_live(meetings.september)
    approve_september(db, meetings)  # in the main window, while live mode is open
    qtbot.keyClicks(window.ui.narrative, " Late words.")
    qtbot.waitUntil(lambda: window.ui.saved.text() == "Not saved")
    assert "signed record" in window.ui.notice.text()
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args) or False)
    window.close()
    assert asked and window.isVisible()
    assert window.ui.narrative.toPlainText().endswith("Late words.")
    monkeypatch.setattr(messages, "confirm", lambda *args: True)  # "Close without saving"
    window.close()
    assert not window.isVisible()


def test_undo_and_redo_are_saves_too(qtbot, db, minuted, open_live):
    window = open_live(minuted)
    window.go_to(stored(db, minuted, "Update Report").id)
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_2, CTRL)
    window.go_to(stored(db, minuted, "Apologies for Absence").id)
    with qtbot.waitSignal(window.minutes_changed):
        window.undo_stack.undo()
    assert window.ui.header.title.text() == "Update Report"  # undo shows what it undid
    assert stored(db, minuted, "Update Report").decisions == []
    with qtbot.waitSignal(window.minutes_changed):
        window.undo_stack.redo()
    assert [d.text for d in stored(db, minuted, "Update Report").decisions] == [
        "That the update be noted."]


def test_text_that_could_not_be_saved_keeps_the_clerk_on_its_item(qtbot, db, meetings,
                                                                    monkeypatch, open_live):
    minutes_service.start_minutes(db, meetings.september, first=10)
    window = open_live(meetings.september)
    approve_september(db, meetings)
    qtbot.keyClicks(window.ui.narrative, " Late words.")
    qtbot.keyClick(window.ui.narrative, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.ui.header.title.text() == "Apologies for Absence"
    assert window.ui.narrative.toPlainText().endswith("Late words.")
    assert window.ui.saved.text() == "Not saved"
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    window.close()
