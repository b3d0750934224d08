"""Minutes, decisions and actions: `lscb search` (decisions, minutes and reports together) and
`lscb actions` (the actions log). `lscb export minutes` is with the other document exports in
meeting_commands.py."""

import sys
from datetime import date

from ..services import action_service, committee_service
from ..services.search_service import Hit, HitKind, search_everything
from .console import print_json, print_table

COMMITTEES_HINT = "Run 'lscb committees' to see the committees and their ids."

SEARCH_JSON = (
    "With --json, a JSON array of objects, best first, each with: kind (decision, minute or "
    "report), title (the minute's, for a decision too, or the report's), committee, "
    "meeting_id, meeting_date (YYYY-MM-DD), minute_number and minute_id (null for a report), "
    "report_id and report_status (null for a minute or decision), part (1, or 2 for exempt "
    "information), snippet (the decision's text, or the text around the match) and "
    "highlights ([start, end] of each matched word in snippet). Fields are only ever added.")

ACTIONS_JSON = (
    "With --json, a JSON array of objects, oldest meeting first, each with: id, description, "
    "owner, due (YYYY-MM-DD or null), status (open, done or cancelled), overdue (true when "
    "open and due before today), committee_id, committee, meeting_id, meeting_date, "
    "minute_number and minute_title. Fields are only ever added.")


def _search(args, db) -> None:
    query = " ".join(args.query)
    hits = search_everything(db, query, limit=args.limit)
    if args.json:
        print_json([_hit_json(hit) for hit in hits])
        return
    if not hits:
        print(f"Nothing matches '{query}' in decisions, minutes or reports. Words match whole; "
              "end one with * to match words starting so ('lscb search foster*').")
        return
    bold = sys.stdout.isatty()
    width = max(len(hit.kind.value) for hit in hits)
    for hit in hits:
        print(f"{hit.kind.value.ljust(width)}  {_heading(hit)}")
        print(f"    {_marked(hit.snippet, hit.highlights, bold)}")


def _hit_json(hit: Hit) -> dict:
    return {
        "kind": hit.kind.value, "title": hit.title, "committee": hit.committee,
        "meeting_id": hit.meeting_id,
        "meeting_date": hit.meeting_date.isoformat() if hit.meeting_date else None,
        "minute_number": hit.minute_number, "minute_id": hit.minute_id,
        "report_id": hit.report_id,
        "report_status": hit.report_status.value if hit.report_status else None,
        "part": hit.part, "snippet": hit.snippet,
        "highlights": [list(span) for span in hit.highlights],
    }


def _heading(hit: Hit) -> str:
    """'Minute 23  Voice of Children  [Corporate Parenting Committee, 2018-11-13]'."""
    where = (f"{hit.committee}, {hit.meeting_date.isoformat()}" if hit.meeting_date
             else "on no agenda")
    if hit.kind is HitKind.REPORT:
        what = f"Report {hit.report_id}  {hit.title or '(untitled)'}"
        where = f"{hit.report_status.label}; {where}"
    else:
        what = f"Minute {hit.minute_number}  {hit.title}"
    exempt = "; Part 2 (exempt)" if hit.part == 2 else ""
    return f"{what}  [{where}{exempt}]"


def _marked(snippet: str, highlights, bold: bool) -> str:
    """The snippet with its matched words in bold on a terminal, as it is elsewhere."""
    if not bold:
        return snippet
    for start, end in sorted(highlights, reverse=True):
        snippet = f"{snippet[:start]}\033[1m{snippet[start:end]}\033[0m{snippet[end:]}"
    return snippet


def _actions(args, db) -> None:
    if args.committee is not None:
        committee_service.get_committee(db, args.committee)  # NotFound naming the id
    today = date.today()
    entries = action_service.actions_log(db, args.committee, overdue_only=args.overdue,
                                         open_only=args.open, today=today)
    if args.json:
        print_json([_action_json(entry) for entry in entries])
    elif not entries:
        which = "overdue" if args.overdue else "open" if args.open else ""
        print(f"No {which + ' ' if which else ''}actions"
              f"{' of this committee' if args.committee is not None else ''}. Actions are "
              "recorded with the minutes, in LSCB Desktop.")
    else:
        rows = [[e.action.id, e.logged.committee_name, e.logged.meeting_date.isoformat(),
                 e.logged.minute_number, e.action.description, e.action.owner,
                 e.action.due.isoformat() if e.action.due else "",
                 "OVERDUE" if e.overdue else e.action.status.label] for e in entries]
        print_table(["ID", "COMMITTEE", "MEETING", "MINUTE", "ACTION", "OWNER", "DUE",
                     "STATUS"], rows, right={0, 3})


def _action_json(entry: action_service.ActionEntry) -> dict:
    action, logged = entry.action, entry.logged
    return {
        "id": action.id, "description": action.description, "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status.value, "overdue": entry.overdue,
        "committee_id": logged.committee_id, "committee": logged.committee_name,
        "meeting_id": logged.meeting_id, "meeting_date": logged.meeting_date.isoformat(),
        "minute_number": logged.minute_number, "minute_title": logged.minute_title,
    }


def register(commands) -> None:
    add = commands.add
    sub = add(commands.top, "search", _search,
              "search decisions, minutes and reports",
              "Search every decision, minute and report, best match first: the best of each "
              "kind, then the next best, and so on. A minute whose decisions hold every word "
              "is shown as a decision, with the decision's text. Words match whole; end one "
              "with * to match words starting so ('foster*'). Punctuation is taken as it is. "
              + SEARCH_JSON)
    sub.add_argument("query", nargs="+", metavar="WORD", help="what to look for")
    sub.add_argument("--limit", type=int, default=50, metavar="N",
                     help="show at most N results (default 50)")
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")

    sub = add(commands.top, "actions", _actions,
              "list the actions arising from minutes, overdue ones marked",
              "List the actions arising from minutes across meetings, oldest meeting first: "
              "id, committee, meeting date, minute number, action, owner, due date and "
              "status; an open action due before today shows OVERDUE. " + ACTIONS_JSON,
              not_found_hint=COMMITTEES_HINT)
    sub.add_argument("--overdue", action="store_true",
                     help="only open actions due before today")
    sub.add_argument("--open", action="store_true", help="only open actions")
    sub.add_argument("--committee", metavar="ID", type=int, default=None,
                     help="only this committee's actions (see 'lscb committees')")
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")
