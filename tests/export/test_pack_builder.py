"""Given a pack's contents, build_pack writes one PDF laid out as councils publish packs: the
front sheet's page ranges agree with where each "Agenda Item N" is printed, items start on
odd pages, blank pages say so, "Page N" runs through appendices too, with bookmarks, page
labels and the document's metadata; a failed or cancelled build leaves the earlier pack."""

from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape

from lscb_desktop.export.document import Document, PageBreak, para
from lscb_desktop.export.pack_builder import build_pack
from lscb_desktop.export.pack_contents import PackItem, Paper, PdfFile
from lscb_desktop.export.pack_errors import Cancelled, PackError
from tests.export.pack_reading import PackText, outline
from tests.export.pack_samples import METADATA, annex, contents

LONG_PURPOSE = ("To consider the report, which sets out in some detail the matters the "
                "Committee asked for at its last meeting, and to agree the next steps. ") * 2


def test_the_front_sheet_ranges_agree_with_the_pages_where_the_items_are(tmp_path):
    pack = contents([3, 1, 2, 5], appendices={1: [annex(2)]})
    built = build_pack(pack, tmp_path / "pack.pdf")
    pack_text = PackText(PdfReader(built.path))
    marks = pack_text.item_mark_pages()
    ranges = pack_text.front_sheet_ranges(built.layout.front_sheet.last)
    assert marks == {2: 3, 3: 7, 4: 11, 5: 13}
    assert {n: first for n, (first, _) in ranges.items()} == marks
    assert ranges == {2: (3, 6), 3: (7, 10), 4: (11, 12), 5: (13, 18)}
    assert built.page_ranges == {10: (3, 6), 11: (7, 10), 12: (11, 12), 13: (13, 18)}


def test_a_front_sheet_that_grows_longer_is_composed_again_until_its_ranges_hold(tmp_path):
    pack = contents([1] * 14, purpose=LONG_PURPOSE)
    built = build_pack(pack, tmp_path / "pack.pdf")
    pack_text = PackText(PdfReader(built.path))
    front_pages = built.layout.front_sheet.last
    assert front_pages > 2  # longer than the first guess
    ranges = pack_text.front_sheet_ranges(front_pages)
    assert len(ranges) == 14
    assert {n: first for n, (first, _) in ranges.items()} == pack_text.item_mark_pages()
    assert min(first for first, _ in ranges.values()) == front_pages + 1


def test_items_start_on_odd_pages_after_blank_pages_that_say_so(tmp_path):
    built = build_pack(contents([3, 2, 1]), tmp_path / "pack.pdf")
    pack_text = PackText(PdfReader(built.path))
    assert all(page % 2 == 1 for page in pack_text.item_mark_pages().values())
    # a one-page front sheet, reports of 3, 2 and 1 pages
    assert pack_text.blank_pages() == built.layout.blank_pages == [2, 6, 10]
    assert len(pack_text.pages) % 2 == 0


def test_page_numbers_run_through_the_appendices_over_their_own(tmp_path):
    appendices = [annex(3, "Strategy"), annex(1, "Wide", size=landscape(A4)),
                  annex(2, "Turned", rotate=90)]
    built = build_pack(contents([2], appendices={0: appendices}), tmp_path / "pack.pdf")
    reader = PdfReader(built.path)
    pack_text = PackText(reader)
    assert pack_text.printed_numbers() == list(range(1, len(reader.pages) + 1))
    strategy_page = pack_text.pages[4]  # front sheet 2, report 2, then the annex
    assert "Strategy text on its page 1" in strategy_page and "Page 1 of 3" in strategy_page
    turned = reader.pages[8]
    assert turned.rotation == 0 and float(turned.mediabox.width) > float(turned.mediabox.height)


def test_bookmarks_lead_to_the_front_sheet_each_item_and_each_appendix(tmp_path):
    built = build_pack(contents([1, 2], appendices={1: [annex(1), annex(2)]}),
                       tmp_path / "pack.pdf")
    assert outline(PdfReader(built.path)) == [
        (0, "Agenda", 1),
        (0, "2. Report A", 3),
        (0, "3. Report B", 5),
        (1, "Appendix A - Report B annex", 7),
        (1, "Appendix B - Report B annex", 8),
    ]


