"""Searching all reports from the main window: Ctrl+F puts the cursor in the box, results
show the title, where the report is and the words around the match, and Enter opens the
chosen report."""

from PySide6.QtCore import Qt

from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.services import report_service
from lscb_desktop.ui.main_window import MainWindow
from lscb_desktop.ui.navigation_model import REPORT
from lscb_desktop.ui.report_search import highlighted

from report_editor_helpers import meeting_with_items


def written_report(db, item_id: int, title: str, text: str) -> int:
    report_id = report_service.create_report(db, "committee-report", item_id)
    report = report_service.get_report(db, report_id)
    report.header["report_title"] = title
    report.section("summary").blocks = [Paragraph(text)]
    report_service.save_report(db, report)
    return report_id


def search_window(qtbot, db, db_path):
    _, items = meeting_with_items(db)
    taster = written_report(db, items["Placement Sufficiency"], "Taster Flats for Care Leavers",
                            "Care leavers can try living alone in taster flats before moving on.")
    other = written_report(db, items["Scorecard"], "Scorecard Quarter 2",
                           "Performance for care leavers against the pledges.")
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, taster, other


def test_ctrl_f_then_typing_shows_matching_reports_with_their_words(qtbot, db, db_path):
    window, taster, _ = search_window(qtbot, db, db_path)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.search_box
    assert box.hasFocus()
    qtbot.keyClicks(box, "taster")
    results = box.results
    qtbot.waitUntil(results.isVisible)
    assert results.report_ids() == [taster]
    label = results.list.itemWidget(results.list.item(0))
    assert "Taster Flats for Care Leavers" in label.text()
    assert "<b>taster</b>" in label.text().lower()


def test_enter_opens_the_chosen_report(qtbot, db, db_path):
    window, taster, _ = search_window(qtbot, db, db_path)
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "taster")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # before the pause: searches, then opens
    assert window.selected() == (REPORT, taster)
    assert window.report_editor.report_id == taster
    assert not box.results.isVisible()


def test_arrows_choose_among_several_results(qtbot, db, db_path):
    window, taster, other = search_window(qtbot, db, db_path)
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "care leavers")
    qtbot.waitUntil(box.results.isVisible)
    ids = box.results.report_ids()
    assert sorted(ids) == sorted([taster, other])
    assert box.results.current_report() == ids[0]
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.results.current_report() == ids[1]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.report_editor.report_id == ids[1]


def test_no_match_says_so_and_escape_closes(qtbot, db, db_path):
    window, _, _ = search_window(qtbot, db, db_path)
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "helicopters")
    qtbot.waitUntil(box.results.isVisible)
    assert box.results.note.text() == "No report mentions \u201chelicopters\u201d."
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.results.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.report_editor is None


def test_highlights_are_bold_and_the_rest_escaped():
    assert highlighted("A&E <referral> taster", ((15, 21),)) == (
        "A&amp;E &lt;referral&gt; <b>taster</b>")
