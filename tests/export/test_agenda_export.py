"""Given a meeting with its agenda, export_agenda writes a Word and a PDF front sheet that
both show the same agenda, in the layout councils publish."""

from datetime import date

import pytest

from lscb_desktop.services import agenda_service, export_service, meeting_service

from export_fixtures import VENUE, add_item, docx_text, pdf_text

READERS = {"docx": docx_text, "pdf": pdf_text}


def exported_text(db, meeting_id, out_dir, kind) -> str:
    written = export_service.export_agenda(db, meeting_id, out_dir)
    return READERS[kind](getattr(written, kind))


@pytest.fixture(params=sorted(READERS))
def kind(request):
    return request.param


def test_both_files_are_written_in_the_folder(db, meeting_id, tmp_path):
    written = export_service.export_agenda(db, meeting_id, tmp_path / "out")
    assert written == export_service.AgendaExport(
        docx=tmp_path / "out" / "agenda.docx", pdf=tmp_path / "out" / "agenda.pdf")
    assert written.docx.read_bytes()[:2] == b"PK"
    assert written.pdf.read_bytes()[:5] == b"%PDF-"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["agenda.docx", "agenda.pdf"]


def test_the_front_sheet_names_the_committee_date_time_venue_and_contact(
        db, meeting_id, tmp_path, kind):
    text = exported_text(db, meeting_id, tmp_path, kind)
    assert "Borsetshire Council" in text
    assert "Corporate Parenting Committee Agenda" in text
    assert "Date: Tuesday, 22nd January, 2019" in text
    assert "Time: 4.00 pm" in text
    assert f"Venue: {VENUE}" in text
    assert ("Contact: Ben Tranter, Democratic Services Officer, 01632 960104, "
            "ben.tranter@borsetshire.example") in text
    assert "The agenda is divided into 2 parts. Part 1 is taken in the presence" in text
    assert "PART 1 – MATTERS TO BE CONSIDERED WITH THE PUBLIC AND PRESS PRESENT" in text


def test_items_are_numbered_in_agenda_order_with_their_purpose_lines(
        db, meeting_id, tmp_path, kind):
    text = exported_text(db, meeting_id, tmp_path, kind)
    expected = [
        "1. Apologies for Absence",
        "2. Declarations of Interest To provide an opportunity for Members and Officers",
        "3. Minutes of Previous Meeting To approve the minutes of the meeting held on "
        "13 November 2018.",
        "4. Sufficiency Statement 2018-20 To consider the Sufficiency Statement for Cared for "
        "Children 2018-20.",
        "5. Corporate Parenting Scorecard Quarter 2 To consider the Corporate Parenting "
        "Scorecard Quarter 2.",
    ]
    positions = [text.find(line) for line in expected]
    assert -1 not in positions, [line for line in expected if line not in text]
    assert positions == sorted(positions)


def test_future_dates_are_listed_by_municipal_year(db, meeting_id, tmp_path, kind):
    text = exported_text(db, meeting_id, tmp_path, kind)
    assert ("The following dates have been agreed for the remainder of 2018/19: "
            "4.00 pm Tuesday 19 March 2019 4.00 pm Tuesday 23 April 2019 "
            "The following dates are proposed for 2019/20: "
            "4.00 pm Tuesday 16 July 2019") in text
    assert "13 November 2018 4.00 pm" not in text  # the past meeting is not a future date


def test_future_dates_are_left_out_when_the_meeting_does_not_list_them(
        db, meeting_id, tmp_path, kind):
    meeting = meeting_service.get_meeting(db, meeting_id)
    meeting.list_future_dates = False
    meeting_service.update_meeting(db, meeting)
    text = exported_text(db, meeting_id, tmp_path, kind)
    assert "The following dates" not in text
    assert "19 March 2019" not in text


def test_an_agenda_without_part_2_items_says_so(db, meeting_id, tmp_path, kind):
    text = exported_text(db, meeting_id, tmp_path, kind)
    assert text.endswith("THERE ARE NO PART 2 ITEMS")
    assert "PART 2 –" not in text
    assert "Section 100(A)4" not in text


