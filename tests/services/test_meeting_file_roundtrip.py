"""Meeting files: exporting a meeting writes the documented JSON, and importing it elsewhere
gives back the same meeting, agenda and committee."""

import json
import re
from datetime import date, time
from pathlib import Path

import pytest

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.committee import Committee, Member, MemberRole, MinuteNumbering, Officer
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import (
    action_service, agenda_service, committee_service, meeting_service, minutes_service,
    report_service,
)
from lscb_desktop.services.meeting_file_service import (
    export_meeting,
    import_meeting,
    import_meeting_dict,
    meeting_to_dict,
)
from lscb_desktop.store.connection import open_database

DOC = Path(__file__).resolve().parents[2] / "docs" / "meeting-file-format.md"


@pytest.fixture
def meeting_id(db):
    """A Welsh-named committee's meeting with standard items, a verbal update, unicode text
    and two Part 2 items."""
    cid = committee_service.create_committee(db, Committee(
        "Pwyllgor Rhianta Corfforaethol – Corporate Parenting", "Siambr y Cyngor, Neuadd y Sir",
        time(16, 0), MinuteNumbering.CONTINUOUS, "Gwella canlyniadau — “outcomes” for children",
    ))
    committee_service.save_member(db, Member("Councillor Siân Ó Súilleabháin", MemberRole.CHAIRMAN,
                                             committee_id=cid, start_date=date(2018, 5, 15)))
    committee_service.save_member(db, Member("Zoë Brontë", MemberRole.CO_OPTED, "Foster Carers' Ass'n",
                                             date(2018, 5, 15), date(2020, 4, 30), committee_id=cid))
    committee_service.save_officer(db, Officer("Ben Tranter", "Democratic Services Officer",
                                               "ben@example.org", "01632 960104", committee_id=cid))
    mid = meeting_service.create_meeting(db, cid, date(2019, 1, 22), clerk="Ben Tranter")
    for item in [
        AgendaItem("A&E <referrals> for care leavers", "To consider “the” report – 2018/19 😀",
                   "Marcus Reid"),
        AgendaItem("Update from Elected Members", "To receive a verbal update.", kind=ItemKind.VERBAL),
        AgendaItem("Recommissioning of homes", "To consider the tenders.", part=2,
                   exempt_paragraphs=[3, 1]),
        AgendaItem("Staffing matter", "", part=2, exempt_paragraphs=[4]),
    ]:
        agenda_service.add_item(db, mid, item)
    meeting_service.set_status(db, mid, MeetingStatus.AGENDA_PUBLISHED, date(2019, 1, 11))
    return mid


def test_the_file_holds_the_core_keys_and_everything_the_application_knows(db, meeting_id):
    data = meeting_to_dict(db, meeting_id)
    assert list(data) == ["format", "version", "committee", "meeting"]
    assert (data["format"], data["version"]) == ("lscb-meeting", 3)
    committee, meeting = data["committee"], data["meeting"]
    assert committee["name"] == "Pwyllgor Rhianta Corfforaethol – Corporate Parenting"
    assert committee["default_start_time"] == "16:00"
    assert committee["minute_numbering"] == "continuous"
    assert committee["members"][1] == {"name": "Zoë Brontë", "role": "Co-opted member",
                                       "organisation": "Foster Carers' Ass'n",
                                       "start_date": "2018-05-15", "end_date": "2020-04-30"}
    assert committee["officers"] == [{"name": "Ben Tranter", "job_title": "Democratic Services Officer",
                                      "email": "ben@example.org", "phone": "01632 960104"}]
    assert (meeting["date"], meeting["start_time"], meeting["venue"]) == (
        "2019-01-22", "16:00", "Siambr y Cyngor, Neuadd y Sir")
    assert (meeting["clerk"], meeting["status"], meeting["published_on"]) == (
        "Ben Tranter", "agenda_published", "2019-01-11")
    items = meeting["items"]
    assert [(i["kind"], i["standard_key"]) for i in items[:3]] == [
        ("standard", "apologies"), ("standard", "declarations"), ("standard", "minutes")]
    assert items[4]["kind"] == "verbal"
    assert [(i["title"], i["part"], i["exempt_paragraphs"]) for i in items[5:]] == [
        ("Recommissioning of homes", 2, [1, 3]), ("Staffing matter", 2, [4])]


