"""A report and the agenda item it is linked to. The item's title and presenter follow the
report's (the header fields with roles 'title' and 'author'); when the link is made, the
report takes its committee and meeting date from the item's meeting, and a title or author
it does not have yet from the item."""

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.agenda import AgendaItem, ItemKind
from ..domain.committee import Committee
from ..domain.errors import ValidationError
from ..domain.meeting import Meeting
from ..domain.report import Report, header_value
from ..domain.templates import FieldRole, ReportTemplate
from ..store import agenda_repo, committee_repo, meeting_repo, report_repo


@dataclass(frozen=True)
class ItemContext:
    item: AgendaItem
    meeting: Meeting
    committee: Committee


def item_context(db: Database, agenda_item_id: int) -> ItemContext:
    item = agenda_repo.get(db, agenda_item_id)
    meeting = meeting_repo.get(db, item.meeting_id)
    return ItemContext(item, meeting, committee_repo.get(db, meeting.committee_id))


def check_linkable(db: Database, context: ItemContext, report_id: int | None) -> None:
    """Raise unless the item can take this report: it is a report item with no other report."""
    item = context.item
    if item.kind is not ItemKind.REPORT:
        raise ValidationError(
            f"'{item.title}' is a {item.kind.label.lower()}, which has no report: make it a "
            "report item in the agenda first, or choose another item.", "agenda_item_id")
    other = report_repo.report_for_item(db, item.id)
    if other is not None and other != report_id:
        other_title = report_repo.get_row(db, other).title or f"report {other}"
        raise ValidationError(
            f"'{item.title}' already has the report '{other_title}': unlink that report from "
            "the item first, or choose another item.", "agenda_item_id")


def _set(report: Report, template: ReportTemplate, role: FieldRole, value: str,
         only_if_empty: bool) -> None:
    field = template.field_for(role)
    if field is None or not value.strip():
        return
    if only_if_empty and report.header.get(field.key, "").strip():
        return
    report.header[field.key] = value.strip()


def fill_from_item(report: Report, template: ReportTemplate, context: ItemContext) -> None:
    """The report goes to the item's meeting: its committee and meeting date are the
    meeting's; its title and author are kept, or taken from the item when blank."""
    _set(report, template, FieldRole.COMMITTEE, context.committee.name, only_if_empty=False)
    _set(report, template, FieldRole.MEETING_DATE, context.meeting.date.isoformat(),
         only_if_empty=False)
    _set(report, template, FieldRole.TITLE, context.item.title, only_if_empty=True)
    _set(report, template, FieldRole.AUTHOR, context.item.presenter, only_if_empty=True)


def item_follows(db: Database, report: Report, template: ReportTemplate,
                 agenda_item_id: int) -> None:
    """Give the item the report's title and presenter; a blank one (half-way through
    retyping it) leaves the item's as it is, since an agenda item always has a title."""
    item = agenda_repo.get(db, agenda_item_id)
    title = header_value(report, template, FieldRole.TITLE)
    author = header_value(report, template, FieldRole.AUTHOR)
    report_repo.set_item_heading(
        db, agenda_item_id,
        title=title if title and title != item.title else None,
        presenter=author if author and author != item.presenter else None,
    )
