"""Building a meeting's agenda pack as one PDF, as councils publish it (export/pack_builder.py
does the pages): the front sheet with each item's page range, the draft minutes of the
committee's previous meeting, then each Part 1 report followed by its appendices.

The public pack never holds a Part 2 paper: its front sheet lists each Part 2 item's title
and exemption paragraphs, and nothing else of it. The confidential pack holds the Part 2
papers only, every page marked NOT FOR PUBLICATION with its Schedule 12A paragraphs."""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from ..domain.agenda import AgendaItem, ItemKind, numbered
from ..domain.committee import Committee
from ..domain.dates import long_date
from ..domain.errors import ValidationError
from ..domain.meeting import Meeting
from ..domain.preferences import COUNCIL_NAME
from ..domain.report_appendices import AppendixKind, lettered
from ..domain.standard_items import MINUTES
from ..export.agenda_composer import compose_agenda
from ..export.document import Document
from ..export.minutes_composer import compose_minutes
from ..export.pack_builder import BuiltPack, Progress, build_pack
from ..export.pack_contents import (
    DocxFile, PackContents, PackItem, PackMetadata, PageRanges, Paper, PdfFile,
)
from ..export.pack_errors import Cancelled, PackError
from ..export.pack_pieces import MemoryCache, PieceCache
from ..export.report_composer import appendix_label, compose_report
from . import (
    agenda_service, appendix_service, attendance_service, committee_service, meeting_service,
    minutes_service, report_service, settings_service, template_service,
)
from .report_export_service import report_context

__all__ = ["BuiltPack", "Cancelled", "MemoryCache", "PackError", "PieceCache",
           "build_confidential_pack", "build_public_pack", "confidential_pack_contents",
           "public_pack_contents"]

PACK_PDF = "pack.pdf"
CONFIDENTIAL_PACK_PDF = "pack-confidential.pdf"
MINUTES_BOOKMARK = "Minutes of the previous meeting"


def _report_papers(db: Database, report_id: int) -> tuple[Paper, ...]:
    """The report (without its own "Agenda Item N": the pack stamps that on the page) and
    its appendices, each as attached."""
    report = report_service.get_report(db, report_id)
    template = template_service.get_template(db, report.template_id)
    context = replace(report_context(db, report_id), agenda_item_number=None)
    document = compose_report(report, template, context)
    papers = [Paper(document.title, document)]
    for letter, appendix in lettered(report.appendices):
        data = appendix_service.appendix_bytes(db, report_id, letter)
        kind = PdfFile if appendix.kind is AppendixKind.PDF else DocxFile
        title = f"{appendix_label(letter)} - {appendix.title}"
        papers.append(Paper(title, kind(data, appendix.file_name)))
    return tuple(papers)


def _minutes_paper(db: Database, committee: Committee, meeting: Meeting,
                   council: str) -> Paper | None:
    """The minutes of the committee's meeting before `meeting`, if they have been written."""
    previous = meeting_service.previous_meeting(db, committee.id, meeting.date)
    if previous is None or minutes_service.find_record(db, previous.id) is None:
        return None
    document = compose_minutes(
        committee, previous, minutes_service.record(db, previous.id),
        minutes_service.get_minutes(db, previous.id),
        attendance_service.attendance(db, previous.id),
        attendance_service.attendees(db, previous.id), council)
    return Paper(f"Minutes of the meeting held on {long_date(previous.date)}", document)


def _item_papers(db: Database, item: AgendaItem) -> tuple[Paper, ...]:
    if item.kind is not ItemKind.REPORT:
        return ()
    report_id = report_service.report_for_item(db, item.id)
    return _report_papers(db, report_id) if report_id is not None else ()


