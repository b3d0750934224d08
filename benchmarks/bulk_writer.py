"""Writing a council plan (council_plan.py) into the store's tables in bulk: one transaction
and one executemany per table per committee, instead of the services' reads and writes row by
row. What is written is what the services would write for the same plan (test_benchmarks.py
compares the two databases): the rows are built by the store's own row functions and the
derived text by the domain's and the services' own rules (minute numbers, the exclusion
minute, the apologies and declarations minutes, report headers from the meeting, the search
indexes). Only timestamps differ: the bulk writer dates a report's history by its meeting."""

from dataclasses import replace
from datetime import date, datetime, time

from sqlite_utils import Database

from lscb_desktop.domain.agenda import AgendaItem, ItemKind, normalised
from lscb_desktop.domain.attendance import Attendance, apologies_minute
from lscb_desktop.domain.committee import MemberRole, members_on
from lscb_desktop.domain.dates import long_date
from lscb_desktop.domain.decisions import Decision, decision_lines, minutes_approved
from lscb_desktop.domain.declarations import Declaration, declarations_minute
from lscb_desktop.domain.meeting import Meeting, MeetingStatus
from lscb_desktop.domain.minute_order import arranged, first_number, minutes_from_agenda
from lscb_desktop.domain.minutes import MinutesRecord
from lscb_desktop.domain.report import ReportStatus, header_value
from lscb_desktop.domain.standard_items import APOLOGIES, DECLARATIONS, MINUTES, minutes_purpose
from lscb_desktop.domain.inline_markup import plain_text
from lscb_desktop.domain.templates import FieldRole, builtin_templates
from lscb_desktop.services.report_links import ItemContext, fill_from_item
from lscb_desktop.store import report_search
# The stored form of each record belongs to its repository: these are its row functions.
from lscb_desktop.store.action_repo import _row as action_row
from lscb_desktop.store.agenda_repo import _row as agenda_row
from lscb_desktop.store.committee_repo import _committee_row, _member_row, _officer_row
from lscb_desktop.store.meeting_repo import _row as meeting_row
from lscb_desktop.store.minutes_repo import _minute_row, _record_row, _vote_out
from lscb_desktop.store.report_repo import _content as report_content

from .council_plan import CommitteePlan, MeetingPlan

PUBLISHING_STEPS = [(ReportStatus.DRAFT, ReportStatus.SUBMITTED),
                    (ReportStatus.SUBMITTED, ReportStatus.CLEARED),
                    (ReportStatus.CLEARED, ReportStatus.PUBLISHED)]


class _Ids:
    """The next id of each table: the writer assigns ids itself so rows can refer to rows
    written in the same executemany."""

    def __init__(self, db: Database):
        self.db, self.next = db, {}

    def __call__(self, table: str) -> int:
        if table not in self.next:
            self.next[table] = self.db.execute(
                f"SELECT coalesce(max(rowid), 0) + 1 FROM [{table}]").fetchone()[0]
        self.next[table] += 1
        return self.next[table] - 1


# Tables in an order that writes every row after the rows it refers to (foreign keys).
TABLES = ["committees", "committee_standard_items", "members", "officers", "meetings",
          "agenda_items", "reports", "report_status_history", "report_search",
          "meeting_minutes", "minutes", "decisions", "minute_search", "attendance", "attendees",
          "declarations", "actions"]


class _Rows(dict):
    """Rows waiting to be inserted, by table."""

    def add(self, table: str, row: dict) -> None:
        self.setdefault(table, []).append(row)

    def flush(self, db: Database) -> None:
        for table in sorted(self, key=TABLES.index):
            rows = self[table]
            columns = list(rows[0])
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" * len(columns))
            db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
                                [[row[c] for c in columns] for row in rows])
        self.clear()


def write_council(db: Database, plans) -> None:
    """Write each committee's plan in one transaction."""
    ids = _Ids(db)
    template = next(t for t in builtin_templates() if t.id == "committee-report")
    for plan in plans:
        with db.atomic():
            rows = _Rows()
            _write_committee(rows, ids, plan, template)
            rows.flush(db)


