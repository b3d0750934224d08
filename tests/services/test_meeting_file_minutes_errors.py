"""Minutes in a meeting file (version 3): a small file with only the keys that matter imports
whole, and a file whose minutes break a rule imports nothing, naming the place and the way out."""

import copy

import pytest

from lscb_desktop.domain.attendance import AttendanceStatus
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.services import (
    action_service, attendance_service, committee_service, meeting_service,
    minutes_approval_service, minutes_service,
)
from lscb_desktop.services.meeting_file_service import MeetingFileError, import_meeting_dict

CORRECTION = {"field": "decision", "decision": 0, "original": "That the report be noted.",
              "corrected": "That the report be noted, with thanks.",
              "reference": "Minute 31, 19 March 2019", "by": "Ben Tranter",
              "at": "2019-03-19T18:02:00"}

DRAFT = {
    "format": "lscb-meeting",
    "version": 3,
    "committee": {"name": "Corporate Parenting Committee", "members": [
        {"name": "Councillor Rosa Pennington", "role": "Chairman"},
        {"name": "Councillor David Okafor", "role": "Member"},
    ]},
    "meeting": {
        "date": "2019-01-22", "start_time": "16:00", "venue": "Committee Room 2",
        "status": "held", "published_on": "2019-01-11",
        "items": [
            {"title": "Apologies for Absence", "purpose": "", "part": 1, "exempt_paragraphs": [],
             "standard_key": "apologies"},
            {"title": "Scorecard", "purpose": "", "part": 1, "exempt_paragraphs": []},
            {"title": "Tenders", "purpose": "", "part": 2, "exempt_paragraphs": [3]},
        ],
        "minutes": {
            "first_number": 18, "commenced": "16:00", "concluded": "18:10",
            "attendance": {
                "members": [
                    {"name": "Councillor Rosa Pennington", "role": "Chairman"},
                    {"name": "Councillor  david okafor", "status": "substituted",
                     "substitute": "Councillor Jo Bell"}],
                "officers": [{"name": "Ben Tranter", "capacity": "Democratic Services Officer"}],
            },
            "declarations": [{"member": "Councillor David Okafor", "item": 1,
                              "item_title": "Scorecard", "kind": "non_registrable"}],
            "minutes": [
                {"number": 18, "title": "Apologies for Absence", "standard_key": "apologies",
                 "item": 0, "narrative": "Apologies for absence were received from Councillor "
                 "David Okafor."},
                {"number": 19, "title": "Scorecard", "item": 1,
                 "decisions": [{"text": "That the report be noted.",
                                "vote": {"for": 5, "against": 1, "abstentions": 0}}],
                 "actions": [{"description": "Circulate the scorecard", "owner": "Ben Tranter",
                              "due": "2019-02-01"}]},
                {"number": 20, "kind": "exclusion", "title": "Exclusion of the Press and Public",
                 "decisions": [{"text": "That the press and public be excluded."}]},
                {"number": 21, "title": "Tenders", "part": 2, "exempt_paragraphs": [3],
                 "item": 2, "decisions": [{"kind": "recommended", "recommend_to": "Cabinet",
                                           "text": "That the tender be awarded."}]},
            ],
        },
    },
}


def approved_file() -> dict:
    data = copy.deepcopy(DRAFT)
    data["meeting"]["status"] = "minutes_approved"
    data["meeting"]["minutes"]["approval"] = {"approved_on": "2019-03-19",
                                              "at_meeting": "2019-03-19"}
    data["meeting"]["minutes"]["minutes"][1]["corrections"] = [CORRECTION]
    return data


APPROVED = approved_file()


def changed(base: dict, path: str, value=None, *, delete=False) -> dict:
    """`base` with the value at a "meeting.minutes.minutes[1].number"-style path replaced."""
    data = copy.deepcopy(base)
    keys = [int(k) if k.isdigit() else k for k in path.replace("[", ".").replace("]", "").split(".")]
    parent = data
    for key in keys[:-1]:
        parent = parent[key]
    if delete:
        del parent[keys[-1]]
    else:
        parent[keys[-1]] = value
    return data


def test_a_small_file_imports_its_minutes_with_the_defaults(db):
    meeting_id = import_meeting_dict(db, DRAFT)
    minutes = minutes_service.get_minutes(db, meeting_id)
    assert [(m.number, m.title) for m in minutes][1:3] == [
        (19, "Scorecard"), (20, "Exclusion of the Press and Public")]
    assert minutes[1].decisions[0].vote.sentence() == "For 5, against 1, abstentions 0."
    [action] = action_service.actions_for_minute(db, minutes[1].id)
    assert (action.owner, action.due.isoformat()) == ("Ben Tranter", "2019-02-01")
    chair, substituted = attendance_service.attendance(db, meeting_id)
    assert chair.status is AttendanceStatus.PRESENT and chair.member_id
    assert substituted.substitute == "Councillor Jo Bell"
    assert substituted.member_id  # matched to the member, spacing and capitals aside
    assert not minutes_service.record(db, meeting_id).locked


def test_approved_minutes_import_locked_with_their_corrections(db):
    meeting_id = import_meeting_dict(db, APPROVED)
    record = minutes_service.record(db, meeting_id)
    assert record.locked and record.approved_at_meeting_id is None  # no meeting on that date
    scorecard = minutes_service.get_minutes(db, meeting_id)[1]
    [correction] = minutes_approval_service.history(db, scorecard.id)
    assert correction.original == "That the report be noted."
    with pytest.raises(ValidationError, match="are the signed record"):
        minutes_service.set_times(db, meeting_id, None, None)


