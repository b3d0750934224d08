"""A report, composed into the document model in its template's house style, in the layout of
the reference committee and scrutiny reports: the header block, numbered sections and
paragraphs, the structured parts and tables, then the list of appendices. Both renderers
draw the result; the Word file is also the one authors edit and import back
(report_docx_reader.py), so it carries marks for that (report_anchors.py)."""

from ..domain.dates import long_date
from ..domain.report import Report, header_value
from ..domain.report_appendices import lettered
from ..domain.report_header import parse_date
from ..domain.templates import FieldRole, ReportTemplate
from .document import Block, Document, Field, Fields, Heading
from .report_anchors import FILE_PROPERTY, FILE_VERSION, TEMPLATE_PROPERTY, Anchors
from .report_header_block import ReportContext, header_block, report_title
from .report_sections_composer import SECTION_HEADING_LEVEL, SectionComposer

APPENDICES_HEADING = "Appendices"

__all__ = ["APPENDICES_HEADING", "ReportContext", "compose_report"]


def appendix_label(letter: str) -> str:
    return f"Appendix {letter}"


def _appendices(report: Report) -> list[Block]:
    if not report.appendices:
        return []
    rows = tuple(Field(appendix_label(letter), appendix.title.strip() or appendix.file_name)
                 for letter, appendix in lettered(report.appendices))
    return [Heading(SECTION_HEADING_LEVEL, APPENDICES_HEADING), Fields(rows)]


def _subject(report: Report, template: ReportTemplate, context: ReportContext) -> str:
    committee = header_value(report, template, FieldRole.COMMITTEE) or context.committee_name
    day = parse_date(header_value(report, template, FieldRole.MEETING_DATE))
    day = day or context.meeting_date
    when = f" on {long_date(day)}" if day else ""
    return f"{template.name} to {committee.strip()}{when}" if committee.strip() else template.name


def compose_report(report: Report, template: ReportTemplate, context: ReportContext) -> Document:
    """`report` as a document in `template`'s house style."""
    title = report_title(report, template)
    document = Document(
        title=title,
        author=context.council_name.strip(),
        subject=_subject(report, template, context),
        footer=title,
        properties={TEMPLATE_PROPERTY: template.id, FILE_PROPERTY: FILE_VERSION},
    )
    anchors = Anchors()
    document.add(*header_block(report, template, context))
    document.add(*SectionComposer(report, template, context.suppression_threshold,
                                  anchors).sections())
    document.add(*_appendices(report))
    return document