def test_the_pack_has_its_title_author_subject_language_labels_and_embedded_fonts(tmp_path):
    built = build_pack(contents([1, 1]), tmp_path / "pack.pdf")
    reader = PdfReader(built.path)
    assert reader.metadata.title == METADATA.title
    assert reader.metadata.author == "Borsetshire Council"
    assert reader.metadata.subject == METADATA.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.page_labels == [str(n) for n in range(1, len(reader.pages) + 1)]
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                          if "/DescendantFonts" in font else font["/FontDescriptor"])
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_a_confidential_pack_marks_every_page_with_its_items_paragraphs(tmp_path):
    pack = contents([1, 2], appendices={0: [annex(2)]})  # pages 1-3 and a blank, then 5-6
    pack.items = [replace(pack.items[0], exempt_paragraphs=(1, 2)),
                  replace(pack.items[1], exempt_paragraphs=(3,))]
    pack.front_sheet, pack.confidential = None, True
    built = build_pack(pack, tmp_path / "confidential.pdf")
    pack_text = PackText(PdfReader(built.path))
    texts = [" ".join(page.split()) for page in pack_text.pages]
    first = ("NOT FOR PUBLICATION by virtue of paragraphs 1 and 2 of Part 1 of Schedule 12A "
             "of the Local Government Act 1972")
    second = ("NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the "
              "Local Government Act 1972")
    assert [first in text for text in texts] == [True] * 4 + [False] * 2
    assert [second in text for text in texts] == [False] * 4 + [True] * 2
    assert pack_text.item_mark_pages() == {2: 1, 3: 5}


def test_progress_is_reported_paper_by_paper_and_ends_complete(tmp_path):
    calls = []
    build_pack(contents([1, 1], appendices={1: [annex(1)]}), tmp_path / "pack.pdf",
               progress=lambda done, total, label: calls.append((done, total, label)))
    assert [label for _, _, label in calls] == [
        "2. Report A", "3. Report B", "3. Report B: Appendix A - Report B annex", "Agenda",
        "Putting the pack together", "Done"]
    assert [done for done, _, _ in calls] == [0, 1, 2, 3, 4, 5]
    assert {total for _, total, _ in calls} == {5}


def test_cancelling_writes_nothing_and_keeps_the_earlier_pack(tmp_path):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"the earlier pack")
    asked = []

    def cancel_on_second_paper():
        asked.append(True)
        return len(asked) >= 2

    with pytest.raises(Cancelled, match="cancelled"):
        build_pack(contents([1, 1, 1]), target, cancelled=cancel_on_second_paper)
    assert target.read_bytes() == b"the earlier pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
    assert len(asked) == 2  # asked between papers, stopped at once


def test_a_damaged_appendix_stops_the_build_naming_it_and_keeps_the_earlier_pack(tmp_path):
    target = tmp_path / "pack.pdf"
    build_pack(contents([1]), target)
    earlier = target.read_bytes()
    pack = contents([1])
    damaged = Paper("Appendix A - Budget", PdfFile(b"%PDF-1.4 not really", "budget.pdf"))
    pack.items = [replace(pack.items[0], papers=pack.items[0].papers + (damaged,))]
    with pytest.raises(PackError, match="'Appendix A - Budget' could not be read as a PDF"):
        build_pack(pack, target)
    assert target.read_bytes() == earlier
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_a_front_sheet_whose_length_never_settles_is_refused(tmp_path):
    pack = contents([1])

    def flip_flopping(ranges):
        # three pages while the items start on page 3, one page once they start later
        starts_early = any(first == 3 for first, _ in ranges.values())
        blocks = [para("Front sheet")] + [PageBreak(), para("more")] * (2 if starts_early else 0)
        return Document("Front", "Council", "Front", blocks=blocks)

    pack.front_sheet = flip_flopping
    with pytest.raises(PackError, match="would not settle"):
        build_pack(pack, tmp_path / "pack.pdf")
    assert not (tmp_path / "pack.pdf").exists()


def test_minutes_not_listed_on_the_agenda_have_pages_but_no_range_or_item_mark(tmp_path):
    pack = contents([1])
    minutes = Paper("Minutes of the previous meeting",
                    Document("Minutes", "Council", "Minutes", blocks=[para("Minutes text")]))
    pack.items.insert(0, PackItem("Minutes of the previous meeting", (minutes,)))
    built = build_pack(pack, tmp_path / "pack.pdf")
    reader = PdfReader(built.path)
    assert "Minutes text" in reader.pages[2].extract_text()
    assert PackText(reader).item_mark_pages() == {2: 5}
    assert outline(reader)[1] == (0, "Minutes of the previous meeting", 3)
