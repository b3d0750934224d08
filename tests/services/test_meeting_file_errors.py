"""A bad meeting file imports nothing, and its error names the place in the file and the
problem, so that whoever wrote it can put it right."""

import copy
import json

import pytest

from lscb_desktop.domain.agenda import ItemKind
from lscb_desktop.domain.committee import MemberRole, MinuteNumbering
from lscb_desktop.domain.meeting import MeetingStatus
from lscb_desktop.services import committee_service, meeting_service
from lscb_desktop.services.meeting_file_schema import meeting_schema
from lscb_desktop.services.meeting_file_service import (
    MeetingFileError,
    import_meeting,
    import_meeting_dict,
)

VALID = {
    "format": "lscb-meeting",
    "version": 1,
    "committee": {"name": "Corporate Parenting Committee", "members": [
        {"name": "Councillor Rosa Pennington", "role": "Chairman"},
        {"name": "Councillor David Okafor", "role": "Vice-Chairman"},
    ]},
    "meeting": {"date": "2019-01-22", "start_time": "16:00", "venue": "Committee Room 2", "items": [
        {"title": "Apologies for Absence", "purpose": "", "part": 1, "exempt_paragraphs": [],
         "kind": "standard", "standard_key": "apologies"},
        {"title": "Scorecard", "purpose": "To consider the scorecard.", "part": 1,
         "exempt_paragraphs": []},
        {"title": "Tenders", "purpose": "To consider the tenders.", "part": 2,
         "exempt_paragraphs": [3]},
    ]},
}


def changed(path: str, value=None, *, delete=False) -> dict:
    """VALID with the value at "meeting.items[2].part"-style `path` replaced or deleted."""
    data = copy.deepcopy(VALID)
    keys = [int(k) if k.isdigit() else k for k in path.replace("[", ".").replace("]", "").split(".")]
    parent = data
    for key in keys[:-1]:
        parent = parent[key]
    if delete:
        del parent[keys[-1]]
    else:
        parent[keys[-1]] = value
    return data


def nothing_imported(db) -> bool:
    return not committee_service.list_committees(db) and not meeting_service.list_meetings(db)


@pytest.mark.parametrize("data, field, message", [
    (changed("meeting.items[2].part", 3), "meeting.items[2].part", "must be 1 or 2, not 3"),
    (changed("meeting.date", "2019-02-30"), "meeting.date", "'2019-02-30' is not a date (YYYY-MM-DD)"),
    (changed("meeting.date", "22/01/2019"), "meeting.date", "'22/01/2019' is not a date (YYYY-MM-DD)"),
    (changed("meeting.start_time", "4pm"), "meeting.start_time", "'4pm' is not a time (HH:MM"),
    (changed("meeting.items[2].exempt_paragraphs", []), "meeting.items[2].exempt_paragraphs",
     "'Tenders' is a Part 2 item: cite at least one Schedule 12A paragraph"),
    (changed("meeting.items[1].exempt_paragraphs", [1]), "meeting.items[1].exempt_paragraphs",
     "'Scorecard' is a Part 1 item and cannot cite exempt paragraphs"),
    (changed("meeting.items[2].exempt_paragraphs", [9]), "meeting.items[2].exempt_paragraphs[0]",
     "must be 1, 2, 3, 4, 5, 6 or 7, not 9"),
    (changed("meeting.items[2].exempt_paragraphs", [3, 3]), "meeting.items[2].exempt_paragraphs",
     "lists 3 more than once"),
    (changed("committee.members[1].role", "Mayor"), "committee.members[1].role",
     "must be 'Chairman', 'Vice-Chairman', 'Member', 'Co-opted member' or 'Substitute', not 'Mayor'"),
    (changed("format", "lscb-report"), "format",
     "must be 'lscb-meeting', not 'lscb-report': this is not an LSCB Desktop meeting file"),
    (changed("format", delete=True), "format", "is missing: this is not an LSCB Desktop meeting file"),
    (changed("version", 7), "version", "the file was written by a newer version of LSCB Desktop "
     "(format version 7); update LSCB Desktop to import it"),
    (changed("version", "1"), "version", "must be a whole number from 1, not '1'"),
    (changed("meeting.venue", "  "), "meeting.venue", "must not be blank"),
    (changed("meeting.items[0].title", delete=True), "meeting.items[0].title", "is missing"),
    (changed("meeting.items[1].titel", "x"), "meeting.items[1].titel",
     "is not a key this format knows: correct its spelling or remove it"),
    (changed("meeting.items", {}), "meeting.items", "must be a list ([...]), not an object"),
    (changed("meeting.list_future_dates", "yes"), "meeting.list_future_dates",
     "must be true or false, not the text 'yes'"),
    (changed("meeting.status", "published"), "meeting.status", "not 'published'"),
    (changed("meeting.published_on", "2019-01-11"), "meeting.published_on",
     "a draft meeting has not been published"),
    (changed("meeting.items[0].standard_key", None), "meeting.items[0].standard_key",
     "a standard item names its key"),
    (changed("meeting.items[1]", {"title": "Update", "purpose": "", "part": 1, "exempt_paragraphs": [],
                                  "kind": "verbal", "standard_key": "minutes"}),
     "meeting.items[1].standard_key", "only standard items have a key, and this one is a verbal item"),
    (changed("committee.members[0]", {"name": "A Member", "role": "Member",
                                      "start_date": "2018-05-15", "end_date": "2018-05-01"}),
     "committee.members[0].end_date", "A Member's membership ends before it starts"),
])
def test_a_bad_file_is_refused_naming_the_field_and_the_problem(db, data, field, message):
    with pytest.raises(MeetingFileError) as err:
        import_meeting_dict(db, data)
    assert err.value.field == field
    assert message in err.value.problem
    assert str(err.value) == f"{field}: {err.value.problem}"
    assert nothing_imported(db)


