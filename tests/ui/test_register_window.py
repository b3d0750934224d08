"""The resolutions register window on the demo: every decision listed, filtered by committee,
dates and words as they are typed; double-click opens the minute; Export... writes Word, PDF
and CSV in the background."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from lscb_desktop.domain.committee import Committee
from lscb_desktop.services import committee_service, demo_service, minutes_service
from lscb_desktop.ui.resolutions_register_table_model import COL_DECISION, COL_MINUTE
from lscb_desktop.ui.resolutions_register_window import ResolutionsRegisterWindow

TODAY = date(2026, 11, 22)  # the demo's held meeting falls on 20 October 2026
DEMO_DECISIONS = 9


@pytest.fixture
def window(qtbot, db):
    demo_service.load_demo(db, TODAY)
    committee_service.create_committee(db, Committee("Scrutiny Committee", "Room 1"))
    window = ResolutionsRegisterWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def shown(window, column=COL_DECISION) -> list[str]:
    return [window.model.index(r, column).data() for r in range(window.model.rowCount())]


def test_every_decision_is_listed_with_its_minute_and_the_first_shown_in_full(window):
    assert window.model.rowCount() == DEMO_DECISIONS
    assert shown(window, COL_MINUTE)[0] == "14. Minutes of Previous Meeting"
    assert shown(window)[3].startswith("RESOLVED \u2013 (2) That officers report")
    assert window.count.text().startswith("9 decisions, oldest meeting first.")
    assert "minute 14. Minutes of Previous Meeting" in window.detail.text()
    assert [window.committee.itemText(i) for i in range(window.committee.count())] == [
        "All committees", "Corporate Parenting Committee", "Scrutiny Committee"]


def test_typing_words_filters_the_list_a_moment_after_typing_stops(qtbot, window):
    qtbot.keyClicks(window.search, "taster flats")
    assert window.model.rowCount() == DEMO_DECISIONS  # not on every key press
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)
    assert "taster flats" in " ".join(shown(window))
    window.search.clear()
    qtbot.keyClicks(window.search, "submarines")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
    assert window.count.text().startswith("No decision matches these words.")


def test_the_committee_and_dates_filter_and_a_backwards_range_is_explained(qtbot, window):
    window.committee.setCurrentIndex(2)  # the Scrutiny Committee has decided nothing yet
    assert window.model.rowCount() == 0
    window.committee.setCurrentIndex(1)
    assert window.model.rowCount() == DEMO_DECISIONS
    window.date_from.set_value(date(2026, 11, 1))
    assert window.model.rowCount() == 0
    window.date_to.set_value(date(2026, 1, 1))
    assert window.notice.isVisible()
    assert "make the 'to' date the later one" in window.notice.text()
    window.date_from.set_value(None)
    assert not window.notice.isVisible()
    assert window.model.rowCount() == 0  # to 1 January 2026: before the held meeting


def test_double_click_or_enter_opens_the_decisions_minute(qtbot, window, db):
    index = window.model.index(3, COL_DECISION)
    entry = window.model.record_at(3)
    rect = window.table.visualRect(index)
    opened = []
    window.open_minute.connect(lambda *args: opened.append(args))
    # Qt's item views take a double-click only on the item the first click pressed
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [(entry.meeting_id, entry.minute_id)]  # once
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened[-1] == (entry.meeting_id, entry.minute_id)
    assert minutes_service.get_minute(db, entry.minute_id).title == (
        "Voice of Children and Young People")


def test_export_writes_the_filtered_register_in_the_background(qtbot, window, tmp_path,
                                                               monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    window.search.setText("taster")
    window.refresh()
    with qtbot.waitSignal(window.exporter.exported, timeout=20000) as done:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert not window.export_button.isEnabled()
    result = done.args[0]
    assert [p.name for p in (result.docx, result.pdf, result.csv)] == [
        "register.docx", "register.pdf", "register.csv"]
    assert len(result.csv.read_text("utf-8-sig").splitlines()) == 1 + 3
    assert window.export_button.isEnabled()
    box = window.exporter.result_box
    assert str(result.csv) in box.informativeText()
    box.close()
