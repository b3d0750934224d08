"""Building a meeting pack PDF from its contents (pack_contents.py): each paper rendered on its
own (pack_pieces.py), the front sheet composed again until its page ranges agree with where
the papers fall, everything merged with pypdf, blank pages where an item would otherwise
start on a left-hand page, the pages stamped (pack_stamps.py), and bookmarks, page labels
and the document's metadata added. The file is written atomically: a failed or cancelled
build leaves any earlier pack as it was."""

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from . import house_style as hs
from .atomic import atomic_path
from .pack_contents import PackContents, PackItem
from .pack_errors import Cancelled, PackError
from .pack_layout import PackLayout, PartPages, lay_out, padded
from .pack_pieces import PieceCache, render_piece
from .pack_stamps import PageStamp, confidential_marking, overlay_pdf

Progress = Callable[[int, int, str], None]  # (done, total, what is being done now)

FRONT_SHEET_TRIES = 5  # ranges widen the front sheet once at most, in practice
CREATOR = "LSCB Desktop"


@dataclass(frozen=True)
class BuiltPack:
    path: Path
    page_count: int
    layout: PackLayout
    page_ranges: dict[int, tuple[int, int]]  # agenda item id -> pages, as the front sheet says


def _read(pdf: bytes, name: str) -> PdfReader:
    try:
        reader = PdfReader(BytesIO(pdf))
        if reader.is_encrypted:
            raise PackError(f"'{name}' is password-protected, so it cannot be merged into the "
                            "pack: attach a copy without the password.")
        if len(reader.pages) == 0:
            raise PackError(f"'{name}' has no pages: attach the complete document.")
        return reader
    except PackError:
        raise
    except Exception as error:  # damaged PDFs make pypdf raise many kinds
        raise PackError(f"'{name}' could not be read as a PDF ({error}): attach a fresh copy "
                        "of it (open it and save or print it to PDF).") from None


class _Build:
    def __init__(self, contents: PackContents, cache: PieceCache | None, use_libreoffice: bool,
                 progress: Progress | None, cancelled: Callable[[], bool] | None):
        self.contents, self.cache, self.use_libreoffice = contents, cache, use_libreoffice
        self.progress = progress or (lambda done, total, label: None)
        self.cancelled = cancelled or (lambda: False)
        self.total = len(contents.papers) + 2  # the papers, the front sheet, the merge
        self.done = 0

    def step(self, label: str) -> None:
        if self.cancelled():
            raise Cancelled()
        self.progress(self.done, self.total, label)
        self.done += 1

    def papers(self) -> list[list[PdfReader]]:
        readers = []
        for item in self.contents.items:
            item_readers = []
            for index, paper in enumerate(item.papers):
                self.step(f"{item.bookmark}: {paper.title}" if index else item.bookmark)
                pdf = render_piece(paper.source, paper.title, self.cache, self.use_libreoffice)
                item_readers.append(_read(pdf, paper.title))
            readers.append(item_readers)
        return readers

    def front_sheet(self, page_counts: list[list[int]]) -> tuple[PdfReader | None, PackLayout]:
        """The front sheet showing page ranges that hold with its own length."""
        self.step(self.contents.front_sheet_bookmark)
        compose = self.contents.front_sheet
        if compose is None:
            return None, lay_out(None, page_counts)
        pages = 2  # a guess that usually holds, so the front sheet is drawn once
        for _ in range(FRONT_SHEET_TRIES):
            layout = lay_out(pages, page_counts)
            document = compose(page_ranges(self.contents.items, layout))
            pdf = render_piece(document, cache=self.cache)
            reader = _read(pdf, self.contents.front_sheet_bookmark)
            if padded(len(reader.pages)) == padded(pages):
                return reader, lay_out(len(reader.pages), page_counts)
            pages = len(reader.pages)
        raise PackError("The front sheet's page ranges would not settle: its length changes "
                        "each time they are filled in. Shorten an item's purpose line and build "
                        "the pack again.")


def page_ranges(items: list[PackItem], layout: PackLayout) -> dict[int, tuple[int, int]]:
    return {item.item_id: part.range for item, part in zip(items, layout.items)
            if part is not None and item.item_id is not None}


def _add_pages(writer: PdfWriter, reader: PdfReader) -> None:
    start = len(writer.pages)
    writer.append(reader, import_outline=False)
    for page in writer.pages[start:]:
        if page.rotation:  # stamps are drawn upright on the page as it is shown
            page.transfer_rotation_to_content()


