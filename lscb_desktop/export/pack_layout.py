"""Where everything falls in a pack, as page arithmetic: the front sheet from page 1, then each
item's papers one after another, every part starting on a right-hand (odd) page. A part that
ends on an odd page is followed by a page "intentionally left blank", which counts in its
page range, as in the reference pack (items on pages 9 - 48, 49 - 60 ...), so that a
double-sided print keeps every item on its own sheets."""

from dataclasses import dataclass

BLANK_PAGE_TEXT = "This page is intentionally left blank"


def padded(pages: int) -> int:
    """`pages` rounded up to an even number: a part and its blank page, if it needs one."""
    return pages + pages % 2


@dataclass(frozen=True)
class PartPages:
    """Pages (1-based) of one part of the pack: the front sheet or an item's papers."""

    first: int
    last: int  # the blank page, when there is one
    paper_starts: tuple[int, ...] = ()  # the first page of each paper
    blank: int | None = None

    @property
    def range(self) -> tuple[int, int]:
        return self.first, self.last


@dataclass(frozen=True)
class PackLayout:
    front_sheet: PartPages | None
    items: tuple[PartPages | None, ...]  # None for an item without pages
    page_count: int

    @property
    def blank_pages(self) -> list[int]:
        parts = [self.front_sheet, *self.items]
        return [part.blank for part in parts if part is not None and part.blank is not None]


def _part(first: int, paper_pages: list[int]) -> PartPages:
    starts, page = [], first
    for pages in paper_pages:
        starts.append(page)
        page += pages
    total = page - first
    blank = page if total % 2 else None
    return PartPages(first, first + padded(total) - 1, tuple(starts), blank)


def lay_out(front_sheet_pages: int | None, items_paper_pages: list[list[int]]) -> PackLayout:
    """The layout of a pack whose front sheet has `front_sheet_pages` pages (None: no front
    sheet) and whose items' papers have the given numbers of pages, in order."""
    page = 1
    front = None
    if front_sheet_pages is not None:
        front = _part(1, [front_sheet_pages])
        page = front.last + 1
    items = []
    for paper_pages in items_paper_pages:
        if not paper_pages:
            items.append(None)
            continue
        part = _part(page, paper_pages)
        items.append(part)
        page = part.last + 1
    return PackLayout(front, tuple(items), page - 1)
