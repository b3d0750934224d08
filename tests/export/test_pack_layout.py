"""Where the parts of a pack fall: every part starts on an odd page, and a part ending on an
odd page gets a blank page, which counts in its range (as the reference pack's 9 - 48)."""

from lscb_desktop.export.pack_layout import PartPages, lay_out, padded


def test_the_reference_pack_layout_is_reproduced():
    # Front sheet 2 pages, minutes 6, then reports of 39 (+1 appendix), 11, 3, 47, 11 pages.
    layout = lay_out(2, [[6], [30, 9], [11], [3], [47], [11]])
    assert layout.front_sheet == PartPages(1, 2, (1,), None)
    assert [part.range for part in layout.items] == [
        (3, 8), (9, 48), (49, 60), (61, 64), (65, 112), (113, 124)]
    assert layout.items[1].paper_starts == (9, 39)
    assert layout.blank_pages == [48, 60, 64, 112, 124]
    assert layout.page_count == 124


def test_a_one_page_front_sheet_is_followed_by_a_blank_page():
    layout = lay_out(1, [[2]])
    assert layout.front_sheet.blank == 2
    assert layout.items[0].range == (3, 4)


def test_items_without_papers_take_no_pages():
    layout = lay_out(2, [[], [1], []])
    assert layout.items[0] is None and layout.items[2] is None
    assert layout.items[1] == PartPages(3, 4, (3,), 4)
    assert layout.page_count == 4


def test_a_pack_without_a_front_sheet_starts_with_its_first_item():
    layout = lay_out(None, [[3], [2]])
    assert layout.front_sheet is None
    assert [part.range for part in layout.items] == [(1, 4), (5, 6)]


def test_every_part_starts_on_an_odd_page():
    counts = [[1], [2, 3], [4], [5, 1, 1], [7]]
    layout = lay_out(3, counts)
    assert all(part.first % 2 == 1 for part in layout.items)
    assert [padded(n) for n in (0, 1, 2, 3)] == [0, 2, 2, 4]