def test_export_writes_pretty_utf8_json_ending_with_a_newline(db, meeting_id, tmp_path):
    path = tmp_path / "exports" / "meeting.json"
    export_meeting(db, meeting_id, path)
    text = path.read_text(encoding="utf-8")
    assert "Siân Ó Súilleabháin" in text and "😀" in text  # not \u-escaped
    assert text.endswith("}\n")
    assert text.startswith('{\n  "format": "lscb-meeting",\n  "version": 3,')
    assert json.loads(text) == meeting_to_dict(db, meeting_id)
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_export_import_export_gives_the_same_file(db, meeting_id, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_meeting(db, meeting_id, first)
    elsewhere = open_database(tmp_path / "elsewhere.db")
    imported = import_meeting(elsewhere, first)
    export_meeting(elsewhere, imported, second)
    assert second.read_bytes() == first.read_bytes()


def test_the_imported_agenda_is_exactly_the_files_items(db, meeting_id, tmp_path):
    elsewhere = open_database(tmp_path / "elsewhere.db")
    new_id = import_meeting_dict(elsewhere, meeting_to_dict(db, meeting_id))
    assert [i.title for i in agenda_service.agenda(elsewhere, new_id)] == [
        i.title for i in agenda_service.agenda(db, meeting_id)]


def test_an_existing_committee_is_reused_and_only_gains_missing_members(db, meeting_id):
    data = meeting_to_dict(db, meeting_id)
    committee = data["committee"]
    committee["name"] = committee["name"].upper()
    committee["default_venue"] = "Somewhere else"
    committee["officers"] = [{"name": "New Officer"}]
    committee["members"][0]["role"] = "Member"  # a known member: left as the database has them
    committee["members"].append({"name": "Councillor New Person", "role": "Substitute"})
    cid = meeting_service.get_meeting(db, meeting_id).committee_id

    new_id = import_meeting_dict(db, data)

    assert meeting_service.get_meeting(db, new_id).committee_id == cid
    assert len(committee_service.list_committees(db)) == 1
    assert committee_service.get_committee(db, cid).default_venue == "Siambr y Cyngor, Neuadd y Sir"
    assert [o.name for o in committee_service.officers(db, cid)] == ["Ben Tranter"]
    members = {m.name: m.role for m in committee_service.members(db, cid)}
    assert members == {"Councillor Siân Ó Súilleabháin": MemberRole.CHAIRMAN,
                       "Zoë Brontë": MemberRole.CO_OPTED,
                       "Councillor New Person": MemberRole.SUBSTITUTE}


def test_a_new_committee_is_created_as_the_file_describes_it(db, meeting_id, tmp_path):
    elsewhere = open_database(tmp_path / "elsewhere.db")
    data = meeting_to_dict(db, meeting_id)
    data["committee"]["standard_items"] = []
    new_id = import_meeting_dict(elsewhere, data)
    committee = committee_service.get_committee(
        elsewhere, meeting_service.get_meeting(elsewhere, new_id).committee_id)
    assert committee.standard_items == []
    assert committee.minute_numbering is MinuteNumbering.CONTINUOUS
    assert committee.terms_of_reference == "Gwella canlyniadau — “outcomes” for children"


def test_optional_keys_take_the_applications_defaults(db):
    new_id = import_meeting_dict(db, {
        "format": "lscb-meeting", "version": 1,
        "committee": {"name": "Schools Forum", "members": [{"name": "A Head", "role": "Chairman"}]},
        "meeting": {"date": "2019-03-19", "start_time": "09:30", "venue": "Room 1", "items": [
            {"title": "Secret", "purpose": "", "part": 2, "exempt_paragraphs": [1]},
            {"title": "Apologies for Absence", "purpose": "", "part": 1, "exempt_paragraphs": [],
             "standard_key": "apologies"},
        ]},
    })
    meeting = meeting_service.get_meeting(db, new_id)
    assert (meeting.status, meeting.clerk, meeting.list_future_dates) == (MeetingStatus.DRAFT, "", True)
    committee = committee_service.get_committee(db, meeting.committee_id)
    assert [s.key for s in committee.standard_items] == ["apologies", "declarations", "minutes"]
    assert committee.default_start_time == time(10, 0)
    items = agenda_service.agenda(db, new_id)
    assert [(i.title, i.kind) for i in items] == [  # Part 2 moved after Part 1
        ("Apologies for Absence", ItemKind.STANDARD), ("Secret", ItemKind.REPORT)]


def test_the_example_in_the_format_document_imports(db):
    example = re.search(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    new_id = import_meeting_dict(db, json.loads(example))
    assert [i.part for i in agenda_service.agenda(db, new_id)] == [1, 1, 2]
    [summary] = report_service.list_reports(db, new_id)
    assert (summary.title, summary.template_id, summary.item_number) == (
        "Placement Sufficiency Statement", "committee-report", 2)
    report = report_service.get_report(db, summary.id)
    assert report.section("free-1").blocks[0].rows[0].action == "Recruit foster carers"
    minutes = minutes_service.get_minutes(db, new_id)
    assert [(m.number, m.kind.value) for m in minutes] == [
        (18, "item"), (19, "item"), (20, "exclusion"), (21, "item")]
    assert [a.owner for a in action_service.actions_for_minute(db, minutes[1].id)] == [
        "Marcus Reid"]
