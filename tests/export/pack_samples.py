"""Pack contents made without a database, for the pack builder's tests: a front sheet composed
from agenda items, reports of a chosen number of pages, and appendix PDFs."""

from datetime import date, time

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.meeting import Meeting
from lscb_desktop.export.agenda_composer import compose_agenda
from lscb_desktop.export.document import Document, Heading, PageBreak, para
from lscb_desktop.export.pack_contents import (
    PackContents, PackItem, PackMetadata, Paper, PdfFile,
)

from tests.export.pack_reading import appendix_pdf

COMMITTEE = Committee("Corporate Parenting Committee", "Committee Suite 2/3", time(16), id=1)
MEETING = Meeting(1, date(2019, 1, 22), time(16), "Committee Suite 2/3, Westfields")
METADATA = PackMetadata("Corporate Parenting Committee - 22 January 2019 - Agenda pack",
                        "Borsetshire Council", "Agenda pack for the meeting")


def paper_document(title: str, pages: int, words: str = "") -> Document:
    """A report of exactly `pages` pages, each saying which page of `title` it is."""
    document = Document(title, "Borsetshire Council", title, footer=title)
    document.add(Heading(1, title))
    for page in range(1, pages + 1):
        if page > 1:
            document.add(PageBreak())
        document.add(para(f"{title}, its page {page}. {words}".strip()))
    return document


def agenda_items(titles: list[str], purpose: str = "To consider the report.") -> list[AgendaItem]:
    """Apologies (item 1, no pages), then one report item per title, ids 10, 11 ..."""
    items = [AgendaItem("Apologies for Absence", kind=ItemKind.STANDARD, id=9, position=0)]
    items += [AgendaItem(title, purpose, id=10 + i, position=i + 1)
              for i, title in enumerate(titles)]
    return items


def front_sheet_for(items: list[AgendaItem]):
    return lambda ranges: compose_agenda(COMMITTEE, MEETING, items, [], "Borsetshire Council",
                                         page_ranges=ranges)


def contents(report_pages: list[int], appendices: dict[int, list[bytes]] | None = None,
             purpose: str = "To consider the report.") -> PackContents:
    """A pack of one report item per entry of `report_pages` (agenda items 2, 3 ...), with
    the appendix PDFs given for some of them (by index)."""
    titles = [f"Report {chr(ord('A') + i)}" for i in range(len(report_pages))]
    items = agenda_items(titles, purpose)
    pack_items = []
    for index, (title, pages) in enumerate(zip(titles, report_pages)):
        papers = [Paper(title, paper_document(title, pages))]
        for letter, data in zip("ABCDEFG", (appendices or {}).get(index, [])):
            papers.append(Paper(f"Appendix {letter} - {title} annex",
                                PdfFile(data, f"annex-{letter}.pdf")))
        pack_items.append(PackItem(title, tuple(papers), index + 2, 10 + index))
    return PackContents(METADATA, pack_items, front_sheet_for(items))


def annex(pages: int, name: str = "Annex", **options) -> bytes:
    return appendix_pdf([f"{name} text on its page {k}" for k in range(1, pages + 1)],
                        **options)
