"""Given the demo's held meeting, export_minutes writes minutes.docx and minutes.pdf that
both read as the council's minutes: heading, PRESENT, numbered minutes, RESOLVED text, the
exclusion resolution, the times and the signature, marked DRAFT until approved."""

import re
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.services import (
    demo_service, meeting_service, minutes_approval_service, minutes_export_service,
)
from lscb_desktop.services.export_service import ExportError

VML = "urn:schemas-microsoft-com:vml"

TODAY = date(2026, 11, 22)  # the held meeting falls on Tuesday 20 October 2026


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def docx_text(path) -> str:
    return flat(" ".join(p.text for p in docx.Document(str(path)).paragraphs))


def docx_header(path) -> str:
    return flat(" ".join(p.text for p in docx.Document(str(path)).sections[0].header.paragraphs))


def docx_watermarks(path) -> list[str]:
    """The text of each watermark shape in the header, as Word's Design > Watermark makes
    them (a WordArt text path named PowerPlusWaterMarkObject...)."""
    header = docx.Document(str(path)).sections[0].header._element
    return [shape.find(f"{{{VML}}}textpath").get("string")
            for shape in header.iter(f"{{{VML}}}shape")
            if shape.get("id", "").startswith("PowerPlusWaterMarkObject")]


def pdf_pages(path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(str(path)).pages]


def pdf_text(path) -> str:
    """Without the page footers and the watermark, which would split phrases."""
    return flat(re.sub(r"Page \d+|DRAFT", " ", " ".join(pdf_pages(path))))


@pytest.fixture
def meetings(db):
    cid = demo_service.load_demo(db, TODAY)
    held, upcoming = [s.meeting for s in meeting_service.list_meetings(db, cid)][:2]
    return held, upcoming


@pytest.fixture
def exported(db, meetings, tmp_path):
    return minutes_export_service.export_minutes(db, meetings[0].id, tmp_path / "out")


@pytest.fixture(params=["docx", "pdf"])
def text(request, exported):
    return {"docx": docx_text, "pdf": pdf_text}[request.param](getattr(exported, request.param))


def test_both_files_are_written_in_the_folder(exported, tmp_path):
    assert exported == minutes_export_service.MinutesExport(
        docx=tmp_path / "out" / "minutes.docx", pdf=tmp_path / "out" / "minutes.pdf")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["minutes.docx", "minutes.pdf"]


def test_the_heading_and_present_name_the_meeting_and_who_attended(text):
    assert text.startswith("Borsetshire Council Corporate Parenting Committee Minutes of a "
                           "meeting of the Corporate Parenting Committee held on Tuesday, 20th "
                           "October, 2026 at Committee Room 2, Shire Hall")
    assert ("PRESENT Councillor Rosa Pennington (Chairman) Councillor David Okafor "
            "(Vice-Chairman) Councillors Ann Fairweather, Priya Desai and Tom Whitlock "
            "Councillor Martin Hale (substitute for Councillor Graham Lowe) "
            "Officers in attendance Sarah Lindqvist, Director of Children's Social Care") in text
    assert "Also present Kayleigh Booth, Participation Worker, Children in Care Council" in text


def test_minutes_are_numbered_in_order_with_their_decisions(text):
    titles = ["APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "MINUTES OF PREVIOUS MEETING",
              "CORPORATE PARENTING UPDATE FROM ELECTED MEMBERS",
              "VOICE OF CHILDREN AND YOUNG PEOPLE", "VIRTUAL SCHOOL HEADTEACHER'S ANNUAL REPORT",
              "CORPORATE PARENTING STRATEGY 2026-28", "EXCLUSION OF THE PRESS AND PUBLIC",
              "CHILDREN PLACED OUTSIDE THE BOROUGH: INDIVIDUAL REVIEWS"]
    places = [text.index(f"{number} {title}") for number, title in enumerate(titles, start=12)]
    assert places == sorted(places)
    assert ("RESOLVED – (1) That the update be noted. (2) That officers report to the next "
            "meeting") in text
    assert "RECOMMENDED to Cabinet – That the Corporate Parenting Strategy 2026-28 be adopted." \
        in text
    assert ("RESOLVED – That the press and public be excluded from the meeting during "
            "consideration of the following item pursuant to Section 100A(4) of the Local "
            "Government Act 1972") in text
    assert text.index("EXCLUSION OF THE PRESS") < text.index("CHILDREN PLACED OUTSIDE")


def test_the_minutes_end_with_the_times_and_the_signature(text):
    assert re.search(r"The meeting commenced at 4\.00 pm and concluded at 6\.05 pm "
                     r"Signed _+ Councillor Rosa Pennington \(Chairman\)$", text)


def test_draft_minutes_are_marked_draft_on_every_page_until_approved(db, meetings, exported,
                                                                     tmp_path):
    pages = pdf_pages(exported.pdf)
    assert len(pages) > 1 and all("DRAFT" in page for page in pages)
    assert docx_watermarks(exported.docx) == ["DRAFT"]
    assert docx_header(exported.docx) == ""  # a shape behind the text, not a line of text

    held, upcoming = meetings
    minutes_approval_service.approve_minutes(db, held.id, upcoming.id, "Ben Tranter",
                                             today=TODAY)
    approved = minutes_export_service.export_minutes(db, held.id, tmp_path / "approved")
    assert not any("DRAFT" in page for page in pdf_pages(approved.pdf))
    assert docx_watermarks(approved.docx) == []


def test_the_files_carry_the_title_author_and_language(exported):
    properties = docx.Document(str(exported.docx)).core_properties
    title = "Corporate Parenting Committee - Minutes - 20 October 2026"
    assert (properties.title, properties.author, properties.language) == (
        title, "Borsetshire Council", "en-GB")
    metadata = PdfReader(str(exported.pdf)).metadata
    assert (metadata.title, metadata.author) == (title, "Borsetshire Council")


def test_minutes_not_started_cannot_be_exported(db, meetings, tmp_path):
    with pytest.raises(ValidationError, match="start them from the agenda"):
        minutes_export_service.export_minutes(db, meetings[1].id, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_folder_that_cannot_be_written_keeps_nothing_half_written(db, meetings, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(ExportError, match="The minutes could not be saved"):
        minutes_export_service.export_minutes(db, meetings[0].id, blocked / "out")
