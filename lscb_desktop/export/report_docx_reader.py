"""The Word import: a .docx report back into the structured report of a template.

Headings map to the template's sections and sub-sections by title (numbering, case and
punctuation aside) or, in the files this application wrote, by the hidden bookmarks on them
(report_anchors.py); numbers are taken off and the structure restored; bold and italic come
back as inline markup, lists as lists, tables as tables (report_docx_tables.py); the header
block fills the header fields, and the recommendations, background papers and contact
details go back into their parts. Whatever fits nowhere is kept in a visible "Unplaced
content" section, and every such decision is explained in a note."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..domain.report import (
    UNPLACED_SECTION_KEY, UNPLACED_SECTION_TITLE, Report, SectionContent, new_report,
    part_has_content,
)
from ..domain.report_blocks import Subheading
from ..domain.suppression import DEFAULT_THRESHOLD
from ..domain.templates import FREE_SECTION_PREFIX, Part, ReportTemplate
from .docx_reading import ReadDocument, ReadParagraph, ReadTable, read_docx
from .report_anchors import FILE_PROPERTY, TEMPLATE_PROPERTY
from .report_docx_front import FrontMatter
from .report_docx_headings import HeadingReader, HeadingTarget, Target
from .report_docx_sections import SectionFiller

__all__ = ["ImportedReport", "read_report_docx"]

_SNIPPET = 40  # characters of a paragraph quoted in a note


@dataclass
class ImportedReport:
    report: Report
    notes: list[str] = field(default_factory=list)  # what was not placed, and why


def read_report_docx(source: str | Path | bytes | IO[bytes], template: ReportTemplate,
                     suppression_threshold: int = DEFAULT_THRESHOLD,
                     name: str | None = None) -> ImportedReport:
    """The report in the Word file `source` (a path, its bytes or an open binary file), read
    as a report of `template`. A file that is not a Word document raises
    docx_reading.DocxReadError, a ValueError naming the file and the way out."""
    document = read_docx(source, name)
    return _ReportReader(document, template, suppression_threshold).read()


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 3] + "..."


class _ReportReader:
    def __init__(self, document: ReadDocument, template: ReportTemplate, threshold: int):
        properties = document.properties or {}
        self.document, self.template = document, template
        own_file = FILE_PROPERTY in properties
        written_for = properties.get(TEMPLATE_PROPERTY, "")
        self.notes: list[str] = []
        if own_file and written_for and written_for != template.id:
            self.notes.append(
                f"The file was written as a '{written_for}' report and was read as a "
                f"'{template.name}': check each section, and move what is in "
                f"'{UNPLACED_SECTION_TITLE}' to where it belongs.")
        self.report = new_report(template)
        self.report.recommendations.lead_in = ""  # only what the file says
        self.unplaced = SectionContent(UNPLACED_SECTION_KEY, title=UNPLACED_SECTION_TITLE)
        self.free: list[SectionContent] = []
        self.front = FrontMatter(self.report, template, document.author, own_file,
                                 self.notes)
        self.headings = HeadingReader(template, own_file,
                                      hints=own_file and written_for == template.id)
        self.filler = SectionFiller(self.report, template, own_file, threshold, self.notes)
        self.target: Target | None = None  # None: still in the header block
        self.note_due = True  # one note for each run of unplaced content

    def read(self) -> ImportedReport:
        for block in self.document.blocks:
            if isinstance(block, ReadTable):
                self.table(block)
            elif block.text.strip():
                self.paragraph(block)
        self.filler.flush()
        self.front.finish(self.unplace)
        self.finish_sections()
        return ImportedReport(self.report, self.notes)

    # -- blocks ----------------------------------------------------------------------------

    def paragraph(self, paragraph: ReadParagraph) -> None:
        in_front = self.target is None
        if in_front and paragraph.heading_level is None and self.front.paragraph(paragraph):
            return
        heading = self.headings.heading_of(paragraph)
        if heading is not None:
            self.filler.flush()
            self.go_to(self.headings.place(heading, self.target))
        elif in_front:
            self.unplace_with(paragraph, "above the first section")
        elif self.target.kind == HeadingTarget.APPENDICES:
            self.front.appendix_line(paragraph, self.unplace)
        else:
            self.filler.paragraph(paragraph, self.target)
            self.note_due = self.target.content is not self.unplaced

    def table(self, table: ReadTable) -> None:
        if self.target is None and self.front.table(table):
            return
        if self.target is None or self.target.kind == HeadingTarget.APPENDICES:
            where = "above the first section" if self.target is None else "among the appendices"
            self.unplace_with(table, where)
            return
        self.filler.table(table, self.target)
        self.note_due = self.target.content is not self.unplaced

    def go_to(self, target: Target) -> None:
        """Carry on in the place a heading leads to."""
        kind = target.kind
        if kind == HeadingTarget.TITLE:
            self.front.title(target.title)
            return
        if kind == HeadingTarget.SUBHEADING:
            if self.target is not None and self.target.content is not None:
                self.target.content.blocks.append(Subheading(target.title))
                return
            self.unplace(Subheading(target.title), f"the heading '{target.title}'")
            target = Target(HeadingTarget.UNPLACED, content=self.unplaced)
        elif kind == HeadingTarget.UNPLACED_HEADING:
            self.unplace(Subheading(target.title), f"the heading '{target.title}'",
                         target.reason)
            target = Target(HeadingTarget.UNPLACED, content=self.unplaced)
        elif kind == HeadingTarget.SECTION:
            target.content = self.report.section(target.key)
        elif kind == HeadingTarget.SUBSECTION:
            target.content = self.report.section(target.key).subsection(target.sub_key)
        elif kind == HeadingTarget.FREE:
            target.content = SectionContent(target.key or "", title=target.title)
            self.free.append(target.content)
            if not target.key:  # a heading of another file that names no section of ours
                anchor = self.template.section(self.template.free_sections_after)
                self.notes.append(f"'{target.title}' is not a section of the "
                                  f"'{self.template.name}' style: it is kept as a section of "
                                  f"your own, after '{anchor.title}'.")
        elif kind == HeadingTarget.UNPLACED:
            target.content = self.unplaced
            self.note_due = False  # the file's own "Unplaced content": already explained
        if kind in (HeadingTarget.SECTION, HeadingTarget.SUBSECTION, HeadingTarget.FREE):
            self.note_due = True
        self.target = target

    # -- unplaced content ------------------------------------------------------------------

    def unplace(self, block, what: str, reason: str = "") -> None:
        self.unplaced.blocks.append(block)
        if self.note_due:
            because = f" ({reason})" if reason else ""
            self.notes.append(
                f"{what[0].upper()}{what[1:]} could not be placed in a section{because}; it is "
                f"in '{UNPLACED_SECTION_TITLE}' with what followed it: move it where it "
                "belongs, then remove that section.")
            self.note_due = False

    def unplace_with(self, block: ReadParagraph | ReadTable, where: str) -> None:
        """Read `block` as part of the unplaced content, with a note when one is due."""
        target = Target(HeadingTarget.UNPLACED, title=UNPLACED_SECTION_TITLE,
                        content=SectionContent(UNPLACED_SECTION_KEY))
        if isinstance(block, ReadTable):
            self.filler.table(block, target)
            what = f"a table {where}"
        else:
            self.filler.paragraph(block, target)
            self.filler.flush()
            what = f"'{_snippet(block.text)}' ({where})"
        for read in target.content.blocks:
            self.unplace(read, what)

    # -- the sections in their printed order -----------------------------------------------

    def finish_sections(self) -> None:
        used = {s.key for s in self.free if s.key}
        number = 0
        for section in self.free:
            while not section.key:
                number += 1
                if f"{FREE_SECTION_PREFIX}{number}" not in used:
                    section.key = f"{FREE_SECTION_PREFIX}{number}"
        self.filler.decide_numbering()
        recommendations = self.report.recommendations
        if not recommendations.lead_in and not recommendations.items:
            # Nothing printed: keep the lead-in a new report starts with.
            recommendations.lead_in = new_report(self.template).recommendations.lead_in
        # "Unplaced content" is a section the author may remove, kept where such sections
        # go (after the anchor section, or at the end where the style has none).
        free = self.free + ([self.unplaced] if self.unplaced.blocks else [])
        ordered = []
        for section in self.report.sections:
            ordered.append(section)
            if section.key == self.template.free_sections_after:
                ordered, free = ordered + free, []
        self.report.sections = ordered + free
        for key in self.headings.missing_required():
            definition = self.template.section(key)
            filled = (self.report.section(key).has_content()
                      or part_has_content(self.report, definition.part))
            if not filled and definition.part is not Part.IMPLICATIONS:
                self.notes.append(f"The file has no '{definition.title}' section: write it in "
                                  "the report (it is required).")
