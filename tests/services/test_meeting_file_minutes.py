"""Meeting files, version 3: a meeting's minutes travel with it (the record, attendance,
declarations, each minute with its decisions, actions and corrections), import into another
database whole and alive, and approved minutes arrive locked; files of versions 1 and 2 still
import exactly as before."""

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from jsonschema import Draft202012Validator

from lscb_desktop.domain.decisions import Vote, VoteCast
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.services import (
    action_service, agenda_service, attendance_service, decision_search, minutes_approval_service,
    minutes_service, report_service,
)
from lscb_desktop.services.meeting_file_schema import meeting_schema
from lscb_desktop.services.meeting_file_service import (
    export_meeting, import_meeting, import_meeting_dict, meeting_to_dict,
)

from meeting_file_fixtures import FIXTURES, UPCOMING, demo_db, elsewhere  # noqa: F401 (fixtures)

HELD = 1  # the demo's held meeting, with full draft minutes
TODAY = date(2025, 12, 1)


def minutes_of(data: dict) -> dict:
    return data["meeting"]["minutes"]


def test_the_file_holds_the_minutes_in_the_order_taken(demo_db):
    data = meeting_to_dict(demo_db, HELD)
    minutes = minutes_of(data)
    assert list(minutes) == ["first_number", "commenced", "concluded", "approval", "attendance",
                             "declarations", "minutes"]
    assert (minutes["first_number"], minutes["commenced"], minutes["approval"]) == (
        12, "16:00", None)
    numbers = [m["number"] for m in minutes["minutes"]]
    assert numbers == list(range(12, 12 + len(numbers)))
    items = data["meeting"]["items"]
    for minute in minutes["minutes"]:
        assert list(minute) == ["number", "kind", "title", "standard_key", "part",
                                "exempt_paragraphs", "item", "narrative", "decisions", "actions",
                                "corrections"]
        if minute["kind"] == "item":  # each names its agenda item by its place in the file
            assert items[minute["item"]]["title"] == minute["title"]
    exclusion = next(m for m in minutes["minutes"] if m["kind"] == "exclusion")
    assert exclusion["item"] is None and "Section 100A(4)" in exclusion["decisions"][0]["text"]
    decisions = [d for m in minutes["minutes"] for d in m["decisions"]]
    recommended = next(d for d in decisions if d["kind"] == "recommended")
    assert recommended["recommend_to"] and set(recommended["vote"]) == {
        "for", "against", "abstentions", "named"}
    assert sum(len(m["actions"]) for m in minutes["minutes"]) == 3


def test_the_file_holds_who_attended_and_the_declarations(demo_db):
    data = meeting_to_dict(demo_db, HELD)
    attendance = minutes_of(data)["attendance"]
    statuses = {m["name"]: (m["status"], m["substitute"]) for m in attendance["members"]}
    assert statuses["Councillor Graham Lowe"] == ("substituted", "Councillor Martin Hale")
    assert statuses["Jenny Cartwright"] == ("apologies", "")
    assert attendance["officers"][-1] == {"name": "Ben Tranter",
                                          "capacity": "Democratic Services Officer"}
    assert [p["name"] for p in attendance["others"]] == ["Kayleigh Booth"]
    [declared] = minutes_of(data)["declarations"]
    assert data["meeting"]["items"][declared["item"]]["title"] == declared["item_title"]
    assert (declared["member"], declared["kind"]) == ("Councillor Priya Desai",
                                                      "other_registrable")


def test_the_file_of_a_meeting_not_yet_minuted_has_no_minutes(demo_db):
    assert minutes_of(meeting_to_dict(demo_db, UPCOMING)) is None


def named_vote(db) -> None:
    """Record a named vote on the held meeting's recommendation."""
    minute = next(m for m in minutes_service.get_minutes(db, HELD)
                  if any(d.recommend_to for d in m.decisions))
    decision = replace(minute.decisions[0], vote=Vote(1, 1, 0, [
        ("Councillor Rosa Pennington", VoteCast.FOR), ("Councillor Ann Fairweather",
                                                        VoteCast.AGAINST)]))
    minutes_service.update_minute(db, replace(minute, decisions=[decision]))


def test_export_import_export_gives_the_same_file_with_the_minutes(demo_db, elsewhere, tmp_path):
    named_vote(demo_db)
    first, second = tmp_path / "one" / "meeting.json", tmp_path / "two" / "meeting.json"
    export_meeting(demo_db, HELD, first)
    export_meeting(elsewhere, import_meeting(elsewhere, first), second)
    assert second.read_bytes() == first.read_bytes()
    assert '"vote": "against"' in first.read_text(encoding="utf-8")


def test_imported_minutes_belong_to_the_new_agenda_committee_and_search(demo_db, elsewhere):
    new = import_meeting_dict(elsewhere, meeting_to_dict(demo_db, HELD))
    agenda = {i.id: i.title for i in agenda_service.agenda(elsewhere, new)}
    minutes = minutes_service.get_minutes(elsewhere, new)
    assert [agenda[m.agenda_item_id] for m in minutes if m.agenda_item_id] == [
        m.title for m in minutes if m.kind.value == "item"]
    assert all(a.member_id for a in attendance_service.attendance(elsewhere, new))
    [declared] = attendance_service.declarations(elsewhere, new)
    assert agenda[declared.agenda_item_id] == declared.item_title
    assert len(action_service.actions_log(elsewhere, today=TODAY)) == 3
    hits = decision_search.search_minutes(elsewhere, "taster flats")
    assert hits and {h.match.meeting_id for h in hits} == {new}
    minutes_service.update_minute(elsewhere, replace(minutes[3], narrative="Still a draft."))


