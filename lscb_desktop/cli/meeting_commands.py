"""Committees and meetings: `lscb demo`, `committees`, `meetings`, `agenda`, `import meeting`,
`export meeting` and `export agenda`."""

from ..domain.agenda import numbered
from ..services import (
    agenda_service, committee_service, demo_service, meeting_file_service, meeting_service,
    report_service,
)
from ..services.meeting_file_service import MeetingFileError
from .console import Failure, print_json, print_table

MEETING_ID_HELP = "the meeting's id (see 'lscb meetings')"


def _demo(args, db) -> None:
    before = len(meeting_service.list_meetings(db))
    committee_id = demo_service.load_demo(db)
    added = len(meeting_service.list_meetings(db)) - before
    name = committee_service.get_committee(db, committee_id).name
    if added:
        print(f"Loaded the demo committee '{name}' (id {committee_id}) "
              f"with {added} meetings into {args.db_path}.")
    else:
        print(f"The demo committee '{name}' (id {committee_id}) is already in "
              f"{args.db_path}: nothing added.")


def _committees(args, db) -> None:
    rows = [
        {"id": c.id, "name": c.name, "members": c.member_count}
        for c in committee_service.list_committees(db)
    ]
    if args.json:
        print_json(rows)
    elif not rows:
        print(f"No committees in {args.db_path}: add one in LSCB Desktop, or run 'lscb demo'.")
    else:
        print_table(["ID", "NAME", "MEMBERS"], [list(r.values()) for r in rows], right={0, 2})


def _meetings(args, db) -> None:
    summaries = meeting_service.list_meetings(db)
    rows = [
        {
            "id": s.meeting.id,
            "committee": s.committee_name,
            "date": s.meeting.date.isoformat(),
            "start_time": s.meeting.start_time.strftime("%H:%M"),
            "venue": s.meeting.venue,
            "status": s.meeting.status.value,
            "publish_by": s.publish_by.isoformat(),
        }
        for s in summaries
    ]
    if args.json:
        print_json(rows)
    elif not rows:
        print(f"No meetings in {args.db_path}: add one in LSCB Desktop, or run 'lscb demo'.")
    else:
        table = [
            [r["id"], r["committee"], r["date"], r["start_time"], r["venue"],
             s.meeting.status.label, r["publish_by"]]
            for r, s in zip(rows, summaries)
        ]
        headers = ["ID", "COMMITTEE", "DATE", "TIME", "VENUE", "STATUS", "PUBLISH BY"]
        print_table(headers, table, right={0})


def _agenda(args, db) -> None:
    meeting_service.get_meeting(db, args.meeting_id)  # NotFound naming the meeting
    rows = [
        {"number": number, "item_id": item.id, "title": item.title, "kind": item.kind.value,
         "part": item.part, "report_id": report_service.report_for_item(db, item.id)}
        for number, item in numbered(agenda_service.agenda(db, args.meeting_id))
    ]
    if args.json:
        print_json(rows)
    elif not rows:
        print(f"Meeting {args.meeting_id} has no agenda items yet.")
    else:
        print_table(["NO", "ITEM ID", "TITLE", "KIND", "PART", "REPORT"],
                    [list(r.values()) for r in rows], right={0, 1, 4, 5})


def _import_meeting(args, db) -> None:
    try:
        print(meeting_file_service.import_meeting(db, args.file, args.appendices))
    except MeetingFileError as error:
        if error.field is None:  # the message already names the file
            raise
        raise Failure(f"{args.file}: {error}") from error


def _export_meeting(args, db) -> None:
    appendix_files = meeting_file_service.export_meeting(db, args.meeting_id, args.file)
    for path in [args.file, *appendix_files]:
        print(path)


def _export_documents(export, meeting_id: int, out, db) -> None:
    # Imported here: the Word and PDF libraries take a while to load.
    from ..services import export_service

    try:
        written = export(db, meeting_id, out)
    except export_service.ExportError as error:
        raise Failure(str(error)) from error
    print(written.docx)
    print(written.pdf)


def _export_agenda(args, db) -> None:
    from ..services import export_service

    _export_documents(export_service.export_agenda, args.meeting_id, args.out, db)


def _export_minutes(args, db) -> None:
    from ..services import minutes_export_service

    _export_documents(minutes_export_service.export_minutes, args.meeting_id, args.out, db)


def register(commands) -> None:
    add = commands.add
    add(commands.top, "demo", _demo, "load the demo committee and its meetings",
        "Load the demo committee (a fictional Corporate Parenting Committee) with its "
        "meetings and the reports of its next meeting. Running it again adds nothing.")
    sub = add(commands.top, "committees", _committees,
              "list committees: id, name and number of members")
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")
    sub = add(commands.top, "meetings", _meetings,
              "list meetings with their status and publication deadline",
              "List every meeting: id, committee, date, start time, venue, status, and the "
              "last day to publish its agenda to give the clear days' notice the law asks.")
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")
    sub = add(commands.top, "agenda", _agenda, "list a meeting's agenda items with their ids",
              "List a meeting's agenda in order: item number, item id (for 'lscb import report "
              "--item'), title, kind, part, and the id of the item's report if it has one.")
    sub.add_argument("meeting_id", metavar="ID", type=int, help=MEETING_ID_HELP)
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")

    sub = add(commands.group("import"), "meeting", _import_meeting,
              "import a meeting file (JSON)",
              "Import a meeting, its agenda and its reports from a meeting file (docs/meeting-"
              "file-format.md), joining the committee of the same name or creating it. "
              "Appendix files the database lacks are taken from the folder beside the file "
              "that 'lscb export meeting' writes. A file with any problem imports nothing. "
              "Prints the new meeting's id.")
    sub.add_argument("file", metavar="FILE.json", help="the meeting file")
    sub.add_argument("--appendices", metavar="DIR", default=None,
                     help="the folder holding the reports' appendix files (default: the "
                     "folder beside the file named after it, meeting-appendices for "
                     "meeting.json, or else the file's own folder)")

    sub = add(commands.group("export"), "meeting", _export_meeting, "write a meeting file (JSON)",
              "Write a meeting, its agenda with its reports, and its committee to a meeting "
              "file (docs/meeting-file-format.md), and the reports' appendix files to a folder "
              "beside it named after it (meeting-appendices for meeting.json). Prints the "
              "file's path, then each appendix file's.")
    sub.add_argument("meeting_id", metavar="ID", type=int, help=MEETING_ID_HELP)
    sub.add_argument("file", metavar="FILE.json", help="the file to write (replaced if it exists)")
    for name, command, description in (
        ("agenda", _export_agenda, "the meeting's agenda front sheet"),
        ("minutes", _export_minutes,
         "the meeting's minutes (draft minutes are marked DRAFT until approved)"),
    ):
        sub = add(commands.group("export"), name, command, f"write the {name} as Word and PDF",
                  f"Write {description} to DIR/{name}.docx and DIR/{name}.pdf, replacing "
                  "earlier ones. Prints the two paths.")
        sub.add_argument("meeting_id", metavar="ID", type=int, help=MEETING_ID_HELP)
        sub.add_argument("--out", metavar="DIR", required=True, help="the folder to write to")