def _write_committee(rows: _Rows, ids: _Ids, plan: CommitteePlan, template) -> None:
    committee = replace(plan.committee, id=ids("committees"))
    rows.add("committees", {"id": committee.id, **_committee_row(committee)})
    for position, s in enumerate(committee.standard_items):
        rows.add("committee_standard_items", {
            "id": ids("committee_standard_items"), "committee_id": committee.id,
            "position": position, "key": s.key, "title": s.title, "purpose": s.purpose})
    members = [replace(m, id=ids("members"), committee_id=committee.id) for m in plan.members]
    for m in members:
        rows.add("members", {"id": m.id, **_member_row(m)})
    for o in plan.officers:
        officer = replace(o, committee_id=committee.id)
        rows.add("officers", {"id": ids("officers"), **_officer_row(officer)})
    earlier: list[tuple[date, int]] = []  # (date, last minute number) for minute numbering
    records: list[MinutesRecord] = []
    previous: Meeting | None = None
    for planned in plan.meetings:
        meeting = Meeting(committee.id, planned.date, committee.default_start_time,
                          committee.default_venue, planned.clerk, MeetingStatus.HELD,
                          planned.published_on, id=ids("meetings"))
        minutes = _write_meeting(rows, ids, committee, members, meeting, planned, previous,
                                 template, first_number(committee.minute_numbering,
                                                        planned.date, earlier))
        record = MinutesRecord(meeting.id, minutes[0].number, planned.commenced,
                               planned.concluded)
        if records:  # this meeting approves the previous one's minutes (approve_minutes)
            approving = next(m for m in minutes if m.standard_key == MINUTES)
            records[-1] = replace(
                records[-1], approved_on=planned.date, approved_at_meeting_id=meeting.id,
                approval_reference=f"Minute {approving.number}, {long_date(planned.date)}",
                approved_by=planned.clerk.strip())
            rows["meetings"][-1]["status"] = MeetingStatus.MINUTES_APPROVED.value
        rows.add("meetings", meeting_row(meeting) | {"id": meeting.id})
        records.append(record)
        earlier.append((planned.date, minutes[-1].number))
        previous = meeting
    for record in records:
        rows.add("meeting_minutes", _record_row(record))


def _agenda(rows, ids, committee, meeting, planned: MeetingPlan, previous) -> list[AgendaItem]:
    standard = [AgendaItem(s.title, minutes_purpose(previous.date if previous else None)
                           if s.key == MINUTES else s.purpose, kind=ItemKind.STANDARD,
                           standard_key=s.key)
                for s in committee.standard_items]
    business = [replace(p.item, exempt_paragraphs=sorted(p.item.exempt_paragraphs))
                for p in planned.items]
    items = [replace(item, id=ids("agenda_items"), meeting_id=meeting.id)
             for item in normalised(standard + business)]
    for item in items:
        rows.add("agenda_items", agenda_row(item, meeting.id))
    return items


