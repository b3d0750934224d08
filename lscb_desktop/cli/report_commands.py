"""Reports: `lscb reports`, `lscb export report` and `lscb import report` (`lscb search`, over
reports, minutes and decisions together, is in minutes_commands.py).

The Word and PDF services are imported inside the commands that use them: their libraries
take a while to load, and the other commands should start fast."""

from ..domain.errors import NotFound
from ..services import report_service, template_service
from .console import Failure, print_json, print_table, warn

REPORTS_HINT = "Run 'lscb reports' to see the reports and their ids."
ITEMS_HINT = "Run 'lscb agenda MEETING_ID' to see a meeting's items and their ids."


def _reports(args, db) -> None:
    summaries = report_service.list_reports(db)
    rows = [{"id": s.id, "title": s.title, "template": s.template_id, "status": s.status.value,
             "meeting_id": s.meeting_id, "item_number": s.item_number} for s in summaries]
    if args.json:
        print_json(rows)
    elif not rows:
        print(f"No reports in {args.db_path}: write one in LSCB Desktop, import one with "
              "'lscb import report', or run 'lscb demo'.")
    else:
        table = [[s.id, s.title or "(untitled)", s.template_id, s.status.label, s.meeting_id,
                  s.item_number] for s in summaries]
        print_table(["ID", "TITLE", "TEMPLATE", "STATUS", "MEETING", "ITEM"], table,
                    right={0, 4, 5})


def _export_report(args, db) -> None:
    from ..services import export_service, report_export_service

    try:
        written = report_export_service.export_report(db, args.report_id, args.out)
    except export_service.ExportError as error:
        raise Failure(str(error)) from error
    print(written.docx)
    print(written.pdf)


def _template_id(db, wanted: str) -> str:
    """The id of the template named `wanted` by id or, capitals aside, by name."""
    templates = template_service.list_templates(db)
    for template in templates:
        if template.id == wanted:
            return template.id
    for template in templates:
        if template.name.casefold() == wanted.strip().casefold():
            return template.id
    try:
        return template_service.get_template(db, wanted).id  # one that no longer loads says why
    except NotFound:
        known = ", ".join(t.id for t in templates)
        raise Failure(f"There is no report template '{wanted}': give the id or name of one of "
                      f"{known} (see 'lscb templates'), or import the template file first "
                      "with 'lscb import template FILE.toml'.") from None


def _import_report(args, db) -> None:
    from ..services import report_import_service

    template_id = _template_id(db, args.template)
    try:
        result = report_import_service.import_report_docx(db, args.file, template_id, args.item)
    except report_import_service.ReportImportError as error:
        raise Failure(str(error)) from error
    print(result.report_id)
    for note in result.notes:
        warn(note)


def register(commands) -> None:
    add = commands.add
    sub = add(commands.top, "reports", _reports,
              "list reports: id, title, template, status, meeting and item number",
              "List every report in agenda order (reports on no agenda last): id, title, "
              "template, status, and the meeting id and item number of the agenda item it "
              "is on.")
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")

    sub = add(commands.group("export"), "report", _export_report,
              "write a report as Word and PDF",
              "Write a report in its house style to DIR/report.docx and DIR/report.pdf, "
              "replacing earlier ones. The Word file can be edited and imported back with "
              "'lscb import report'. Prints the two paths.", not_found_hint=REPORTS_HINT)
    sub.add_argument("report_id", metavar="ID", type=int,
                     help="the report's id (see 'lscb reports')")
    sub.add_argument("--out", metavar="DIR", required=True, help="the folder to write to")

    sub = add(commands.group("import"), "report", _import_report,
              "import a report from a Word file (DOCX)",
              "Create a draft report from a Word file: headings are matched to the template's "
              "sections, numbering and tables are recovered, and what fits no section is kept "
              "in 'Unplaced content'. Prints the new report's id; what could not be placed is "
              "told on stderr as warnings.", not_found_hint=ITEMS_HINT)
    sub.add_argument("file", metavar="FILE.docx", help="the Word file")
    sub.add_argument("--template", metavar="NAME", required=True,
                     help="the report's template, by id or name (see 'lscb templates')")
    sub.add_argument("--item", metavar="ITEM_ID", type=int, default=None,
                     help="put the report on this agenda item (see 'lscb agenda MEETING_ID')")
