"""Given a meeting, build_public_pack writes the agenda pack as councils publish it: the front
sheet with each item's pages, the draft minutes of the committee's previous meeting, then each
Part 1 report with its appendices; never a Part 2 paper, whose item the front sheet lists by
title and exemption paragraph only. build_confidential_pack holds the Part 2 papers only,
every page marked NOT FOR PUBLICATION with the Schedule 12A paragraphs."""

import itertools
from datetime import date, timedelta
from io import BytesIO

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.errors import ValidationError
from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.services import (
    agenda_service, appendix_service, committee_service, demo_service, meeting_service,
    pack_service, report_service,
)
from lscb_desktop.store.connection import open_database
from tests.export.pack_reading import PackText, appendix_pdf, flat, outline

TODAY = date(2026, 11, 22)  # the demo's upcoming meeting is on Tuesday 22 December 2026
PART_2_TITLE = "Recommissioning of Residential Children's Homes"


@pytest.fixture(scope="module")
def demo_packs(tmp_path_factory):
    """The demo's upcoming meeting built once as public and confidential packs."""
    folder = tmp_path_factory.mktemp("demo-pack")
    db = open_database(folder / "demo.db")
    committee_id = demo_service.load_demo(db, TODAY)
    upcoming = [s.meeting for s in meeting_service.list_meetings(db, committee_id)][1]
    public = pack_service.build_public_pack(db, upcoming.id, folder / pack_service.PACK_PDF)
    confidential = pack_service.build_confidential_pack(
        db, upcoming.id, folder / pack_service.CONFIDENTIAL_PACK_PDF)
    part_2 = next(s for s in report_service.list_reports(db, upcoming.id) if s.part == 2)
    part_2_report = report_service.get_report(db, part_2.id)
    yield ((public, PackText(PdfReader(public.path))),
           (confidential, PackText(PdfReader(confidential.path))), part_2_report)
    db.close()


def paragraphs_of(report) -> list[str]:
    return [block.text for section in report.sections for block in section.blocks
            if isinstance(block, Paragraph)]


def test_the_demo_pack_has_front_sheet_minutes_reports_and_appendix(demo_packs):
    (public, pack_text), _, _ = demo_packs
    reader = PdfReader(public.path)
    front_pages = public.layout.front_sheet.last
    marks = pack_text.item_mark_pages()
    assert {n: first for n, (first, _) in pack_text.front_sheet_ranges(front_pages).items()} \
        == marks
    assert list(marks) == [3, 5, 7, 8, 9]  # minutes, then the Part 1 reports in order
    assert "Minutes of a meeting of the Corporate Parenting Committee" in pack_text.text(
        marks[3], marks[3])
    assert pack_text.printed_numbers() == list(range(1, len(reader.pages) + 1))
    assert all(page % 2 == 1 for page in marks.values())
    assert all(page % 2 == 0 for page in pack_text.blank_pages())
    titles = [title for _, title, _ in outline(reader)]
    assert titles[:2] == ["Agenda", "3. Minutes of Previous Meeting"]
    assert "Appendix A - Health of Children in Care: Annual Report 2025-26" in titles
    assert reader.metadata.title == ("Corporate Parenting Committee - 22 December 2026 - "
                                     "Agenda pack")


def test_the_public_pack_lists_the_part_2_item_and_holds_none_of_its_paper(demo_packs):
    (public, pack_text), _, part_2_report = demo_packs
    text = pack_text.text()
    front = pack_text.text(1, public.layout.front_sheet.last)
    assert f"10. {PART_2_TITLE}" in front
    assert "Exempt under Paragraph 3" in front
    assert "To consider the tenders" not in front  # its purpose line stays out too
    assert 10 not in pack_text.front_sheet_ranges(public.layout.front_sheet.last)
    for paragraph in paragraphs_of(part_2_report):
        assert flat(paragraph)[:60] not in text
    assert "NOT FOR PUBLICATION" not in text


def test_the_confidential_pack_holds_the_part_2_paper_marked_on_every_page(demo_packs):
    _, (confidential, pack_text), part_2_report = demo_packs
    pages = [flat(page) for page in pack_text.pages]
    marking = ("NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the "
               "Local Government Act 1972")
    assert all(marking in page for page in pages)
    assert pack_text.item_mark_pages() == {10: 1}
    assert flat(paragraphs_of(part_2_report)[0])[:60] in " ".join(pages)
    assert "Placement Sufficiency" not in " ".join(pages)
    assert PdfReader(confidential.path).metadata.title.endswith("Confidential pack")


