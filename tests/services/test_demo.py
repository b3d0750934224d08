import io
from datetime import date

from pypdf import PdfReader

from lscb_desktop.domain.agenda import ItemKind
from lscb_desktop.domain.completeness import check_completeness
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.domain.minutes import MinuteKind
from lscb_desktop.domain.preferences import COUNCIL_NAME
from lscb_desktop.domain.report_blocks import BulletList
from lscb_desktop.domain.report_tables import ActionPlan
from lscb_desktop.domain.scorecard import Scorecard
from lscb_desktop.domain.suppression import SUPPRESSED
from lscb_desktop.services import agenda_service, committee_service, demo_service, meeting_service
from lscb_desktop.services import appendix_service, report_service, settings_service
from lscb_desktop.services import template_service
from lscb_desktop.services import (
    action_service, attendance_service, decision_search, minutes_service,
)


def test_the_demo_has_a_committee_a_held_meeting_and_an_upcoming_agenda(db):
    today = date(2026, 11, 22)
    cid = demo_service.load_demo(db, today)
    committee = committee_service.get_committee(db, cid)
    members = committee_service.members(db, cid)
    assert 8 <= len(members) <= 10
    assert {m.role.value for m in members} >= {"Chairman", "Vice-Chairman"}
    assert committee_service.officers(db, cid)

    meetings = meeting_service.list_meetings(db, cid)
    assert [s.meeting.status for s in meetings][:2] == [MeetingStatus.HELD, MeetingStatus.DRAFT]
    upcoming = meeting_service.upcoming_meeting(db, today)
    assert upcoming.date > today
    assert not meeting_service.deadline(db, upcoming, today).passed
    items = agenda_service.agenda(db, upcoming.id)
    kinds = {i.kind.value for i in items}
    assert kinds == {"standard", "report", "verbal"}
    assert any(i.part == 2 and i.exempt_paragraphs for i in items)
    assert items[2].purpose.startswith("To approve the minutes of the meeting held on")
    assert meeting_service.future_meetings(db, upcoming)
    assert committee.name == "Corporate Parenting Committee"
    assert settings_service.get(db, COUNCIL_NAME) == "Borsetshire Council"


def test_loading_the_demo_twice_adds_nothing(db):
    first = demo_service.load_demo(db)
    counts = (len(meeting_service.list_meetings(db)), len(committee_service.list_committees(db)))
    assert demo_service.load_demo(db) == first
    assert (len(meeting_service.list_meetings(db)), len(committee_service.list_committees(db))) == counts


# The demo's reports ---------------------------------------------------------------------

TODAY = date(2026, 11, 22)


def demo_reports(db):
    demo_service.load_demo(db, TODAY)
    meeting = meeting_service.upcoming_meeting(db, TODAY)
    summaries = report_service.list_reports(db, meeting.id)
    return meeting, summaries, {s.id: report_service.get_report(db, s.id) for s in summaries}


def blocks(report):
    for section in report.sections:
        for content in [section, *section.subsections]:
            yield from content.blocks


def test_every_report_item_of_the_upcoming_meeting_has_its_report_and_no_other_item_does(db):
    meeting, summaries, _ = demo_reports(db)
    for item in agenda_service.agenda(db, meeting.id):
        has_report = report_service.report_for_item(db, item.id) is not None
        assert has_report == (item.kind is ItemKind.REPORT), item.title
    assert [s.item_number for s in summaries] == sorted(s.item_number for s in summaries)


def test_the_reports_are_in_two_house_styles_or_more_and_follow_their_items(db):
    meeting, summaries, reports = demo_reports(db)
    assert len({s.template_id for s in summaries}) >= 2
    items = {i.id: i for i in agenda_service.agenda(db, meeting.id)}
    for summary in summaries:
        report = reports[summary.id]
        template = template_service.get_template(db, report.template_id)
        by_role = {f.role.value: report.header[f.key] for f in template.fields if f.role}
        assert by_role["meeting-date"] == meeting.date.isoformat()
        assert by_role["committee"] == "Corporate Parenting Committee"
        assert items[summary.agenda_item_id].title == by_role["title"] == summary.title
        assert items[summary.agenda_item_id].presenter == by_role["author"]