def _stamps(contents: PackContents, layout: PackLayout, writer: PdfWriter) -> list[PageStamp]:
    marks: dict[int, dict] = {}  # page (0-based) -> what it carries besides its number
    parts: list[tuple[PartPages | None, PackItem | None]] = [(layout.front_sheet, None)]
    parts += list(zip(layout.items, contents.items))
    for part, item in parts:
        if part is None:
            continue
        for page in range(part.first, part.last + 1):
            mark = marks.setdefault(page - 1, {})
            if item is not None and contents.confidential:
                mark["marking"] = confidential_marking(item.exempt_paragraphs)
        if item is not None and item.number is not None:
            marks[part.first - 1]["item_number"] = item.number
        if part.blank is not None:
            marks[part.blank - 1]["blank"] = True
    return [PageStamp(index + 1, tuple(float(v) for v in page.cropbox),  # type: ignore[arg-type]
                      **marks.get(index, {}))
            for index, page in enumerate(writer.pages)]


def _bookmarks(writer: PdfWriter, contents: PackContents, layout: PackLayout) -> None:
    if layout.front_sheet is not None:
        writer.add_outline_item(title=contents.front_sheet_bookmark,
                                page_number=layout.front_sheet.first - 1)
    for item, part in zip(contents.items, layout.items):
        if part is None:
            continue
        parent = writer.add_outline_item(title=item.bookmark, page_number=part.first - 1)
        for paper, start in list(zip(item.papers, part.paper_starts))[1:]:
            writer.add_outline_item(title=paper.title, page_number=start - 1, parent=parent)
    writer.page_mode = "/UseOutlines"


def _describe(writer: PdfWriter, contents: PackContents) -> None:
    meta = contents.metadata
    writer.add_metadata({"/Title": meta.title, "/Author": meta.author, "/Subject": meta.subject,
                         "/Creator": CREATOR})
    writer.root_object[NameObject("/Lang")] = TextStringObject(meta.language)
    writer.create_viewer_preferences().display_doctitle = True
    # Viewers show the numbers printed on the pages: the pack is numbered from 1 throughout.
    writer.set_page_label(0, len(writer.pages) - 1, style="/D", start=1)


def _assemble(contents: PackContents, layout: PackLayout, front: PdfReader | None,
              papers: list[list[PdfReader]]) -> PdfWriter:
    writer = PdfWriter()
    parts = [(layout.front_sheet, [front] if front is not None else [])]
    parts += list(zip(layout.items, papers))
    for part, readers in parts:
        if part is None:
            continue
        for reader in readers:
            _add_pages(writer, reader)
        if part.blank is not None:
            writer.add_blank_page(hs.PAGE_WIDTH, hs.PAGE_HEIGHT)
    if len(writer.pages) != layout.page_count:
        raise AssertionError(f"The pack has {len(writer.pages)} pages, not the "
                             f"{layout.page_count} its layout counts.")
    overlay = PdfReader(BytesIO(overlay_pdf(_stamps(contents, layout, writer))))
    for page, stamp in zip(writer.pages, overlay.pages):
        page.merge_page(stamp)
    _bookmarks(writer, contents, layout)
    _describe(writer, contents)
    return writer


def build_pack(contents: PackContents, target: str | Path, *, cache: PieceCache | None = None,
               use_libreoffice: bool = False, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> BuiltPack:
    """Write the pack to `target`. `progress(done, total, label)` is called before each paper
    and step; `cancelled()` is asked between them, and when it answers True the build stops
    with Cancelled and writes nothing. PackError names a paper that cannot be put in."""
    build = _Build(contents, cache, use_libreoffice, progress, cancelled)
    papers = build.papers()
    front, layout = build.front_sheet([[len(r.pages) for r in item] for item in papers])
    build.step("Putting the pack together")
    writer = _assemble(contents, layout, front, papers)
    if build.cancelled():
        raise Cancelled()
    target = Path(target)
    try:
        with atomic_path(target) as tmp, tmp.open("wb") as handle:
            writer.write(handle)
    except OSError as error:
        raise PackError(f"The pack could not be saved as '{target}': "
                        f"{error.strerror or error}. Choose a folder you can write to, and "
                        f"close {target.name} if another program has it open.") from error
    build.progress(build.total, build.total, "Done")
    return BuiltPack(target, layout.page_count, layout, page_ranges(contents.items, layout))
