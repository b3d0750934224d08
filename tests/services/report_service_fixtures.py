"""Helpers for the report services' tests: a meeting with report items, and a report filled
in completely for any template (so that the completeness check finds nothing)."""

from datetime import date

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.domain.committee import Committee
from lscb_desktop.domain.report import Report
from lscb_desktop.domain.report_blocks import Paragraph
from lscb_desktop.domain.report_parts import ContactDetails
from lscb_desktop.domain.templates import FieldKind, Part, ReportTemplate
from lscb_desktop.services import agenda_service, committee_service, meeting_service

MEETING_DATE = date(2019, 1, 22)


def meeting_with_items(db, committee_name="Corporate Parenting Committee",
                       on=MEETING_DATE) -> tuple[int, dict[str, int]]:
    """A meeting whose agenda is the three standard items, two report items, a verbal update
    and a Part 2 report item; returns its id and the ids of the items by title."""
    committee = committee_service.find_committee(db, committee_name)
    committee_id = committee.id if committee else committee_service.create_committee(
        db, Committee(committee_name, "Committee Room 2"))
    meeting_id = meeting_service.create_meeting(db, committee_id, on)
    items = [
        AgendaItem("Placement Sufficiency", "To consider the statement.", "Marcus Reid"),
        AgendaItem("Scorecard", "To note performance.", "Fiona Ashworth"),
        AgendaItem("Update from Elected Members", kind=ItemKind.VERBAL),
        AgendaItem("Recommissioning", "To consider tenders.", part=2, exempt_paragraphs=[3]),
    ]
    for item in items:
        agenda_service.add_item(db, meeting_id, item)
    ids = {i.title: i.id for i in agenda_service.agenda(db, meeting_id)}
    return meeting_id, ids


def _value(kind: FieldKind, choices: tuple[str, ...], label: str) -> str:
    return {FieldKind.DATE: "2019-01-22", FieldKind.YES_NO: "No",
            FieldKind.CHOICE: choices[0] if choices else ""}.get(kind, f"{label} written")


def fill_completely(report: Report, template: ReportTemplate) -> Report:
    """Every field, section, implication and part of `report` filled in."""
    for field in template.fields:
        if not report.header.get(field.key, "").strip():
            report.header[field.key] = _value(field.kind, field.choices, field.label)
    for definition in template.sections:
        section = report.section(definition.key)
        if definition.part is Part.IMPLICATIONS:
            for sub in section.subsections:
                sub.blocks = [Paragraph("None.")]
        elif definition.part is Part.RECOMMENDATIONS:
            report.recommendations.items = ["Note the report."]
        elif definition.part is Part.CONTACT:
            report.contact = ContactDetails("Alex Morgan", "Head of Service",
                                            "alex.morgan@example.gov.uk", "01234 567890")
        elif not section.has_content():
            section.blocks = [Paragraph(f"{definition.title}: none.")]
    return report
