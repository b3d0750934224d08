"""A meeting file whose report is wrong imports nothing, and the error names the place in the
file ("meeting.items[4].report.sections[2].blocks[0].kind") and the way out."""

import copy
import hashlib

import pytest

from lscb_desktop.domain.report import ReportStatus
from lscb_desktop.domain.report_appendices import AppendixKind
from lscb_desktop.domain.report_blocks import BLOCK_TYPES
from lscb_desktop.domain.scorecard import Direction, Polarity, Rag
from lscb_desktop.services import committee_service, meeting_service, report_service
from lscb_desktop.services.meeting_file_schema import meeting_schema
from lscb_desktop.services.meeting_file_service import (
    MeetingFileError, export_meeting, import_meeting, import_meeting_dict,
)
from lscb_desktop.store import appendix_repo

from meeting_file_fixtures import (  # noqa: F401 (fixtures)
    block_path, demo_db, demo_file, elsewhere, item_with_report,
)

VERBAL = 3  # "Corporate Parenting Update from Elected Members"
PLACEMENT = 4  # its report is in the committee-report style
HEALTH = 6  # its report has Appendix A, a PDF
DELETE = object()  # in CASES: remove the key


def edited(data: dict, path: str, value) -> dict:
    """A copy of `data` with the value at a "meeting.items[4].report.status"-style path
    replaced, or deleted (value DELETE)."""
    data = copy.deepcopy(data)
    steps = path.replace("[", ".").replace("]", "").split(".")
    keys = [int(k) if k.isdigit() else k for k in steps]
    parent = data
    for key in keys[:-1]:
        parent = parent[key]
    if value is DELETE:
        del parent[keys[-1]]
    else:
        parent[keys[-1]] = value
    return data


def nothing_imported(db) -> bool:
    return (not committee_service.list_committees(db) and not meeting_service.list_meetings(db)
            and not report_service.list_reports(db) and db["appendix_files"].count == 0)


def scorecard(data: dict) -> str:
    item, section, block = block_path(data, "scorecard")
    return f"meeting.items[{item}].report.sections[{section}].blocks[{block}]"


REPORT = f"meeting.items[{PLACEMENT}].report"
APPENDIX = f"meeting.items[{HEALTH}].report.appendices[0]"
CASES = [
    # (path to change, new value, field named, words of the problem)
    (f"{REPORT}.sections[2].blocks[0].kind", "para", f"{REPORT}.sections[2].blocks[0].kind",
     "must be 'paragraph', 'bullet-list', 'numbered-list', 'subheading', 'scorecard', "
     "'action-plan' or 'plain-table', not 'para'"),
    (f"{REPORT}.sections[2].blocks[0].numbered", "yes", f"{REPORT}.sections[2].blocks[0].numbered",
     "must be true or false, not the text 'yes'"),
    (f"{REPORT}.sections[2].blocks[0].colour", "red", f"{REPORT}.sections[2].blocks[0].colour",
     "is not a key this format knows: correct its spelling or remove it (the keys here are "
     "kind, text, numbered)"),
    (f"{REPORT}.sections[1].key", " ", f"{REPORT}.sections[1].key", "must not be blank"),
    (f"{REPORT}.status", "approved", f"{REPORT}.status",
     "must be 'draft', 'submitted', 'cleared' or 'published', not 'approved'"),
    (f"{REPORT}.template_id", "house-style-2030", f"{REPORT}.template_id",
     "the report is written in the template 'house-style-2030', which this database does not "
     "have: import that template file first"),
    (f"{REPORT}.header.favourite_colour", "green", REPORT,
     "the report has text in the header field 'favourite_colour', which the template "
     "'committee-report' in this database has no place for"),
    (f"meeting.items[{VERBAL}].report", {"template_id": "committee-report"},
     f"meeting.items[{VERBAL}].report",
     "is a verbal update, which has no report: remove the report, or make the item's kind"),
    (f"{APPENDIX}.letter", "B", f"{APPENDIX}.letter",
     "must be 'A', not 'B': appendices are lettered in their order"),
    (f"{APPENDIX}.kind", "docx", f"{APPENDIX}.kind", "is not a DOCX file by its name"),
    (f"{APPENDIX}.sha256", "ABC", f"{APPENDIX}.sha256",
     "'ABC' is not a SHA-256 checksum (64 lower-case hexadecimal digits)"),
    (f"{APPENDIX}.file_name", "../../secret.pdf", f"{APPENDIX}.file_name",
     "is not a file name (not blank, no folder)"),
    (f"{APPENDIX}.sha256", DELETE, f"{APPENDIX}.sha256", "is missing: add it"),
    (f"{APPENDIX}.title", " ", f"{APPENDIX}.title", "needs a title: say what the document is"),
    (APPENDIX, None, f"{APPENDIX}", "must be an object ({...}), not null"),
]