def _front_sheet(db: Database, committee: Committee, meeting: Meeting, council: str,
                 items: list[AgendaItem]) -> Callable[[PageRanges], Document]:
    clerk = meeting.clerk.strip().casefold()
    contact = next((o for o in committee_service.officers(db, committee.id)
                    if clerk and o.name.strip().casefold() == clerk), None)
    future = meeting_service.future_meetings(db, meeting)
    # A Part 2 item is listed by its title and exemption paragraphs, nothing more.
    listed = [replace(item, purpose="") if item.part == 2 else item for item in items]
    return lambda ranges: compose_agenda(committee, meeting, listed, future, council,
                                         clerk_contact=contact, page_ranges=ranges)


def _metadata(committee: Committee, meeting: Meeting, council: str, kind: str) -> PackMetadata:
    when = long_date(meeting.date)
    return PackMetadata(title=f"{committee.name} - {when} - {kind}", author=council,
                        subject=f"{kind} for the meeting of {committee.name} on {when}")


def public_pack_contents(db: Database, meeting_id: int) -> PackContents:
    """What the public pack holds: the front sheet, the previous meeting's minutes, and each
    Part 1 report with its appendices, in agenda order."""
    meeting = meeting_service.get_meeting(db, meeting_id)
    committee = committee_service.get_committee(db, meeting.committee_id)
    council = settings_service.get(db, COUNCIL_NAME)
    agenda = agenda_service.agenda(db, meeting_id)
    minutes = _minutes_paper(db, committee, meeting, council)
    items: list[PackItem] = []
    minutes_item = next(((n, i) for n, i in numbered(agenda) if i.standard_key == MINUTES),
                        None)
    if minutes is not None and minutes_item is None:  # minutes the agenda does not list
        items.append(PackItem(MINUTES_BOOKMARK, (minutes,)))
    for number, item in numbered(agenda):
        if item.part != 1:
            continue
        papers = (minutes,) if item.standard_key == MINUTES and minutes else \
            _item_papers(db, item)
        if papers:
            items.append(PackItem(item.title, papers, number, item.id))
    return PackContents(_metadata(committee, meeting, council, "Agenda pack"), items,
                        _front_sheet(db, committee, meeting, council, agenda))


def confidential_pack_contents(db: Database, meeting_id: int) -> PackContents:
    """What the confidential pack holds: each Part 2 report with its appendices, marked with
    its item's Schedule 12A paragraphs. ValidationError when there are none."""
    meeting = meeting_service.get_meeting(db, meeting_id)
    committee = committee_service.get_committee(db, meeting.committee_id)
    council = settings_service.get(db, COUNCIL_NAME)
    items = [PackItem(item.title, papers, number, item.id, tuple(item.exempt_paragraphs))
             for number, item in numbered(agenda_service.agenda(db, meeting_id))
             if item.part == 2 and (papers := _item_papers(db, item))]
    if not items:
        raise ValidationError(
            f"The meeting on {long_date(meeting.date)} has no Part 2 reports, so there is no "
            "confidential pack to build: link a report to a Part 2 item first.", "part")
    return PackContents(_metadata(committee, meeting, council, "Confidential pack"), items,
                        confidential=True)


def build_public_pack(db: Database, meeting_id: int, target: str | Path, *,
                      use_libreoffice: bool = False, progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None,
                      cache: PieceCache | None = None) -> BuiltPack:
    """Write the meeting's public pack to `target` (e.g. DIR/pack.pdf). Cancelled when
    `cancelled()` answers True between papers; PackError for a paper that cannot be put in
    or a folder that cannot be written. Either way an earlier pack at `target` is kept."""
    return build_pack(public_pack_contents(db, meeting_id), target, cache=cache,
                      use_libreoffice=use_libreoffice, progress=progress, cancelled=cancelled)


def build_confidential_pack(db: Database, meeting_id: int, target: str | Path, *,
                            use_libreoffice: bool = False, progress: Progress | None = None,
                            cancelled: Callable[[], bool] | None = None,
                            cache: PieceCache | None = None) -> BuiltPack:
    """Write the meeting's confidential (Part 2) pack to `target`, as build_public_pack."""
    return build_pack(confidential_pack_contents(db, meeting_id), target, cache=cache,
                      use_libreoffice=use_libreoffice, progress=progress, cancelled=cancelled)
