"""The appendices panel: files attached (with the button or dropped on the panel) are lettered
A, B ... in order, can be reordered, renamed, removed and saved elsewhere, every change
undoable; a file that is not what its name says is refused with the service's message."""

import io

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pypdf import PdfWriter

from lscb_desktop.ui import messages

from report_editor_helpers import new_report, open_editor, saved


def pdf_file(folder, name: str, pages: int = 1):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    data = io.BytesIO()
    writer.write(data)
    path = folder / name
    path.write_bytes(data.getvalue())
    return path


def titles(panel) -> list[str]:
    return [panel.list.item(r).text() for r in range(panel.list.count())]


def test_attached_files_are_lettered_in_order(qtbot, db, db_path, tmp_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    panel = editor.appendices
    panel.attach_files([str(pdf_file(tmp_path, "feedback_survey.pdf")),
                        str(pdf_file(tmp_path, "forward-plan.pdf", pages=2))])
    assert titles(panel) == ["Appendix A  \u2013  feedback survey   (feedback_survey.pdf)",
                             "Appendix B  \u2013  forward-plan   (forward-plan.pdf)"]
    assert [a.file_name for a in saved(db, report_id).appendices] == [
        "feedback_survey.pdf", "forward-plan.pdf"]
    panel.list.setCurrentRow(1)
    panel.move(-1)
    assert [a.file_name for a in saved(db, report_id).appendices] == [
        "forward-plan.pdf", "feedback_survey.pdf"]
    panel.rename("Forward Plan 2019-20")
    assert saved(db, report_id).appendices[0].title == "Forward Plan 2019-20"
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert [(a.title, a.file_name) for a in saved(db, report_id).appendices] == [
        ("feedback survey", "feedback_survey.pdf"), ("forward-plan", "forward-plan.pdf")]


def test_a_file_that_is_not_a_pdf_is_refused_with_the_reason(qtbot, db, db_path, tmp_path,
                                                             monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, error: shown.append(
        messages.error_text(error)))
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    fake = tmp_path / "budget.pdf"
    fake.write_text("these are not the figures you are looking for")
    editor.appendices.attach_files([str(fake)])
    assert len(shown) == 1 and "'budget.pdf' could not be attached" in shown[0]
    assert saved(db, report_id).appendices == []
    assert editor.undo_stack.count() == 0
    assert titles(editor.appendices) == ["No appendices. Attach a file, or drop one here."]


def test_removing_an_appendix_moves_the_others_up_and_undo_brings_it_back(qtbot, db, db_path,
                                                                         tmp_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    panel = editor.appendices
    panel.attach_files([str(pdf_file(tmp_path, "a.pdf")), str(pdf_file(tmp_path, "b.pdf", 2))])
    (tmp_path / "a.pdf").unlink()  # the stored copy is what comes back, not the original
    panel.list.setCurrentRow(0)
    panel.remove()
    assert [a.file_name for a in saved(db, report_id).appendices] == ["b.pdf"]
    editor.undo_stack.undo()
    assert [a.file_name for a in saved(db, report_id).appendices] == ["a.pdf", "b.pdf"]
    editor.undo_stack.redo()
    assert [a.file_name for a in saved(db, report_id).appendices] == ["b.pdf"]


def test_files_dropped_on_the_panel_are_attached(qtbot, db, db_path, tmp_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf_file(tmp_path, "dropped.pdf")))])
    target = editor.appendices.list.viewport()
    where = (QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
             Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*where)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(*where))
    assert [a.file_name for a in saved(db, report_id).appendices] == ["dropped.pdf"]


def test_save_a_copy_writes_the_stored_file(qtbot, db, db_path, tmp_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    original = pdf_file(tmp_path, "strategy.pdf")
    editor.appendices.attach_files([str(original)])
    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    editor.appendices.list.setCurrentRow(0)
    with qtbot.waitSignal(editor.appendices.status_message):
        editor.appendices.save_copy(str(copy))
    assert copy.read_bytes() == original.read_bytes()


def test_the_check_knows_about_appendices_referred_to(qtbot, db, db_path, tmp_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    editor.document.section_editors["background"].blocks.prose_editors()[0].setPlainText(
        "The plan is at Appendix A.")
    editor.run_check()
    assert any("refers to Appendix A" in m for m in editor.check.messages())
    editor.appendices.attach_files([str(pdf_file(tmp_path, "plan.pdf"))])
    qtbot.waitUntil(lambda: not any("refers to Appendix A" in m
                                    for m in editor.check.messages()))
    assert editor.outline.entry("appendices").text() == "Appendices (1)"
