"""Reports in the main window: written from the agenda (choose a template, the report opens),
opened again with Ctrl+R, listed under their meeting in the tree, undone with the Edit menu,
saved when the window closes, exported to Word and PDF, and imported from Word."""

from PySide6.QtCore import Qt

from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.services import report_service
from lscb_desktop.ui import report_window_actions
from lscb_desktop.ui.main_window import MainWindow
from lscb_desktop.ui.navigation_model import MEETING, REPORT
from lscb_desktop.ui.report_editor import ReportEditor

from report_editor_helpers import complete_report, meeting_with_items, prose, saved


def window_on_meeting(qtbot, db, db_path):
    meeting_id, items = meeting_with_items(db)
    window = MainWindow(db, db_path)
    qtbot.addWidget(window)
    window.show()
    window.select(MEETING, meeting_id)
    return window, meeting_id, items


def select_item(window, title: str) -> None:
    editor = window.meeting_page.editor
    row = next(r for r in range(editor.model.rowCount()) if editor.model.item_at(r).title == title)
    editor.view.selectRow(row)


def test_writing_a_report_from_the_agenda_opens_it(qtbot, db, db_path):
    window, meeting_id, items = window_on_meeting(qtbot, db, db_path)
    select_item(window, "Placement Sufficiency")
    action = window.meeting_page.editor.report_action
    assert action.isEnabled() and action.text() == "&Write report..."
    action.trigger()
    dialog = window.meeting_page.editor.template_dialog
    assert dialog.isVisible()
    assert dialog.template_ids() == ["committee-report", "overview-scrutiny-cover",
                                     "scrutiny-report"]
    dialog.select("scrutiny-report")
    dialog.accept()
    report_id = report_service.report_for_item(db, items["Placement Sufficiency"])
    assert report_id is not None
    page = window.pages.currentWidget()
    assert isinstance(page, ReportEditor) and page.report_id == report_id
    assert page.template.id == "scrutiny-report"
    assert window.selected() == (REPORT, report_id)
    assert window.tree.currentIndex().parent().data() == window.navigation.find(
        MEETING, meeting_id).data()
    assert window.undo_group.activeStack() is page.undo_stack
    assert window.menu_actions.export_report.isEnabled()
    assert not window.menu_actions.export_agenda.isEnabled()


def test_ctrl_r_opens_the_report_of_the_selected_item(qtbot, db, db_path):
    window, meeting_id, items = window_on_meeting(qtbot, db, db_path)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    window.select(MEETING, meeting_id)
    select_item(window, "Scorecard")
    view = window.meeting_page.editor.view
    assert window.meeting_page.editor.report_action.text() == "&Open report"
    view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.selected() == (REPORT, report_id)
    assert window.report_editor.report_id == report_id


def test_verbal_updates_have_no_report_to_write(qtbot, db, db_path):
    window, _, _ = window_on_meeting(qtbot, db, db_path)
    select_item(window, "Update from Elected Members")
    assert not window.meeting_page.editor.report_action.isEnabled()


def test_the_edit_menu_undoes_on_the_report_and_closing_saves(qtbot, db, db_path):
    window, _, items = window_on_meeting(qtbot, db, db_path)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    window.open_report(report_id)
    editor = window.report_editor
    key = editor.document.add_section("Education")
    window.menu_actions.undo.trigger()
    assert editor.report.section(key) is None
    prose(editor, "summary").setPlainText("Written just before closing.")
    window.close()
    assert saved(db, report_id).section("summary").blocks == [
        Paragraph("Written just before closing.")]


def test_moving_to_another_report_saves_the_first(qtbot, db, db_path):
    window, _, items = window_on_meeting(qtbot, db, db_path)
    first = report_service.create_report(db, "committee-report", items["Scorecard"])
    second = report_service.create_report(db, "committee-report",
                                          items["Placement Sufficiency"])
    window.open_report(first)
    prose(window.report_editor, "reasons").setPlainText("The reasons.")
    window.open_report(second)
    assert window.report_editor.report_id == second
    assert saved(db, first).section("reasons").blocks == [Paragraph("The reasons.")]
    assert window.undo_group.activeStack() is window.report_editor.undo_stack


