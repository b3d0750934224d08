"""The completeness check beside the editor and the report's status: problems listed live,
each taking the author to the place to put it right; Submit refused while any remain, then
accepted; Clear, Publish and Back to draft; the history of who did what."""

from lscb_desktop.domain.completeness import HEADER
from lscb_desktop.domain.report import ReportStatus
from lscb_desktop.services import report_service
from lscb_desktop.ui import messages
from lscb_desktop.ui.report_completeness_panel import READY
from lscb_desktop.ui.report_outline import DONE, PROBLEMS, REQUIRED, STATE_ROLE

from report_editor_helpers import complete_report, new_report, open_editor, prose, saved


def test_a_new_report_lists_what_is_missing_and_the_outline_marks_it(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    messages_ = editor.check.messages()
    assert not editor.check.is_ready()
    assert "'Senior Officer' is empty: fill it in." in messages_
    assert any(m.startswith("'Report Summary' is empty") for m in messages_)
    assert editor.check.summary.text().startswith(f"{len(messages_)} things to put right")
    assert editor.outline.entry("summary").data(STATE_ROLE) == PROBLEMS
    assert editor.outline.entry("summary").text() == "1.  Report Summary"


def test_clicking_a_problem_puts_the_cursor_where_it_is_put_right(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    panel = editor.check
    row = next(r for r in range(panel.list.count())
               if panel.list.item(r).text().startswith("'Senior Officer'"))
    with qtbot.waitSignal(panel.go_to) as jump:
        panel.list.itemClicked.emit(panel.list.item(row))
    assert jump.args == [HEADER, "senior_officer"]
    qtbot.waitUntil(lambda: editor.document.header_form.fields["senior_officer"].hasFocus())
    legal = next(r for r in range(panel.list.count())
                 if panel.list.item(r).text().startswith("'Legal Implications'"))
    panel.list.itemClicked.emit(panel.list.item(legal))
    implications = editor.document.section_editors["implications"]
    qtbot.waitUntil(lambda: implications.subsections[0].blocks.prose_editors()[0].hasFocus())


def test_the_check_follows_the_typing_and_turns_green(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    prose(editor, "summary").setPlainText("What the report is about.")
    qtbot.waitUntil(lambda: not any(m.startswith("'Report Summary' is empty")
                                    for m in editor.check.messages()))
    assert editor.outline.entry("summary").data(STATE_ROLE) == DONE
    assert editor.outline.entry("reasons").data(STATE_ROLE) in (PROBLEMS, REQUIRED)
    complete = open_editor(qtbot, db, db_path, complete_report(db))
    assert complete.check.is_ready()
    assert complete.check.summary.text() == READY
    assert complete.check.list.isHidden()


def test_submit_is_refused_with_the_problems_then_accepted(qtbot, db, db_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, error: shown.append(
        (title, messages.error_text(error))))
    report_id = complete_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    editor.document.header_form.fields["senior_officer"].clear()
    editor.document.header_form.fields["senior_officer"].textEdited.emit("")
    assert not editor.change_status(ReportStatus.SUBMITTED)
    title, text = shown[0]
    assert title == "The report was not marked 'Submitted'"
    assert "'Senior Officer' is empty: fill it in." in text
    assert "'Senior Officer' is empty: fill it in." in editor.check.messages()
    assert saved(db, report_id).status is ReportStatus.DRAFT

    editor.document.header_form.fields["senior_officer"].setText("Jo Patel, Director")
    editor.document.header_form.fields["senior_officer"].textEdited.emit("Jo Patel, Director")
    with qtbot.waitSignal(editor.report_changed):
        editor.status_controls.forward_button.click()
    assert saved(db, report_id).status is ReportStatus.SUBMITTED
    assert editor.status_controls.badge.text() == "Submitted"
    assert editor.status_controls.forward_button.text() == "C&lear (sign off) \u2192"
    lines = editor.status_controls.history_lines()
    assert f"{editor.user_name}: Draft \u2192 Submitted" in lines[0]
    assert editor.last_change_label.text().startswith(f"\u00b7  Submitted by {editor.user_name} on ")


def test_clear_publish_and_back_to_draft(qtbot, db, db_path):
    report_id = complete_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    assert editor.change_status(ReportStatus.SUBMITTED)
    assert editor.status_controls.back_button.isVisibleTo(editor)
    editor.status_controls.back_button.click()
    assert saved(db, report_id).status is ReportStatus.DRAFT
    for target in (ReportStatus.SUBMITTED, ReportStatus.CLEARED, ReportStatus.PUBLISHED):
        assert editor.change_status(target)
    assert editor.status_controls.forward_button.isHidden()
    assert not editor.document.paper.isEnabled()  # published: kept as it was published
    history = report_service.history(db, report_id)
    assert [h.to_status for h in history] == [
        ReportStatus.SUBMITTED, ReportStatus.DRAFT, ReportStatus.SUBMITTED,
        ReportStatus.CLEARED, ReportStatus.PUBLISHED]
    assert len(editor.status_controls.history_lines()) == 5


def test_typing_is_saved_before_the_status_changes(qtbot, db, db_path):
    report_id = complete_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    prose(editor, "options").setPlainText("None: the committee receives this every year.")
    assert editor.save_timer.isActive()
    assert editor.change_status(ReportStatus.SUBMITTED)
    assert saved(db, report_id).section("options").blocks[0].text == (
        "None: the committee receives this every year.")