@pytest.mark.parametrize("path, value, field, problem", CASES, ids=[c[0] for c in CASES])
def test_a_bad_report_is_refused_naming_the_field(elsewhere, demo_file, path, value, field,
                                                  problem):
    data = edited(demo_file, path, value)
    with pytest.raises(MeetingFileError) as err:
        import_meeting_dict(elsewhere, data)
    assert err.value.field == field
    assert problem in err.value.problem
    assert nothing_imported(elsewhere)


def test_a_bad_scorecard_value_is_named_down_to_its_row(elsewhere, demo_file):
    data = edited(demo_file, f"{scorecard(demo_file)}.rows[0].rag", "Purple")
    with pytest.raises(MeetingFileError) as err:
        import_meeting_dict(elsewhere, data)
    assert err.value.field == f"{scorecard(demo_file)}.rows[0].rag"
    assert err.value.problem == "must be 'Red', 'Amber', 'Green' or null, not 'Purple'"


def test_an_appendix_listed_twice_is_refused(elsewhere, demo_file):
    appendices = f"meeting.items[{HEALTH}].report.appendices"
    entry = edited(demo_file, f"{APPENDIX}.letter", "B")
    data = edited(demo_file, appendices, [
        demo_file["meeting"]["items"][HEALTH]["report"]["appendices"][0],
        entry["meeting"]["items"][HEALTH]["report"]["appendices"][0],
    ])
    with pytest.raises(MeetingFileError) as err:
        import_meeting_dict(elsewhere, data)
    assert err.value.field == f"{appendices}[1].sha256"
    assert "is the same file as Appendix A" in err.value.problem


def test_an_appendix_file_that_is_nowhere_to_be_found_is_named_with_the_way_out(
        elsewhere, demo_file, tmp_path):
    with pytest.raises(MeetingFileError) as err:
        import_meeting_dict(elsewhere, demo_file, [tmp_path / "appendices", tmp_path])
    assert err.value.field == APPENDIX
    assert err.value.problem.startswith(
        "the appendix file 'health-of-children-in-care-annual-report.pdf' (SHA-256 ")
    assert f"is neither in this database nor in '{tmp_path / 'appendices'}' or '{tmp_path}'" in (
        err.value.problem)
    assert f"put it in '{tmp_path / 'appendices'}', or remove the appendix" in err.value.problem
    assert nothing_imported(elsewhere)


def test_a_file_of_the_right_name_but_other_content_is_not_taken(elsewhere, demo_file, tmp_path):
    (tmp_path / "health-of-children-in-care-annual-report.pdf").write_bytes(b"%PDF-1.4 other")
    with pytest.raises(MeetingFileError, match="is neither in this database nor in"):
        import_meeting_dict(elsewhere, demo_file, [tmp_path])
    assert nothing_imported(elsewhere)


def test_an_appendix_file_that_is_not_what_it_claims_is_refused(elsewhere, demo_file, tmp_path):
    bogus = b"not a PDF at all"
    sha = hashlib.sha256(bogus).hexdigest()
    (tmp_path / "health-of-children-in-care-annual-report.pdf").write_bytes(bogus)
    data = edited(demo_file, f"{APPENDIX}.sha256", sha)
    with pytest.raises(MeetingFileError) as err:
        import_meeting_dict(elsewhere, data, [tmp_path])
    assert err.value.field == APPENDIX
    assert "it is not a PDF" in err.value.problem
    assert nothing_imported(elsewhere)


def test_a_failure_while_writing_the_reports_rolls_back_everything(demo_db, elsewhere,
                                                                   monkeypatch, tmp_path):
    path = tmp_path / "meeting.json"
    export_meeting(demo_db, 2, path)

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(appendix_repo, "replace_all", broken)
    with pytest.raises(OSError):
        import_meeting(elsewhere, path)
    assert nothing_imported(elsewhere)


def test_the_schemas_report_choices_are_the_applications():
    defs = meeting_schema()["$defs"]
    assert defs["block"]["properties"]["kind"]["enum"] == list(BLOCK_TYPES)
    assert [rule["then"]["$ref"].rsplit("/", 1)[1] for rule in defs["block"]["allOf"]] == list(
        BLOCK_TYPES)
    assert defs["report"]["properties"]["status"]["enum"] == [s.value for s in ReportStatus]
    assert defs["appendix"]["properties"]["kind"]["enum"] == [k.value for k in AppendixKind]
    row = defs["scorecard"]["properties"]["rows"]["items"]["properties"]
    assert row["polarity"]["enum"] == [p.value for p in Polarity] + [None]
    assert row["rag"]["enum"] == [r.value for r in Rag] + [None]
    assert row["direction"]["enum"] == [d.value for d in Direction] + [None]
