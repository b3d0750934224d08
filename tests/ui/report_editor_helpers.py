"""Shared set-up for the report editor's UI tests: a meeting with report items (the services'
fixtures), a report on one of them, and the editor open on it."""

from lscb_desktop.services import agenda_service, report_service, template_service
from lscb_desktop.ui.report_editor import ReportEditor

from tests.services.report_service_fixtures import fill_completely, meeting_with_items

__all__ = ["fill_completely", "meeting_with_items", "new_report", "open_editor",
           "complete_report", "section_editor", "prose", "saved", "agenda_item_of"]


def new_report(db, template_id="committee-report", item="Placement Sufficiency") -> int:
    """A fresh report on the item `item` of a new meeting."""
    _, items = meeting_with_items(db)
    return report_service.create_report(db, template_id, items[item])


def complete_report(db, template_id="committee-report") -> int:
    """A report on an agenda item with everything the completeness check asks for."""
    report_id = new_report(db, template_id)
    report = report_service.get_report(db, report_id)
    fill_completely(report, template_service.get_template(db, template_id))
    report_service.save_report(db, report)
    return report_id


def open_editor(qtbot, db, db_path, report_id) -> ReportEditor:
    editor = ReportEditor(db, db_path, report_id)
    qtbot.addWidget(editor)
    editor.resize(1200, 900)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def section_editor(editor: ReportEditor, key: str):
    return editor.document.section_editors[key]


def prose(editor: ReportEditor, key: str, index: int = 0):
    """The `index`th plain-text editor of a section."""
    return section_editor(editor, key).blocks.prose_editors()[index]


def saved(db, report_id):
    """The report as the database has it now."""
    return report_service.get_report(db, report_id)


def agenda_item_of(db, report_id):
    """The agenda item the report is on, as the agenda has it now."""
    summary = next(s for s in report_service.list_reports(db) if s.id == report_id)
    return next(i for i in agenda_service.agenda(db, summary.meeting_id)
                if i.id == summary.agenda_item_id)