def _write_meeting(rows, ids, committee, members, meeting, planned: MeetingPlan, previous,
                   template, first: int):
    items = _agenda(rows, ids, committee, meeting, planned, previous)
    business = items[len(committee.standard_items):]
    for item, plan in zip(business, planned.items):
        if plan.report is not None:
            _write_report(rows, ids, template, plan.report, ItemContext(item, meeting, committee))
    serving = [m for m in members_on(members, meeting.date) if m.role is not MemberRole.SUBSTITUTE]
    index = {m.id: i for i, m in enumerate(members)}
    attendance = []
    for position, m in enumerate(serving):
        status, substitute = planned.absent.get(index[m.id], (None, ""))
        record = Attendance(m.name, m.role, member_id=m.id)
        if status is not None:
            record = replace(record, status=status, substitute=substitute.strip())
        attendance.append(record)
        rows.add("attendance", {
            "id": ids("attendance"), "meeting_id": meeting.id, "member_id": m.id,
            "position": position, "name": m.name.strip(), "role": m.role.value,
            "status": record.status.value, "substitute": record.substitute})
    for position, person in enumerate(planned.attendees):
        rows.add("attendees", {"id": ids("attendees"), "meeting_id": meeting.id,
                               "position": position, "kind": person.kind.value,
                               "name": person.name.strip(), "capacity": person.capacity.strip()})
    declarations = []
    for member_index, item_index, kind, words in planned.declarations:
        member, item = members[member_index], business[item_index]
        d = Declaration(member.name, item.title, kind, words.strip(), member.role, member.id,
                        item.id, meeting_id=meeting.id, id=ids("declarations"))
        declarations.append(d)
        rows.add("declarations", {
            "id": d.id, "meeting_id": meeting.id, "member_id": d.member_id,
            "member_name": d.member_name.strip(), "member_role": d.member_role.value,
            "agenda_item_id": d.agenda_item_id, "item_title": d.item_title.strip(),
            "kind": d.kind.value, "description": d.description})
    written = {item.id: plan for item, plan in zip(business, planned.items)}
    standard_text = {APOLOGIES: apologies_minute(attendance),
                     DECLARATIONS: declarations_minute(declarations)}
    drafted = []
    for minute in minutes_from_agenda(items):
        if minute.standard_key in standard_text:
            minute = replace(minute, narrative=standard_text[minute.standard_key])
        elif minute.standard_key == MINUTES and previous is not None:
            minute = replace(minute, decisions=[Decision(minutes_approved(previous.date))])
        elif minute.agenda_item_id in written:
            plan = written[minute.agenda_item_id]
            minute = replace(minute, narrative=plan.narrative.strip(),
                             decisions=list(plan.decisions))
        drafted.append(minute)
    minutes = [replace(m, id=ids("minutes")) for m in arranged(drafted, first)]
    for minute in minutes:
        _write_minute(rows, ids, minute, meeting.id)
    by_item = {m.agenda_item_id: m.id for m in minutes}
    for item_index, action in planned.actions:
        rows.add("actions", {"id": ids("actions"), **action_row(
            replace(action, minute_id=by_item[business[item_index].id]))})
    return minutes


def _write_minute(rows, ids, minute, meeting_id: int) -> None:
    rows.add("minutes", _minute_row(minute, meeting_id))
    for position, d in enumerate(minute.decisions):
        rows.add("decisions", {
            "id": ids("decisions"), "minute_id": minute.id, "position": position,
            "kind": d.kind.value, "recommend_to": d.recommend_to.strip(),
            "text": d.text.strip(), "vote": _vote_out(d.vote)})
    rows.add("minute_search", {"rowid": minute.id, "title": minute.title,
                               "decisions": "\n".join(decision_lines(minute.decisions)),
                               "narrative": minute.narrative})


def _write_report(rows, ids, template, planned, context: ItemContext) -> None:
    """As report_service.create_report, save_report and three change_status calls would."""
    report = replace(planned, header=dict(planned.header), id=ids("reports"),
                     status=ReportStatus.PUBLISHED)
    fill_from_item(report, template, context)
    title = header_value(report, template, FieldRole.TITLE)
    stamp = datetime.combine(context.meeting.published_on, time(9)).isoformat()
    rows.add("reports", {"id": report.id, "template_id": report.template_id,
                         "agenda_item_id": context.item.id, "status": report.status.value,
                         "title": title, "content": report_content(report),
                         "created_at": stamp, "updated_at": stamp})
    author = header_value(report, template, FieldRole.AUTHOR)
    for old, new in PUBLISHING_STEPS:
        rows.add("report_status_history", {
            "id": ids("report_status_history"), "report_id": report.id, "changed_at": stamp,
            "changed_by": author, "from_status": old.value, "to_status": new.value,
            "note": ""})
    rows.add("report_search", {"rowid": report.id, "title": plain_text(title),
                               "body": report_search.search_text(report)})