def test_part_2_items_follow_the_exclusion_resolution_citing_their_paragraphs(
        db, meeting_id, tmp_path, kind):
    add_item(db, meeting_id, "Residential Homes Tenders",
             "To consider the tenders received.", part=2, paragraphs=[3])
    add_item(db, meeting_id, "A Child's Placement", "To consider a placement.",
             part=2, paragraphs=[1, 2])
    add_item(db, meeting_id, "Late Part 1 Report", "To note the report.")
    text = exported_text(db, meeting_id, tmp_path, kind)

    assert "THERE ARE NO PART 2 ITEMS" not in text
    part_2 = text.index("PART 2 – MATTERS TO BE CONSIDERED WITHOUT THE PUBLIC AND PRESS PRESENT")
    assert text.index("6. Late Part 1 Report") < part_2
    assert text.index("The following dates have been agreed") < part_2
    resolution = text.index(
        "To consider passing the following resolution: That under Section 100(A)4 of the "
        "Local Government Act 1972 the public and press be excluded from the meeting for the "
        "following items of business on the grounds that they involve the likely disclosure "
        "of exempt information as defined in Paragraphs 1, 2 and 3 of Part 1 of Schedule 12A "
        "to the Act and the public interest would not be served in publishing the information.")
    tenders = text.index(
        "7. Residential Homes Tenders To consider the tenders received. Exempt under "
        "Paragraph 3: Information relating to the financial or business affairs")
    placement = text.index(
        "8. A Child's Placement To consider a placement. Exempt under Paragraph 1: Information "
        "relating to any individual. Exempt under Paragraph 2: Information which is likely "
        "to reveal the identity of an individual.")
    assert part_2 < resolution < tenders < placement


def test_user_text_with_markup_characters_comes_out_literally(db, meeting_id, tmp_path, kind):
    add_item(db, meeting_id, "A&E <referral> pathways & \"waits\"",
             "To note <b>this</b> & the 'A&E' data.")
    text = exported_text(db, meeting_id, tmp_path, kind)
    assert "6. A&E <referral> pathways & \"waits\" To note <b>this</b> & the 'A&E' data." in text


def test_a_failed_export_leaves_the_previous_files_intact(db, meeting_id, tmp_path, monkeypatch):
    out = tmp_path / "agendas"
    first = export_service.export_agenda(db, meeting_id, out)
    before = first.docx.read_bytes(), first.pdf.read_bytes()
    add_item(db, meeting_id, "Item added after the first export")

    def broken_renderer(document, target):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(export_service, "render_pdf", broken_renderer)
    with pytest.raises(RuntimeError):
        export_service.export_agenda(db, meeting_id, out)
    # The Word file was rendered before the PDF failed, but neither replaced its predecessor.
    assert (first.docx.read_bytes(), first.pdf.read_bytes()) == before
    assert sorted(p.name for p in out.iterdir()) == ["agenda.docx", "agenda.pdf"]


def test_a_folder_that_cannot_be_written_gives_a_clear_message(db, meeting_id, tmp_path):
    blocker = tmp_path / "minutes.txt"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(export_service.ExportError) as raised:
        export_service.export_agenda(db, meeting_id, blocker / "agendas")
    message = str(raised.value)
    assert str(blocker / "agendas") in message
    assert "Choose a folder you can write to" in message
    assert isinstance(raised.value, ValueError)


def test_a_clerk_who_is_not_a_committee_officer_is_named_alone(db, committee_id, tmp_path, kind):
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 9, 17), clerk="Jo Bloggs")
    text = exported_text(db, mid, tmp_path, kind)
    assert "Contact: Jo Bloggs The agenda is divided" in text


def test_a_meeting_without_a_clerk_has_no_contact_line(db, committee_id, tmp_path, kind):
    mid = meeting_service.create_meeting(db, committee_id, date(2019, 9, 17))
    assert agenda_service.agenda(db, mid)
    assert "Contact:" not in exported_text(db, mid, tmp_path, kind)