def test_there_is_a_scorecard_with_suppressed_counts_an_action_plan_and_a_pdf_appendix(db):
    _, summaries, reports = demo_reports(db)
    all_blocks = [b for report in reports.values() for b in blocks(report)]
    scorecard = next(b for b in all_blocks if isinstance(b, Scorecard))
    shown = [cell for row in scorecard.rows for cell in scorecard.display_row(row)]
    assert SUPPRESSED in shown
    assert any(isinstance(b, ActionPlan) and b.rows for b in all_blocks)
    assert any(isinstance(b, BulletList) for b in all_blocks)
    [(report_id, appendix)] = [(rid, a) for rid, r in reports.items() for a in r.appendices]
    pdf = appendix_service.appendix_bytes(db, report_id, "A")
    assert appendix.file_name.endswith(".pdf") and pdf.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 3


def test_the_part_2_item_has_an_exempt_report(db):
    _, summaries, reports = demo_reports(db)
    [exempt] = [s for s in summaries if s.part == 2]
    assert "Residential" in exempt.title
    assert reports[exempt.id].status.value == "draft"


def test_reports_sent_on_are_complete_and_their_history_says_who_sent_them(db):
    _, summaries, reports = demo_reports(db)
    moved = [s for s in summaries if s.status.value != "draft"]
    assert {s.status.value for s in moved} >= {"submitted", "cleared"}
    for summary in moved:
        report = reports[summary.id]
        template = template_service.get_template(db, report.template_id)
        assert check_completeness(report, template) == []
        assert report_service.history(db, summary.id)[-1].to_status is summary.status


def test_the_reports_can_be_found_by_search(db):
    demo_reports(db)
    hits = report_service.search_reports(db, "foster*")
    assert any(h.title == "Placement Sufficiency Statement 2026-28" for h in hits)


def test_loading_the_demo_twice_adds_no_reports(db):
    demo_reports(db)
    count = len(report_service.list_reports(db))
    demo_service.load_demo(db, TODAY)
    assert len(report_service.list_reports(db)) == count == 5


# The held meeting's minutes --------------------------------------------------------------

def held_minutes(db):
    cid = demo_service.load_demo(db, TODAY)
    held = meeting_service.list_meetings(db, cid)[0].meeting
    return held, minutes_service.get_minutes(db, held.id)


def test_the_held_meeting_has_full_minutes_in_the_order_of_its_agenda(db):
    held, minutes = held_minutes(db)
    items = [m for m in minutes if m.kind is MinuteKind.ITEM]
    assert [m.agenda_item_id for m in items] == [i.id for i in agenda_service.agenda(db, held.id)]
    numbers = [m.number for m in minutes]
    assert numbers == list(range(numbers[0], numbers[0] + len(minutes)))
    assert all(m.decisions for m in minutes
               if m.standard_key not in ("apologies", "declarations"))
    assert any(len(m.decisions) > 1 for m in minutes)
    assert minutes_service.record(db, held.id).times_sentence().startswith(
        "The meeting commenced at 4.00 pm and concluded at")
    assert not minutes_service.record(db, held.id).locked  # a draft, for the upcoming pack


def test_the_held_meeting_minutes_some_apologies_a_declaration_and_a_part_2_item(db):
    held, minutes = held_minutes(db)
    assert minutes[0].narrative.startswith("Apologies for absence were received from Councillors")
    assert "attended as a substitute" in minutes[0].narrative
    [declaration] = attendance_service.declarations(db, held.id)
    assert minutes[1].narrative == declaration.sentence()
    assert attendance_service.attendees(db, held.id)
    kinds = [(m.kind, m.part) for m in minutes]
    exclusion = kinds.index((MinuteKind.EXCLUSION, 1))
    assert kinds[exclusion + 1] == (MinuteKind.ITEM, 2)
    assert "Section 100A(4)" in minutes[exclusion].decisions[0].text


def test_the_held_meeting_has_actions_one_overdue_and_its_decisions_can_be_found(db):
    held_minutes(db)
    log = action_service.actions_log(db, today=TODAY)
    assert len(log) == 3
    assert [e.action.description for e in log if e.overdue] == [
        "Write to the placing authority about the frequency of social worker visits"]
    hits = decision_search.search_minutes(db, "taster flats")
    assert any("taster flats" in line for hit in hits for line in hit.decisions)


def test_loading_the_demo_twice_adds_no_minutes(db):
    held_minutes(db)
    counts = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("minutes", "decisions", "actions", "declarations")]
    demo_service.load_demo(db, TODAY)
    assert [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("minutes", "decisions", "actions", "declarations")] == counts
