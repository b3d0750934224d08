"""A report: header values, sections of blocks, structured parts, appendices and a status.

A report is filled from a template (templates/). Its sections are kept in the order they are
printed: the template's sections, with any sections the author adds (free sections, keys
"free-1", "free-2" ...) after the section the template names in `free_sections_after`.
Numbering (report_numbering.py), the completeness check (completeness.py) and status changes
(report_status.py) are rules over a report and its template.
"""

from dataclasses import dataclass, field
from enum import Enum

from .errors import ValidationError
from .report_appendices import Appendix
from .report_blocks import Block, Subheading
from .report_parts import BackgroundPaper, ContactDetails, Recommendations
from .templates import (
    FREE_SECTION_PREFIX, FieldRole, Numbering, Part, ReportTemplate, SectionTemplate, TableKind,
)


# What the Word import could not place in a section goes here, visibly, never dropped. It is
# a section the author may remove (a free section) once its content has been moved.
UNPLACED_SECTION_KEY = f"{FREE_SECTION_PREFIX}unplaced"
UNPLACED_SECTION_TITLE = "Unplaced content"


class ReportStatus(str, Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # sent to democratic services
    CLEARED = "cleared"  # signed off by the senior officer
    PUBLISHED = "published"  # in a published agenda pack

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass
class SectionContent:
    key: str
    blocks: list[Block] = field(default_factory=list)
    subsections: list["SectionContent"] = field(default_factory=list)
    title: str = ""  # only sections the author adds have their own title

    @property
    def is_free(self) -> bool:
        return self.key.startswith(FREE_SECTION_PREFIX)

    def subsection(self, key: str) -> "SectionContent | None":
        return next((s for s in self.subsections if s.key == key), None)

    def has_content(self) -> bool:
        """Whether anything is written here; a subheading alone says nothing."""
        written = [b for b in self.blocks if not isinstance(b, Subheading) and not b.is_empty()]
        return bool(written) or any(s.has_content() for s in self.subsections)


@dataclass
class Report:
    template_id: str
    header: dict[str, str] = field(default_factory=dict)  # field key -> value (report_header.py)
    sections: list[SectionContent] = field(default_factory=list)
    recommendations: Recommendations = field(default_factory=Recommendations)
    background_papers: list[BackgroundPaper] = field(default_factory=list)
    contact: ContactDetails = field(default_factory=ContactDetails)
    appendices: list[Appendix] = field(default_factory=list)
    status: ReportStatus = ReportStatus.DRAFT
    id: int | None = None

    def section(self, key: str) -> SectionContent | None:
        return next((s for s in self.sections if s.key == key), None)


def new_report(template: ReportTemplate) -> Report:
    """An empty report with every header field and section of `template`."""
    recommendations = template.section_with_part(Part.RECOMMENDATIONS)
    return Report(
        template_id=template.id,
        header={f.key: "" for f in template.fields},
        sections=[
            SectionContent(s.key, subsections=[SectionContent(sub.key) for sub in s.subsections])
            for s in template.sections
        ],
        recommendations=Recommendations(lead_in=recommendations.lead_in if recommendations else ""),
    )


def header_value(report: Report, template: ReportTemplate, role: FieldRole) -> str:
    """The value of the header field with `role` (the report's title, author ...), or ""."""
    header_field = template.field_for(role)
    return report.header.get(header_field.key, "").strip() if header_field else ""


def section_template(template: ReportTemplate, section: SectionContent) -> SectionTemplate | None:
    """The template's definition of `section`; None for a section the author added."""
    return None if section.is_free else template.section(section.key)


def section_title(template: ReportTemplate, section: SectionContent) -> str:
    definition = section_template(template, section)
    return definition.title if definition else section.title.strip()


def section_numbering(template: ReportTemplate, section: SectionContent) -> Numbering:
    definition = section_template(template, section)
    return definition.numbering if definition else template.numbering


def allowed_tables(template: ReportTemplate, section_key: str) -> tuple[TableKind, ...]:
    """The kinds of table an author may insert in a section."""
    definition = template.section(section_key)
    return definition.tables if definition else template.tables


def part_has_content(report: Report, part: Part | None) -> bool:
    if part is Part.RECOMMENDATIONS:
        return bool(report.recommendations.filled())
    if part is Part.BACKGROUND_PAPERS:
        return any(not paper.is_empty() for paper in report.background_papers)
    if part is Part.CONTACT:
        return any(text.strip() for text in report.contact.texts())
    return False


def is_shown(report: Report, template: ReportTemplate, section: SectionContent) -> bool:
    """Whether the section appears in the printed report: required sections always do (even
    empty, so that the gap is visible); optional ones once they have content."""
    definition = section_template(template, section)
    if definition is None:
        return bool(section.title.strip()) or section.has_content()
    return definition.required or section.has_content() or part_has_content(report, definition.part)


def is_subsection_shown(template: ReportTemplate, section: SectionContent,
                        sub: SectionContent) -> bool:
    """Implications are always printed (each must be answered, even with 'None.'); other
    sub-sections when required or filled."""
    definition = section_template(template, section)
    if definition is None:
        return sub.has_content()
    sub_definition = definition.subsection(sub.key)
    return (definition.part is Part.IMPLICATIONS or sub.has_content()
            or bool(sub_definition and sub_definition.required))


def add_free_section(report: Report, template: ReportTemplate, title: str) -> SectionContent:
    """Add a section of the author's own after the template's anchor section and any
    sections already added there; returns it."""
    if not template.allows_free_sections:
        raise ValidationError(
            f"The '{template.name}' style has a fixed set of sections: "
            "put the text in one of them.",
            "sections",
        )
    if not title.strip():
        raise ValidationError("A new section needs a title: enter one.", "title")
    suffixes = [s.key[len(FREE_SECTION_PREFIX):] for s in report.sections if s.is_free]
    numbers = [int(suffix) for suffix in suffixes if suffix.isdigit()]
    key = f"{FREE_SECTION_PREFIX}{max(numbers, default=0) + 1}"
    section = SectionContent(key, title=title.strip())
    keys = [s.key for s in report.sections]
    if template.free_sections_after not in keys:
        raise ValidationError(
            f"The report has no '{template.free_sections_after}' section to add a section after: "
            "it does not follow the template; import it again.",
            "sections",
        )
    position = keys.index(template.free_sections_after) + 1
    while position < len(report.sections) and report.sections[position].is_free:
        position += 1
    report.sections.insert(position, section)
    return section


def remove_free_section(report: Report, key: str) -> SectionContent:
    """Remove a section the author added; the template's own sections cannot be removed."""
    section = report.section(key)
    if section is None or not section.is_free:
        raise ValidationError(
            "Only sections you added can be removed; a section of the template stays, and an "
            "optional one is left out of the printed report while it is empty.",
            "sections",
        )
    report.sections.remove(section)
    return section
