"""The top of a report: the council, "Agenda Item 5" once the report is on an agenda, the
title as the document's heading, "(Appendices A and B refer)" where the house style says so,
and the header block: the template's fields as label and value, in the template's order."""

from dataclasses import dataclass
from datetime import date

from ..domain.dates import long_date
from ..domain.exemptions import describe_paragraphs
from ..domain.report import Report, header_value
from ..domain.report_appendices import appendices_reference
from ..domain.report_header import display_header_value
from ..domain.suppression import DEFAULT_THRESHOLD
from ..domain.templates import FieldRole, HeaderField, ReportTemplate
from .document import Block, Field, Fields, Heading, Style, para

UNTITLED = "Untitled report"


@dataclass(frozen=True)
class ReportContext:
    """What a report is printed with that it does not hold itself. The committee and the
    meeting date fill the header block's fields of those roles when the author left them
    empty (a report linked to an agenda item knows its meeting)."""

    council_name: str
    committee_name: str = ""
    meeting_date: date | None = None
    suppression_threshold: int = DEFAULT_THRESHOLD
    agenda_item_number: int | None = None
    exempt_paragraphs: tuple[int, ...] = ()  # a Part 2 item's Schedule 12A paragraphs


NOT_FOR_PUBLICATION = "Not for publication"


def exemption_text(paragraphs: tuple[int, ...]) -> str:
    return (f"This report is exempt from publication by virtue of "
            f"{describe_paragraphs(list(paragraphs))} of Part 1 of Schedule 12A to the Local "
            "Government Act 1972.")


def agenda_item_mark(number: int) -> str:
    return f"Agenda Item {number}"


def field_label(label: str) -> str:
    """'Date of Meeting' -> 'Date of Meeting:'; a label that ends in ':' keeps it."""
    label = label.strip()
    return label if label.endswith(":") else f"{label}:"


def report_title(report: Report, template: ReportTemplate) -> str:
    return header_value(report, template, FieldRole.TITLE) or UNTITLED


def _shown_value(field: HeaderField, report: Report, context: ReportContext) -> str:
    value = display_header_value(field, report.header.get(field.key, "").strip())
    if value:
        return value
    if field.role is FieldRole.COMMITTEE:
        return context.committee_name.strip()
    if field.role is FieldRole.MEETING_DATE and context.meeting_date:
        return long_date(context.meeting_date)
    return ""


def header_fields(report: Report, template: ReportTemplate, context: ReportContext) -> Fields:
    """Every filled field; a required one even when empty, so that the gap shows."""
    rows = []
    for field in template.fields:
        value = _shown_value(field, report, context)
        if value or field.required:
            rows.append(Field(field_label(field.label), value))
    return Fields(tuple(rows))


def header_block(report: Report, template: ReportTemplate, context: ReportContext) -> list[Block]:
    blocks: list[Block] = []
    if context.agenda_item_number is not None:
        blocks.append(para(agenda_item_mark(context.agenda_item_number), Style.RIGHT))
    if context.council_name.strip():
        blocks.append(para(context.council_name.strip(), Style.SMALL))
    if context.exempt_paragraphs:
        blocks += [para(NOT_FOR_PUBLICATION, Style.CAPS),
                   para(exemption_text(context.exempt_paragraphs))]
    blocks.append(Heading(1, report_title(report, template)))
    reference = appendices_reference(report.appendices) if template.appendix_reference else ""
    if reference:
        blocks.append(para(reference))
    blocks.append(header_fields(report, template, context))
    return blocks