def test_a_renamed_report_is_renamed_in_the_tree(qtbot, db, db_path):
    window, _, items = window_on_meeting(qtbot, db, db_path)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    window.open_report(report_id)
    title = window.report_editor.document.header_form.fields["report_title"]
    title.setText("Corporate Parenting Scorecard Quarter 2")
    title.textEdited.emit(title.text())
    window.report_editor.save_now()
    index = window.navigation.find(REPORT, report_id)
    assert index.data().endswith("Corporate Parenting Scorecard Quarter 2")
    assert window.windowTitle().startswith("Corporate Parenting Scorecard Quarter 2")


def test_export_writes_word_and_pdf_in_the_background(qtbot, db, db_path, tmp_path):
    window, _, _ = window_on_meeting(qtbot, db, db_path)
    report_id = complete_report(db)
    window.open_report(report_id)
    exporter = window.report_editor.exporter
    with qtbot.waitSignal(exporter.exported, timeout=20000) as done:
        exporter.export_to(report_id, tmp_path)
    result = done.args[0]
    assert result.docx.exists() and result.pdf.exists()
    assert exporter.result_box.windowTitle() == "Report exported"
    assert str(result.pdf) in exporter.result_box.informativeText()
    exporter.result_box.close()
    assert window.report_editor.export_button.isEnabled()


def test_a_word_report_is_imported_and_opened_with_its_notes(qtbot, db, db_path, tmp_path):
    window, _, _ = window_on_meeting(qtbot, db, db_path)
    original = complete_report(db)
    window.open_report(original)
    exporter = window.report_editor.exporter
    with qtbot.waitSignal(exporter.exported, timeout=20000) as done:
        exporter.export_to(original, tmp_path)
    exporter.result_box.close()
    dialog = report_window_actions.import_report(window, db, None, window.open_report,
                                                 path=str(done.args[0].docx))
    assert dialog.isVisible()
    dialog.select("committee-report")
    dialog.accept()
    imported = window.report_editor
    assert imported is not None and imported.report_id != original
    assert saved(db, imported.report_id).section("summary").has_content()
    assert window.report_import_box.isVisible()
    window.report_import_box.close()


def test_ctrl_z_in_a_text_undoes_typing_and_elsewhere_the_last_structural_edit(qtbot, db,
                                                                               db_path):
    window, _, items = window_on_meeting(qtbot, db, db_path)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    window.open_report(report_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.report_editor
    key = editor.document.add_section("Education")
    summary = prose(editor, "summary")
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus)
    qtbot.keyClicks(summary, "Typed")
    qtbot.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert summary.toPlainText() == ""
    assert editor.report.section(key) is not None  # the section stays
    editor.outline.setFocus()
    qtbot.waitUntil(editor.outline.hasFocus)
    qtbot.keyClick(editor.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.report.section(key) is None


def test_deleting_a_report_after_confirmation_returns_to_its_meeting(qtbot, db, db_path,
                                                                     monkeypatch):
    from lscb_desktop.ui import messages

    window, meeting_id, items = window_on_meeting(qtbot, db, db_path)
    item_id = items["Placement Sufficiency"]
    report_id = report_service.create_report(db, "committee-report", item_id)
    window.open_report(report_id)
    assert window.reports.is_shown()
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or False)
    window.menu_actions.delete_report.trigger()
    assert report_service.report_for_item(db, item_id) == report_id  # declined: kept
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    window.menu_actions.delete_report.trigger()
    assert "cannot be undone" in asked[0]
    assert report_service.report_for_item(db, item_id) is None
    assert window.pages.currentWidget() is window.meeting_page
    assert window.selected() == (MEETING, meeting_id)
