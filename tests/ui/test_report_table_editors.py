"""Tables inside a report's sections, edited as tables: a scorecard whose small counts show as
"Suppressed" beside the typed value, RAG cells in their colours, an action plan, a plain table
whose totals row adds up as the author types; every change undoable."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from lscb_desktop.domain.preferences import SUPPRESSION_THRESHOLD
from lscb_desktop.domain.report_tables import ActionPlan, PlainTable
from lscb_desktop.domain.scorecard import Rag, Scorecard
from lscb_desktop.domain.templates import TableKind
from lscb_desktop.services import settings_service
from lscb_desktop.ui.scorecard_table_model import COL_MEASURE, COL_REF, FIRST_PERIOD

from report_editor_helpers import new_report, open_editor, prose, saved, section_editor


def insert(editor, section: str, kind: TableKind):
    section_editor(editor, section).insert_actions[kind].trigger()
    return section_editor(editor, section).blocks.table_editors()[-1]


def set_cell(table_editor, row: int, column: int, value: str) -> None:
    model = table_editor.model
    assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def test_a_scorecard_goes_in_after_the_paragraph_with_the_cursor(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    background = prose(editor, "background")
    background.setPlainText("Before the table.\n\nAfter the table.")
    background.setFocus()
    cursor = background.textCursor()
    cursor.setPosition(3)
    background.setTextCursor(cursor)
    insert(editor, "background", TableKind.SCORECARD)
    editor.save_pending_changes()
    blocks = saved(db, report_id).section("background").blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Scorecard", "Paragraph"]
    assert [e.toPlainText() for e in section_editor(editor, "background").blocks.prose_editors()
            ] == ["Before the table.", "After the table."]


def test_a_new_table_starts_with_a_row_and_the_cursor_in_its_first_cell(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    for kind in (TableKind.SCORECARD, TableKind.ACTION_PLAN, TableKind.PLAIN):
        table = insert(editor, "background", kind)
        assert table.model.rowCount() >= 1
        current = table.view.currentIndex()
        assert (current.row(), current.column()) == (0, 0)


def test_a_small_count_shows_suppressed_beside_the_typed_value(qtbot, db, db_path):
    settings_service.set_value(db, SUPPRESSION_THRESHOLD, 5)
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    scorecard = insert(editor, "background", TableKind.SCORECARD)
    set_cell(scorecard, 0, COL_REF, "CP7")
    set_cell(scorecard, 0, COL_MEASURE, "Care leavers in custody")
    set_cell(scorecard, 0, FIRST_PERIOD, "3")
    set_cell(scorecard, 0, FIRST_PERIOD + 1, "12")
    small = scorecard.model.index(0, FIRST_PERIOD)
    assert small.data() == "3 \u2192 Suppressed"
    assert small.data(Qt.ItemDataRole.EditRole) == "3"  # the author edits what they typed
    assert "Suppressed" in small.data(Qt.ItemDataRole.ToolTipRole)
    assert scorecard.model.index(0, FIRST_PERIOD + 1).data() == "12"
    editor.save_pending_changes()
    row = saved(db, report_id).section("background").blocks[0].rows[0]
    assert (row.ref, row.measure, row.values) == ("CP7", "Care leavers in custody", ["3", "12"])


def test_a_row_that_does_not_count_people_is_not_suppressed(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    scorecard = insert(editor, "background", TableKind.SCORECARD)
    set_cell(scorecard, 0, FIRST_PERIOD, "2")
    scorecard.view.setCurrentIndex(scorecard.model.index(0, FIRST_PERIOD))
    assert scorecard.counts_check.isChecked()
    scorecard.counts_check.click()
    assert scorecard.model.index(0, FIRST_PERIOD).data() == "2"
    editor.undo_stack.undo()
    assert scorecard.model.index(0, FIRST_PERIOD).data() == "2 \u2192 Suppressed"


def test_rag_cells_are_coloured_and_chosen_from_a_list(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    scorecard = insert(editor, "background", TableKind.SCORECARD)
    rag = scorecard.model.index(0, scorecard.model.col_rag)
    assert rag.data(Qt.ItemDataRole.UserRole + 10) == ["", "Red", "Amber", "Green"]
    scorecard.view.setCurrentIndex(rag)
    scorecard.view.edit(rag)
    combo = scorecard.view.viewport().findChild(QComboBox)  # the delegate's editor
    assert combo.itemText(0) == "\u2014"  # "not rated yet"
    combo.setCurrentIndex(combo.findText("Red"))
    combo.activated.emit(combo.currentIndex())
    assert rag.data() == "Red"
    assert rag.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(Rag.RED.colour)


def test_the_direction_of_travel_is_worked_out_until_the_author_sets_it(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    scorecard = insert(editor, "background", TableKind.SCORECARD)
    set_cell(scorecard, 0, FIRST_PERIOD, "480")
    set_cell(scorecard, 0, FIRST_PERIOD + 1, "470")
    direction = scorecard.model.index(0, scorecard.model.col_direction)
    assert direction.data() == "\u2193 Down"
    assert direction.data(Qt.ItemDataRole.EditRole) == "Work out from the values"
    set_cell(scorecard, 0, scorecard.model.col_direction, "\u2192 No change")
    assert direction.data() == "\u2192 No change"


def test_periods_can_be_added_renamed_and_removed(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    scorecard = insert(editor, "background", TableKind.SCORECARD)
    scorecard.add_period("Qu 3")
    scorecard.rename_period(0, "Qu 1 18-19")
    assert scorecard.table.periods == ["Qu 1 18-19", "Qu 2", "Qu 3"]
    assert scorecard.model.headerData(FIRST_PERIOD + 2, Qt.Orientation.Horizontal) == "Qu 3"
    scorecard.view.setCurrentIndex(scorecard.model.index(0, FIRST_PERIOD + 1))
    scorecard.remove_period()
    assert scorecard.table.periods == ["Qu 1 18-19", "Qu 3"]
    assert len(scorecard.table.rows[0].values) == 2


def test_an_action_plan_row(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    plan = insert(editor, "background", TableKind.ACTION_PLAN)
    set_cell(plan, 0, 0, "Recruit foster carers")
    set_cell(plan, 0, 1, "By March 2019")
    set_cell(plan, 0, 3, "Amber")
    assert plan.model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(
        Rag.AMBER.colour)
    editor.save_pending_changes()
    saved_plan = saved(db, report_id).section("background").blocks[0]
    assert isinstance(saved_plan, ActionPlan)
    assert (saved_plan.rows[0].action, saved_plan.rows[0].rag) == ("Recruit foster carers",
                                                                   Rag.AMBER)


def test_a_plain_table_totals_row_adds_up_as_the_author_types(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    table = insert(editor, "background", TableKind.PLAIN)
    set_cell(table, 0, 0, "Partner")
    set_cell(table, 0, 1, "Contribution")
    set_cell(table, 1, 0, "Council")
    set_cell(table, 1, 1, "£3,561")
    table.view.setCurrentIndex(table.model.index(1, 1))
    table.add_row()  # below the current row
    assert table.view.currentIndex().row() == 2
    set_cell(table, 2, 0, "Police")
    set_cell(table, 2, 1, "£1,200")
    table.totals_check.click()
    totals = table.model.rowCount() - 1
    assert [table.model.index(totals, c).data() for c in range(2)] == ["Total", "£4,761"]
    assert not table.model.flags(table.model.index(totals, 1)) & Qt.ItemFlag.ItemIsEditable
    set_cell(table, 2, 1, "£1,300")
    assert table.model.index(totals, 1).data() == "£4,861"
    editor.save_pending_changes()
    saved_table = saved(db, report_id).section("background").blocks[0]
    assert isinstance(saved_table, PlainTable)
    assert saved_table.header == ["Partner", "Contribution"] and saved_table.totals


def test_columns_come_and_go_and_the_last_one_stays(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    table = insert(editor, "background", TableKind.PLAIN)
    table.view.setCurrentIndex(table.model.index(0, 0))
    table.add_column()
    assert len(table.table.header) == 3 and all(len(r) == 3 for r in table.table.rows)
    table.view.setCurrentIndex(table.model.index(0, 0))
    table.remove_column()
    table.remove_column()
    with qtbot.waitSignal(table.status_message) as refusal:
        table.remove_column()
    assert len(table.table.header) == 1
    assert "at least one column" in refusal.args[0]


def test_table_edits_undo_one_by_one_and_keep_text_typed_since(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    scorecard = insert(editor, "background", TableKind.SCORECARD)
    set_cell(scorecard, 0, COL_REF, "CP1")
    prose(editor, "summary").setPlainText("Typed after the table edits.")
    scorecard.add_row()
    assert scorecard.model.rowCount() == 2
    editor.undo_stack.undo()  # the row
    assert scorecard.model.rowCount() == 1
    editor.undo_stack.undo()  # the cell
    assert scorecard.table.rows[0].ref == ""
    editor.undo_stack.undo()  # the table itself
    assert section_editor(editor, "background").blocks.table_editors() == []
    editor.save_pending_changes()
    report = saved(db, report_id)
    assert report.section("background").blocks == []
    assert report.section("summary").blocks[0].text == "Typed after the table edits."
    editor.undo_stack.redo()
    assert isinstance(editor.report.section("background").blocks[0], Scorecard)


def test_removing_a_table_can_be_undone(qtbot, db, db_path):
    editor = open_editor(qtbot, db, db_path, new_report(db))
    table = insert(editor, "background", TableKind.ACTION_PLAN)
    with qtbot.waitSignal(section_editor(editor, "background").status_message):
        table.remove_table_action.trigger()
    assert section_editor(editor, "background").blocks.table_editors() == []
    editor.undo_stack.undo()
    assert isinstance(section_editor(editor, "background").blocks.table_editors()[0].table,
                      ActionPlan)


def test_background_papers_are_rows_of_a_table(qtbot, db, db_path):
    report_id = new_report(db)
    editor = open_editor(qtbot, db, db_path, report_id)
    papers = section_editor(editor, "access_to_information").part_editor
    assert [papers.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Title", "Date", "Contact"]
    papers.add_row()
    set_cell(papers, 0, 0, "Sufficiency Statement 2018-20")
    set_cell(papers, 0, 1, "March 2018")
    editor.save_pending_changes()
    paper = saved(db, report_id).background_papers[0]
    assert (paper.title, paper.date) == ("Sufficiency Statement 2018-20", "March 2018")
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert papers.model.rowCount() == 0
