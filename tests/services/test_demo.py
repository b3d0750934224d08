import io
from datetime import date

from pypdf import PdfReader

from lscb_desktop.domain.agenda import ItemKind
from lscb_desktop.domain.completeness import check_completeness
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.domain.preferences import COUNCIL_NAME
from lscb_desktop.domain.report_blocks import BulletList
from lscb_desktop.domain.report_tables import ActionPlan
from lscb_desktop.domain.scorecard import Scorecard
from lscb_desktop.domain.suppression import SUPPRESSED
from lscb_desktop.services import agenda_service, committee_service, demo_service, meeting_service
from lscb_desktop.services import appendix_service, report_service, settings_service
from lscb_desktop.services import template_service


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