def nothing_imported(db) -> bool:
    return not committee_service.list_committees(db) and not meeting_service.list_meetings(db)


M = "meeting.minutes"


@pytest.mark.parametrize("data, field, message", [
    (changed(DRAFT, f"{M}.minutes[1].number", 23), f"{M}.minutes[1].number",
     "must be 19, not 23: minutes are numbered on from first_number (18) in the order the "
     "items were taken"),
    (changed(DRAFT, f"{M}.first_number", 0), f"{M}.first_number", "must be at least 1, not 0"),
    (changed(DRAFT, f"{M}.minutes", delete=True), f"{M}.minutes", "is missing"),
    (changed(DRAFT, f"{M}.minutes[1].colour", "red"), f"{M}.minutes[1].colour",
     "is not a key this format knows"),
    (changed(DRAFT, f"{M}.minutes[0].title", " "), f"{M}.minutes[0].title", "must not be blank"),
    (changed(DRAFT, f"{M}.minutes[1].item", 5), f"{M}.minutes[1].item",
     "there is no agenda item 5: meeting.items has 3 item(s), counted from 0"),
    (changed(DRAFT, f"{M}.minutes[2].item", 1), f"{M}.minutes[2].item",
     "the exclusion resolution is not the minute of an agenda item: make its item null"),
    (changed(DRAFT, f"{M}.minutes[3].item", 1), f"{M}.minutes[3].item",
     f"agenda item 1 already has its minute ({M}.minutes[1])"),
    (changed(DRAFT, f"{M}.concluded", "15:00"), f"{M}.concluded",
     "The meeting cannot conclude at 3.00 pm before it commenced at 4.00 pm"),
    (changed(DRAFT, f"{M}.attendance.members[1].substitute", ""),
     f"{M}.attendance.members[1].substitute", "was substituted: enter the name of the substitute"),
    (changed(DRAFT, f"{M}.attendance.members[0].status", "late"),
     f"{M}.attendance.members[0].status",
     "must be 'present', 'apologies', 'absent' or 'substituted', not 'late'"),
    (changed(DRAFT, f"{M}.declarations[0].item", 3), f"{M}.declarations[0].item",
     "there is no agenda item 3"),
    (changed(DRAFT, f"{M}.minutes[1].decisions[0].vote.named", [{"name": "A", "vote": "against"}]),
     f"{M}.minutes[1].decisions[0].vote", "The named vote does not match the counts"),
    (changed(DRAFT, f"{M}.minutes[3].decisions[0].recommend_to", ""),
     f"{M}.minutes[3].decisions[0].recommend_to", "A recommendation must say whom it goes to"),
    (changed(DRAFT, f"{M}.minutes[1].decisions[0].text", ""), f"{M}.minutes[1].decisions[0].text",
     "A decision needs its text"),
    (changed(DRAFT, f"{M}.minutes[1].actions[0].owner", " "), f"{M}.minutes[1].actions[0].owner",
     "needs an owner: enter who will do it"),
    (changed(DRAFT, f"{M}.minutes[1].actions[0].due", "2019-02-30"),
     f"{M}.minutes[1].actions[0].due", "'2019-02-30' is not a date (YYYY-MM-DD)"),
    (changed(DRAFT, f"{M}.minutes[1].corrections", [CORRECTION]), f"{M}.minutes[1].corrections[0]",
     "corrections are made only to approved minutes, and these have no approval"),
    (changed(DRAFT, f"{M}.approval", {"approved_on": "2019-03-19"}), f"{M}.approval",
     "the minutes are approved, so the meeting's status must be 'minutes_approved', not 'held'"),
    (changed(APPROVED, f"{M}.approval.at_meeting", "2018-11-13"), f"{M}.approval.at_meeting",
     "are approved at that meeting or a later one, not on 2018-11-13"),
    (changed(APPROVED, f"{M}.minutes[1].corrections[0].decision", 3),
     f"{M}.minutes[1].corrections[0].decision", "the minute has 1 decision(s), counted from 0"),
    (changed(APPROVED, f"{M}.minutes[1].corrections[0].field", "narrative"),
     f"{M}.minutes[1].corrections[0].decision", "a correction of the narrative names no decision"),
    (changed(APPROVED, f"{M}.minutes[1].corrections[0].at", "yesterday"),
     f"{M}.minutes[1].corrections[0].at", "'yesterday' is not a date and time"),
    (changed(APPROVED, f"{M}.minutes[1].corrections[0].reference", ""),
     f"{M}.minutes[1].corrections[0].resolution_reference",
     "needs the resolution that authorised it"),
])
def test_bad_minutes_are_refused_naming_the_field_and_the_way_out(db, data, field, message):
    with pytest.raises(MeetingFileError) as err:
        import_meeting_dict(db, data)
    assert err.value.field == field
    assert message in err.value.problem
    assert nothing_imported(db)


def test_a_failure_while_writing_the_minutes_rolls_back_everything(db, monkeypatch):
    from lscb_desktop.store import action_repo

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(action_repo, "insert_all", broken)
    with pytest.raises(OSError):
        import_meeting_dict(db, DRAFT)
    assert nothing_imported(db)
    assert db.execute("SELECT count(*) FROM minutes").fetchone()[0] == 0
