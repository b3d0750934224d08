"""Writing a report in the editor: what is typed is autosaved, header fields by kind, the
paragraph numbers the report will print shown in the margin, bold and italic shortcuts, and
sections of the author's own, undoable."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.report_blocks import BulletList, NumberedList, Paragraph, Subheading
from lscb_desktop.services import report_service, template_service

from report_editor_helpers import (
    agenda_item_of, new_report, open_editor, prose, saved, section_editor,
)


def test_typing_into_a_section_is_saved_without_being_asked(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    summary = prose(editor, "summary")
    summary.setFocus()
    qtbot.keyClicks(summary, "The statement sets out how the council will find homes.")
    qtbot.waitUntil(lambda: saved(db, report_id).section("summary").blocks == [
        Paragraph("The statement sets out how the council will find homes.")], timeout=3000)
    assert editor.save_label.text().startswith("Saved at")


def test_the_prose_becomes_paragraphs_lists_and_subheadings(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    prose(editor, "background").setPlainText(
        "# Why now\n\nThe strategy ends in March.\nIt needs renewing.\n\n"
        "- foster carers\n- residential homes\n\n1. consult\n2. decide")
    assert editor.save_pending_changes()
    assert saved(db, report_id).section("background").blocks == [
        Subheading("Why now"),
        Paragraph("The strategy ends in March. It needs renewing."),
        BulletList(["foster carers", "residential homes"]),
        NumberedList(["consult", "decide"]),
    ]


def test_the_margin_shows_the_numbers_the_report_will_print(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    prose(editor, "summary").setPlainText("First paragraph.\n\nSecond paragraph.")
    prose(editor, "background").setPlainText("Context.\n\n1. one\n2. two")
    assert prose(editor, "summary").margin_labels() == {0: ("1.1.", True), 2: ("1.2.", True)}
    background = section_editor(editor, "background")
    assert background.number.text() == "5."
    assert prose(editor, "background").margin_labels() == {
        0: ("5.1.", True), 2: ("(a)", False), 3: ("(b)", False)}


def test_recommendations_are_numbered_under_their_lead_in(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    recommendations = section_editor(editor, "recommendations").part_editor
    recommendations.items_edit.setPlainText("Note the report.\n2. Approve the statement.")
    assert recommendations.lead_in_number.text().strip() == "2.1."
    assert recommendations.items_edit.margin_labels() == {0: ("2.1.1.", True),
                                                          1: ("2.1.2.", True)}
    editor.save_pending_changes()
    assert saved(db, report_id).recommendations.items == ["Note the report.",
                                                         "Approve the statement."]


def test_ctrl_b_and_ctrl_i_wrap_the_selection_and_take_it_off_again(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    summary = prose(editor, "summary")
    summary.setFocus()
    qtbot.keyClicks(summary, "The five pledges")
    cursor = summary.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(16, QTextCursor.MoveMode.KeepAnchor)
    summary.setTextCursor(cursor)
    qtbot.keyClick(summary, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert summary.toPlainText() == "The **five pledges**"
    assert summary.textCursor().selectedText() == "five pledges"
    qtbot.keyClick(summary, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert summary.toPlainText() == "The ***five pledges***"
    qtbot.keyClick(summary, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert summary.toPlainText() == "The *five pledges*"
    qtbot.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # its own undo
    assert summary.toPlainText() == "The ***five pledges***"


def test_header_fields_save_and_the_agenda_item_takes_the_title(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    fields = editor.document.header_form.fields
    title = fields["report_title"]
    title.selectAll()
    qtbot.keyClicks(title, "Placement Sufficiency Statement 2019-21")
    fields["key_decision"].yes.click()
    fields["meeting_date"].pick(date(2019, 3, 19))
    qtbot.waitUntil(lambda: saved(db, report_id).header["report_title"]
                    == "Placement Sufficiency Statement 2019-21", timeout=3000)
    header = saved(db, report_id).header
    assert (header["key_decision"], header["meeting_date"]) == ("Yes", "2019-03-19")
    assert fields["meeting_date"].edit.text() == "19 March 2019"
    assert editor.title_label.text() == "Placement Sufficiency Statement 2019-21"
    assert agenda_item_of(db, report_id).title == "Placement Sufficiency Statement 2019-21"


def test_a_typed_date_is_read_and_a_bad_one_kept_for_the_check_to_explain(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    date_field = editor.document.header_form.fields["meeting_date"]
    date_field.edit.selectAll()
    qtbot.keyClicks(date_field.edit, "22/01/2019")
    editor.save_pending_changes()
    assert saved(db, report_id).header["meeting_date"] == "2019-01-22"
    date_field.edit.selectAll()
    qtbot.keyClicks(date_field.edit, "next Tuesday")
    editor.run_check()
    assert any("'next Tuesday' is not a date" in m for m in editor.check.messages())


def test_adding_a_section_then_undo_and_redo(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    key = editor.document.add_section("Education Outcomes")
    assert key in editor.document.section_editors
    assert section_editor(editor, key).number.text() == "6."  # after Background (5.)
    prose(editor, "summary").setPlainText("Typed after the section was added.")
    editor.undo_stack.undo()
    assert key not in editor.document.section_editors
    editor.save_pending_changes()
    after_undo = saved(db, report_id)
    assert after_undo.section(key) is None
    assert after_undo.section("summary").blocks == [Paragraph("Typed after the section was added.")]
    editor.undo_stack.redo()
    assert section_editor(editor, key).title.text() == "Education Outcomes"


def test_renaming_and_removing_a_section_of_your_own(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    key = editor.document.add_section("New section")
    title = section_editor(editor, key).title
    title.selectAll()
    qtbot.keyClicks(title, "Health and Wellbeing")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert editor.report.section(key).title == "Health and Wellbeing"
    qtbot.waitUntil(lambda: editor.outline.entry(key) is not None
                    and editor.outline.entry(key).text() == "6.  Health and Wellbeing")
    section_editor(editor, key).remove_button.click()
    assert editor.report.section(key) is None
    editor.undo_stack.undo()
    assert editor.report.section(key).title == "Health and Wellbeing"


def test_a_template_with_fixed_sections_offers_none_of_your_own(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db, "overview-scrutiny-cover"))
    assert editor.document.add_section_button is None
    with qtbot.waitSignal(editor.document.status_message) as refusal:
        assert editor.document.add_section("Extra") is None
    assert "fixed set of sections" in refusal.args[0]
    assert editor.undo_stack.count() == 0


def test_only_the_tables_the_template_allows_are_offered(qtbot, db, db_path):
    cover = open_editor(qtbot, db, db_path, new_report(db, "overview-scrutiny-cover"))
    advice = section_editor(cover, "background_and_advice")
    assert [a.text() for a in advice.insert_actions.values()] == ["Table"]
    committee = open_editor(qtbot, db, db_path, new_report(db, item="Scorecard"))
    assert [a.text() for a in section_editor(committee, "background").insert_actions.values()
            ] == ["Scorecard", "Action plan", "Table"]
    assert section_editor(committee, "recommendations").insert_actions == {}


def test_closing_the_page_saves_what_is_waiting(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    prose(editor, "reasons").setPlainText("Because the law requires it.")
    assert editor.dirty
    editor.hide()
    assert saved(db, report_id).section("reasons").blocks == [
        Paragraph("Because the law requires it.")]


LOCAL_TEMPLATE = '''format = 1
id = "briefing-note"
name = "Briefing note"
numbering = "none"

[[fields]]
key = "title"
label = "Title"
role = "title"
required = true

[[fields]]
key = "audience"
label = "Audience"
kind = "choice"
choices = ["Members", "Officers"]

[[fields]]
key = "summary"
label = "Summary"
kind = "multiline"

[[sections]]
key = "note"
title = "Note"
required = true
'''


def test_each_kind_of_header_field_has_its_own_editor(qtbot, db, db_path, tmp_path):
    path = tmp_path / "briefing-note.toml"
    path.write_text(LOCAL_TEMPLATE)
    template_service.import_template(db, path)
    report_id = report_service.create_report(db, "briefing-note")
    editor = open_editor(qtbot, db, db_path, report_id)
    fields = editor.document.header_form.fields
    audience = fields["audience"]
    assert [audience.itemText(i) for i in range(audience.count())] == ["\u2014", "Members",
                                                                       "Officers"]
    audience.setCurrentIndex(2)
    audience.activated.emit(2)
    fields["summary"].setPlainText("First line.\nSecond line.")
    editor.save_pending_changes()
    header = saved(db, report_id).header
    assert (header["audience"], header["summary"]) == ("Officers", "First line.\nSecond line.")
    editor.undo_stack.undo()
    assert audience.currentText() == "\u2014"
    note = prose(editor, "note")
    note.setPlainText("One.\n\nTwo.")
    assert note.margin_labels() == {}  # numbering "none": no numbers, and no margin for them
    assert note.margin_width() < 10


def test_a_refused_save_is_shown_and_the_text_kept(qtbot, db, db_path, monkeypatch):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)

    def refuse(db_, report):
        raise ValidationError("'Placement Sufficiency' is published and stays as it was "
                              "published, so it cannot be changed.", "status")

    monkeypatch.setattr(report_service, "save_report", refuse)
    prose(editor, "summary").setPlainText("Words that must not be lost.")
    assert not editor.save_now()
    assert editor.save_label.text().startswith("Not saved: 'Placement Sufficiency' is published")
    assert editor.dirty
    assert prose(editor, "summary").toPlainText() == "Words that must not be lost."
    monkeypatch.undo()
    assert editor.save_now()
    assert saved(db, report_id).section("summary").blocks == [
        Paragraph("Words that must not be lost.")]


def test_guidance_shows_for_empty_sections_and_folds_away_once_written(qtbot, db, db_path):
    report_id = new_report(db)
    report = saved(db, report_id)
    report.section("background").blocks = [Paragraph("Already written.")]
    report_service.save_report(db, report)
    editor = open_editor(qtbot, db, db_path, report_id)
    summary, background = section_editor(editor, "summary"), section_editor(editor, "background")
    assert summary.guidance.is_expanded() and summary.guidance.note.isVisible()
    assert summary.guidance.note.text().startswith("In two or three short paragraphs")
    assert not background.guidance.is_expanded() and not background.guidance.note.isVisible()
    background.guidance.toggle.click()
    assert background.guidance.note.isVisible()


def test_the_contents_take_the_author_to_a_section(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    entry = editor.outline.entry("consultation")
    assert entry.text() == "8.  Consultation & Engagement"
    editor.outline.itemClicked.emit(entry)
    qtbot.waitUntil(lambda: prose(editor, "consultation").hasFocus())
    assert editor.document.verticalScrollBar().value() > 0
