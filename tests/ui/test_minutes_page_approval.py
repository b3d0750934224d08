"""Approving the previous meeting's minutes from the later meeting's minutes page, the lock
that follows, corrections with their history, and exporting the minutes."""

from dataclasses import replace

import pytest
from docx import Document

from lscb_desktop.services import minutes_approval_service, minutes_service
from lscb_desktop.ui import messages
from lscb_desktop.ui.minutes_page import MINUTES_TAB, MinutesPage

from minutes_helpers import make_board


@pytest.fixture
def board(db):
    board = make_board(db)
    minutes_service.start_minutes(db, board.held_id)
    minutes_service.start_minutes(db, board.next_id)
    return board


@pytest.fixture
def page(qtbot, db, db_path, board):
    shown = MinutesPage(db, db_path)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def approve(page, board, amendment=""):
    page.set_meeting(board.next_id)
    page.approve_previous()
    page.dialog.amendment_edit.setText(amendment)
    page.dialog.by_edit.setText("Julie Zientek")
    page.dialog.accept()


def test_approving_locks_the_previous_minutes_and_records_the_resolution(qtbot, db, page,
                                                                        board):
    with qtbot.waitSignal(page.minutes_changed) as changed:
        approve(page, board, "the correction of a name in minute 6")
    assert changed.args == [board.held_id]
    record = minutes_service.record(db, board.held_id)
    assert record.locked and record.amendment == "the correction of a name in minute 6"
    approving = next(m for m in minutes_service.get_minutes(db, board.next_id)
                     if m.title == "Minutes of Previous Meeting")
    assert approving.decisions[0].text == (
        "That the minutes of the meeting held on 13 November 2018 be approved as a correct "
        "record, subject to the correction of a name in minute 6.")
    page.set_meeting(board.held_id)
    assert page.lock_banner.isVisible()
    assert page.lock_banner.text().startswith("Approved as a correct record on")
    assert "signed record" in page.lock_banner.text()


def test_locked_minutes_cannot_be_edited_anywhere(db, page, board):
    approve(page, board)
    page.set_meeting(board.held_id)
    page.tabs.setCurrentIndex(MINUTES_TAB)
    attendance = page.attendance_tab
    assert not any(b.isEnabled() for b in attendance.status_buttons.values())
    assert not attendance.attendee_panel.add_button.isEnabled()
    assert not page.declarations_tab.panel.add_button.isEnabled()
    assert not page.first_number_spin.isEnabled()
    editor = page.minutes_tab.editor
    assert editor.title_edit.isReadOnly() and editor.narrative_edit.isReadOnly()
    assert not editor.decisions.panel.add_button.isVisible()
    assert not page.minutes_tab.times.commenced.isEnabled()
    assert editor.correct_button.isVisible()


def test_approving_twice_says_the_minutes_are_approved_already(monkeypatch, page, board):
    approve(page, board)
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text: shown.append(title))
    page.dialog = None
    page.approve_previous()
    assert shown == ["Already approved"] and page.dialog is None


def test_a_correction_changes_the_text_and_the_history_shows_both(db, page, board):
    strategy = next(m for m in minutes_service.get_minutes(db, board.held_id)
                    if m.title == "Corporate Parenting Strategy")
    minutes_service.update_minute(db, replace(
        strategy, narrative="The strategy was presented by Kerry Birtles."))
    approve(page, board)
    page.set_meeting(board.held_id, strategy.id)
    editor = page.minutes_tab.editor
    editor.record_correction()
    dialog = editor.dialog
    assert dialog.text_edit.toPlainText() == "The strategy was presented by Kerry Birtles."
    dialog.text_edit.setPlainText("The strategy was presented by Kerry Birtles and Ben Tranter.")
    dialog.accept()
    assert dialog.isVisible() and "needs the resolution" in dialog.error.text()
    dialog.reference_edit.setText("Minute 31, 19 March 2019")
    dialog.accept()
    assert editor.narrative_edit.toPlainText() == (
        "The strategy was presented by Kerry Birtles and Ben Tranter.")
    [correction] = minutes_approval_service.history(db, strategy.id)
    assert correction.original == "The strategy was presented by Kerry Birtles."
    history = editor.history_label.text()
    assert editor.history_label.isVisible()
    assert "Minute 31, 19 March 2019" in history
    assert "Original:</span> The strategy was presented by Kerry Birtles.<br>" in history
    assert "and Ben Tranter." in history


def test_export_writes_the_minutes_as_word_and_pdf(qtbot, tmp_path, page, board):
    page.set_meeting(board.held_id)
    out = tmp_path / "out"
    out.mkdir()
    with qtbot.waitSignal(page.exporter.exported, timeout=30000) as exported:
        page.exporter.export_to(board.held_id, out)
    result = exported.args[0]
    assert (result.docx, result.pdf) == (out / "minutes.docx", out / "minutes.pdf")
    assert result.pdf.read_bytes().startswith(b"%PDF")
    text = "\n".join(p.text for p in Document(result.docx).paragraphs)
    assert "CORPORATE PARENTING STRATEGY" in text.upper()
    page.exporter.result_box.close()
    assert page.exporter.result_box.text() == "The minutes have been saved as Word and PDF:"