@pytest.fixture
def approved(demo_db):
    """The held meeting's minutes approved at the upcoming meeting, then corrected."""
    minutes_approval_service.approve_minutes(demo_db, HELD, UPCOMING, "Ben Tranter",
                                             "the spelling of a name", today=TODAY)
    minute = minutes_service.get_minutes(demo_db, HELD)[4]
    minutes_approval_service.correct_minute(
        demo_db, minute.id, minute.decisions[0].text + " (corrected)", "Minute 30, 3 March 2026",
        "Ben Tranter", decision_position=0, now=datetime(2026, 3, 3, 17, 45))
    return demo_db


def test_approved_minutes_travel_with_their_approval_and_corrections(approved):
    minutes = minutes_of(meeting_to_dict(approved, HELD))
    upcoming = meeting_to_dict(approved, UPCOMING)["meeting"]["date"]
    assert minutes["approval"] == {
        "approved_on": "2025-12-01", "at_meeting": upcoming,
        "reference": minutes_service.record(approved, HELD).approval_reference,
        "amendment": "the spelling of a name", "approved_by": "Ben Tranter"}
    assert minutes["approval"]["reference"].startswith("meeting of ")
    [correction] = minutes["minutes"][4]["corrections"]
    assert correction == {
        "field": "decision", "decision": 0, "original": correction["original"],
        "corrected": correction["original"] + " (corrected)",
        "reference": "Minute 30, 3 March 2026", "by": "Ben Tranter", "at": "2026-03-03T17:45:00"}


def test_approved_minutes_import_locked(approved, elsewhere):
    new = import_meeting_dict(elsewhere, meeting_to_dict(approved, HELD))
    record = minutes_service.record(elsewhere, new)
    assert record.locked and record.amendment == "the spelling of a name"
    minute = minutes_service.get_minutes(elsewhere, new)[4]
    with pytest.raises(ValidationError, match="are the signed record"):
        minutes_service.update_minute(elsewhere, replace(minute, narrative="Changed."))
    [correction] = minutes_approval_service.history(elsewhere, minute.id)
    assert correction.corrected == minute.decisions[0].text


def test_the_approving_meeting_is_found_by_its_date(approved, elsewhere, tmp_path):
    """Moving both meetings (the approving one first) keeps the link, and the file."""
    export_meeting(approved, UPCOMING, tmp_path / "upcoming.json")
    import_meeting(elsewhere, tmp_path / "upcoming.json")
    data = meeting_to_dict(approved, HELD)
    new = import_meeting_dict(elsewhere, data)
    assert meeting_to_dict(elsewhere, new) == data


def test_without_the_approving_meeting_the_approval_keeps_all_but_the_link(approved, elsewhere):
    data = meeting_to_dict(approved, HELD)
    again = minutes_of(meeting_to_dict(elsewhere, import_meeting_dict(elsewhere, data)))
    assert again["approval"] == {**minutes_of(data)["approval"], "at_meeting": None}
    assert again["minutes"] == minutes_of(data)["minutes"]


def test_a_version_2_file_imports_as_before_and_starts_no_minutes(db):
    fixture = FIXTURES / "meeting-v2.json"
    v2 = json.loads(fixture.read_text(encoding="utf-8"))
    assert v2["version"] == 2 and v2["meeting"]["status"] == "held"
    meeting_id = import_meeting(db, fixture)
    assert minutes_service.find_record(db, meeting_id) is None
    again = meeting_to_dict(db, meeting_id)
    assert again["meeting"].pop("minutes") is None
    assert {**again, "version": 2} == v2


def test_a_version_2_file_with_reports_and_appendices_imports_as_before(db):
    fixture = FIXTURES / "meeting-v2-reports.json"
    v2 = json.loads(fixture.read_text(encoding="utf-8"))
    meeting_id = import_meeting(db, fixture)  # its appendices are in the folder beside it
    assert len(report_service.list_reports(db, meeting_id)) == 5
    again = meeting_to_dict(db, meeting_id)
    assert again["meeting"].pop("minutes") is None
    assert {**again, "version": 2} == v2


@pytest.mark.parametrize("name", ["meeting-v1.json", "meeting-v2.json", "meeting-v2-reports.json"])
def test_files_of_every_version_validate_against_the_schema(name):
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    Draft202012Validator(meeting_schema()).validate(data)


def test_a_version_3_file_validates_against_the_schema(approved):
    Draft202012Validator(meeting_schema()).validate(meeting_to_dict(approved, HELD))


def test_the_schemas_minutes_choices_are_the_applications():
    from lscb_desktop.domain.actions import ActionStatus
    from lscb_desktop.domain.attendance import AttendanceStatus
    from lscb_desktop.domain.committee import MemberRole
    from lscb_desktop.domain.decisions import DecisionKind
    from lscb_desktop.domain.declarations import InterestKind
    from lscb_desktop.domain.minutes import CorrectedField, MinuteKind

    defs = meeting_schema()["$defs"]
    assert defs["member_role"]["enum"] == [r.value for r in MemberRole]
    assert defs["member_attendance"]["properties"]["status"]["enum"] == [
        s.value for s in AttendanceStatus]
    assert defs["declaration"]["properties"]["kind"]["enum"] == [k.value for k in InterestKind]
    assert defs["minute"]["properties"]["kind"]["enum"] == [k.value for k in MinuteKind]
    assert defs["decision"]["properties"]["kind"]["enum"] == [k.value for k in DecisionKind]
    named = defs["vote"]["properties"]["named"]["items"]["properties"]["vote"]["enum"]
    assert named == [c.value for c in VoteCast]
    assert defs["action"]["properties"]["status"]["enum"] == [s.value for s in ActionStatus]
    assert defs["correction"]["properties"]["field"]["enum"] == [f.value for f in CorrectedField]
