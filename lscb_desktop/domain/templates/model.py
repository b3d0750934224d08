"""What a report template (a council's house style) declares: header fields and sections.

Templates are read from data files (loader.py) and never change once loaded, hence frozen
dataclasses and tuples. The file format is documented in docs/report-templates.md.
"""

from dataclasses import dataclass, field
from enum import Enum


class FieldKind(str, Enum):
    TEXT = "text"
    DATE = "date"
    YES_NO = "yes-no"
    CHOICE = "choice"
    MULTILINE = "multiline"


class FieldRole(str, Enum):
    """What a header field means to the rest of the application (the agenda item takes its
    title and presenter from the report; the meeting is matched on committee and date)."""

    TITLE = "title"
    COMMITTEE = "committee"
    MEETING_DATE = "meeting-date"
    AUTHOR = "author"


class Numbering(str, Enum):
    DECIMAL = "decimal"  # 1. / 1.1. / 1.1.1.  (committee report)
    POINT_ZERO = "point-zero"  # 1.0 / 1.1 / 1.1.1  (scrutiny report)
    NONE = "none"


class Part(str, Enum):
    """Structured content a section carries after its own paragraphs."""

    RECOMMENDATIONS = "recommendations"
    IMPLICATIONS = "implications"  # the section's sub-sections are the implications
    BACKGROUND_PAPERS = "background-papers"
    CONTACT = "contact"


class TableKind(str, Enum):
    SCORECARD = "scorecard"
    ACTION_PLAN = "action-plan"
    PLAIN = "plain-table"


# The labels a template may rename, per part, with the wording used when it does not.
PART_LABELS: dict[Part, dict[str, str]] = {
    Part.RECOMMENDATIONS: {},
    Part.IMPLICATIONS: {},
    Part.BACKGROUND_PAPERS: {"title": "Title", "date": "Date", "contact": "Contact"},
    Part.CONTACT: {
        "name": "Name", "job_title": "Job Title", "email": "Email", "phone": "Telephone",
    },
}


@dataclass(frozen=True)
class HeaderField:
    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    role: FieldRole | None = None


@dataclass(frozen=True)
class SubsectionTemplate:
    key: str
    title: str
    guidance: str = ""
    required: bool = False


@dataclass(frozen=True)
class SectionTemplate:
    key: str
    title: str
    guidance: str = ""
    required: bool = False
    numbering: Numbering = Numbering.DECIMAL
    part: Part | None = None
    tables: tuple[TableKind, ...] = ()
    subsections: tuple[SubsectionTemplate, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    lead_in: str = ""  # recommendations: the sentence the list hangs from

    def label(self, name: str) -> str:
        """The template's wording for a part's label ('Designation' for job_title ...)."""
        if self.part is None:
            raise KeyError(name)
        return self.labels.get(name) or PART_LABELS[self.part][name]

    def subsection(self, key: str) -> SubsectionTemplate | None:
        return next((s for s in self.subsections if s.key == key), None)


@dataclass(frozen=True)
class ReportTemplate:
    id: str
    name: str
    description: str
    format: int
    fields: tuple[HeaderField, ...]
    sections: tuple[SectionTemplate, ...]
    numbering: Numbering = Numbering.DECIMAL  # for free sections, and sections that say nothing
    tables: tuple[TableKind, ...] = ()
    free_sections_after: str | None = None
    appendix_reference: bool = False  # show "(Appendices A, B and C refer)" under the title
    source_name: str = ""

    def section(self, key: str) -> SectionTemplate | None:
        return next((s for s in self.sections if s.key == key), None)

    def field(self, key: str) -> HeaderField | None:
        return next((f for f in self.fields if f.key == key), None)

    def field_for(self, role: FieldRole) -> HeaderField | None:
        return next((f for f in self.fields if f.role is role), None)

    def section_with_part(self, part: Part) -> SectionTemplate | None:
        return next((s for s in self.sections if s.part is part), None)

    @property
    def allows_free_sections(self) -> bool:
        return self.free_sections_after is not None