def test_a_file_that_is_not_an_object_is_refused(db):
    with pytest.raises(MeetingFileError, match="holds a list, not a meeting"):
        import_meeting_dict(db, [VALID])


def test_a_problem_late_in_the_file_undoes_the_committee_it_would_have_created(db):
    data = changed("meeting.venue", "Committee Room 2")
    data["meeting"]["items"][2]["exempt_paragraphs"] = []
    with pytest.raises(MeetingFileError):
        import_meeting_dict(db, data)
    assert nothing_imported(db)


def test_a_failure_while_writing_rolls_back_everything(db, monkeypatch):
    from lscb_desktop.store import agenda_repo

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(agenda_repo, "replace_all", broken)
    with pytest.raises(OSError):
        import_meeting_dict(db, VALID)
    assert nothing_imported(db)


@pytest.mark.parametrize("content, message", [
    (b'{"format": "lscb-meeting",\n  "version": 1,,\n}', "is not valid JSON: Expecting property "
     "name enclosed in double quotes at line 2, column 16"),
    ("{\"format\": \"Pwyllgor ŵ\"}".encode("utf-16"), "is not UTF-8 text (byte 0 cannot be read)"),
])
def test_a_file_that_cannot_be_read_says_why_and_where(db, tmp_path, content, message):
    path = tmp_path / "meeting.json"
    path.write_bytes(content)
    with pytest.raises(MeetingFileError) as err:
        import_meeting(db, path)
    assert message in str(err.value)
    assert err.value.field is None
    assert nothing_imported(db)


def test_a_missing_file_or_a_folder_is_named(db, tmp_path):
    with pytest.raises(MeetingFileError, match="meeting.json' does not exist: check its name"):
        import_meeting(db, tmp_path / "meeting.json")
    with pytest.raises(MeetingFileError, match="is a folder: choose the meeting file"):
        import_meeting(db, tmp_path)


def test_a_file_saved_with_a_byte_order_mark_imports(db, tmp_path):
    path = tmp_path / "meeting.json"
    path.write_bytes(json.dumps(VALID, ensure_ascii=False).encode("utf-8-sig"))
    assert meeting_service.get_meeting(db, import_meeting(db, path)).venue == "Committee Room 2"


def test_the_schemas_choices_are_the_applications():
    defs = meeting_schema()["$defs"]
    assert defs["member"]["properties"]["role"]["enum"] == [r.value for r in MemberRole]
    assert defs["item"]["properties"]["kind"]["enum"] == [k.value for k in ItemKind]
    assert defs["meeting"]["properties"]["status"]["enum"] == [s.value for s in MeetingStatus]
    assert defs["committee"]["properties"]["minute_numbering"]["enum"] == [
        n.value for n in MinuteNumbering]