def test_a_meeting_without_part_2_reports_has_no_confidential_pack(db, tmp_path):
    committee_id = committee_service.create_committee(db, Committee("Schools Forum", "Room 1"))
    meeting_id = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    with pytest.raises(ValidationError, match="no Part 2 reports"):
        pack_service.build_confidential_pack(db, meeting_id, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


def test_without_minutes_of_a_previous_meeting_the_minutes_item_has_no_pages(db, tmp_path):
    committee_id = committee_service.create_committee(db, Committee("Schools Forum", "Room 1"))
    meeting_service.create_meeting(db, committee_id, date(2018, 11, 13))  # never minuted
    meeting_id = meeting_service.create_meeting(db, committee_id, date(2019, 1, 22))
    built = pack_service.build_public_pack(db, meeting_id, tmp_path / "pack.pdf")
    reader = PdfReader(built.path)
    assert built.page_ranges == {}
    assert "Minutes of Previous Meeting" in reader.pages[0].extract_text()
    assert len(reader.pages) == 2


def test_a_cancelled_build_leaves_no_file(db, tmp_path):
    committee_id = demo_service.load_demo(db, TODAY)
    upcoming = [s.meeting for s in meeting_service.list_meetings(db, committee_id)][1]
    out = tmp_path / "out"
    with pytest.raises(pack_service.Cancelled):
        pack_service.build_public_pack(db, upcoming.id, out / "pack.pdf", cancelled=lambda: True)
    assert not out.exists() or list(out.iterdir()) == []


# The public guarantee, over random agendas --------------------------------------------------

def _word_file(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    output = BytesIO()
    document.save(output)
    return output.getvalue()


item_plans = st.lists(
    st.fixed_dictionaries({
        "part": st.sampled_from([1, 2]),
        "kind": st.sampled_from([ItemKind.REPORT, ItemKind.REPORT, ItemKind.VERBAL]),
        "paragraphs": st.sets(st.integers(1, 7), min_size=1, max_size=3),
        "appendices": st.lists(st.sampled_from(["pdf", "docx"]), max_size=2),
    }),
    min_size=1, max_size=5,
)
_meetings = itertools.count()


def _make_meeting(db, plans) -> dict[str, list[str]]:
    """A meeting of the plans' items, each report and appendix saying words of its own;
    returns those words by part."""
    n = next(_meetings)
    committee_id = committee_service.create_committee(db, Committee(f"Panel {n}", "Room 1"))
    meeting_id = meeting_service.create_meeting(db, committee_id,
                                                date(2019, 1, 1) + timedelta(weeks=n))
    words: dict[int, list[str]] = {1: [], 2: []}
    for index, plan in enumerate(plans):
        item_id = agenda_service.add_item(db, meeting_id, AgendaItem(
            f"Item {index}", kind=plan["kind"], part=plan["part"],
            exempt_paragraphs=sorted(plan["paragraphs"]) if plan["part"] == 2 else []))
        if plan["kind"] is not ItemKind.REPORT:
            continue
        secret = f"Zanzibar{n}x{index}report"
        report_id = report_service.create_report(db, "committee-report", item_id)
        report = report_service.get_report(db, report_id)
        report.section("summary").blocks = [Paragraph(secret)]
        report_service.save_report(db, report)
        words[plan["part"]].append(secret)
        for letter, kind in enumerate(plan["appendices"]):
            annex_words = f"Quokka{n}x{index}x{letter}annex"
            data = appendix_pdf([annex_words]) if kind == "pdf" else _word_file(annex_words)
            appendix_service.attach_appendix_bytes(db, report_id, data, f"annex.{kind}",
                                                   f"Annex {letter}")
            words[plan["part"]].append(annex_words)
    return meeting_id, words


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(plans=item_plans)
def test_no_part_2_text_ever_appears_in_the_public_pack(db, tmp_path, plans):
    meeting_id, words = _make_meeting(db, plans)
    built = pack_service.build_public_pack(db, meeting_id, tmp_path / "pack.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(built.path).pages)
    assert [w for w in words[2] if w in text] == []
    assert [w for w in words[1] if w not in text] == []  # the Part 1 papers are all there
