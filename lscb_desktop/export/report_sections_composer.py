"""A report's sections as document blocks: numbered headings, numbered paragraphs with the
number hanging in the margin, lists, subheadings, tables, and each section's structured part
(recommendations under their lead-in, background papers, contact details). Numbers come from
domain/report_numbering.py, so the editor, the Word file and the PDF agree."""

from ..domain.inline_markup import parse_inline
from ..domain.report import (
    Report, SectionContent, is_shown, is_subsection_shown, section_template, section_title,
)
from ..domain.report_blocks import BulletList, NumberedList, Paragraph, Subheading
from ..domain.report_numbering import SectionNumbers, list_label, number_report
from ..domain.report_parts import ContactDetails
from ..domain.report_tables import ActionPlan, PlainTable
from ..domain.scorecard import Scorecard
from ..domain.templates import Part, ReportTemplate, SectionTemplate
from .document import Block, Field, Fields, Heading, ItemStyle, NumberedItem, Run
from .report_anchors import Anchors
from .report_header_block import field_label
from .report_tables_composer import (
    action_plan_table, background_papers_table, plain_table, scorecard_table,
)

BULLET = "•"
SECTION_HEADING_LEVEL = 2
SUBSECTION_HEADING_LEVEL = 3
SUBHEADING_LEVEL = 4


def runs(text: str) -> tuple[Run, ...]:
    """The paragraph's inline markup (**bold**, *italic*) as runs."""
    return tuple(Run(r.text, r.bold, r.italic) for r in parse_inline(text))


class SectionComposer:
    def __init__(self, report: Report, template: ReportTemplate, threshold: int,
                 anchors: Anchors):
        self.report, self.template = report, template
        self.threshold, self.anchors = threshold, anchors
        self.numbers = number_report(report, template)

    def sections(self) -> list[Block]:
        blocks: list[Block] = []
        for section in self.report.sections:
            if is_shown(self.report, self.template, section):
                blocks += self.section(section)
        return blocks

    def section(self, section: SectionContent) -> list[Block]:
        numbers = self.numbers[section.key]
        title = section_title(self.template, section) or "Untitled section"
        blocks = [_heading(numbers.heading, title, SECTION_HEADING_LEVEL,
                           self.anchors.section(section.key))]
        blocks += self.content(section.blocks, numbers.blocks)
        definition = section_template(self.template, section)
        if definition is not None and definition.part is not None:
            blocks += self.part(definition, numbers)
        for sub in section.subsections:
            if not is_subsection_shown(self.template, section, sub):
                continue
            sub_numbers = numbers.subsections[sub.key]
            sub_definition = definition.subsection(sub.key) if definition else None
            sub_title = sub_definition.title if sub_definition else (sub.title or sub.key)
            blocks.append(_heading(sub_numbers.heading, sub_title, SUBSECTION_HEADING_LEVEL,
                                   self.anchors.subsection(sub.key)))
            blocks += self.content(sub.blocks, sub_numbers.blocks)
        return blocks

    def content(self, blocks: list, numbers: tuple) -> list[Block]:
        composed: list[Block] = []
        for block, number in zip(blocks, numbers):
            if isinstance(block, Paragraph):
                if not block.is_empty():
                    style = ItemStyle.PARAGRAPH if block.numbered else ItemStyle.TEXT
                    composed.append(NumberedItem(number or "", runs(block.text), style=style))
            elif isinstance(block, BulletList):
                composed += [NumberedItem(BULLET, runs(item), level=1, style=ItemStyle.BULLET)
                             for item in block.items if item.strip()]
            elif isinstance(block, NumberedList):
                filled = [item for item in block.items if item.strip()]
                composed += [NumberedItem(list_label(i), runs(item), level=1,
                                          style=ItemStyle.LETTERED)
                             for i, item in enumerate(filled)]
            elif isinstance(block, Subheading):
                if not block.is_empty():
                    composed.append(NumberedItem("", (Run(block.text.strip(), bold=True),),
                                                 heading_level=SUBHEADING_LEVEL,
                                                 keep_with_next=True))
            elif isinstance(block, Scorecard):
                composed.append(scorecard_table(block, self.threshold, self.anchors))
            elif isinstance(block, ActionPlan):
                composed.append(action_plan_table(block))
            elif isinstance(block, PlainTable) and (block.header or block.rows):
                composed.append(plain_table(block))
        return composed

    def part(self, definition: SectionTemplate, numbers: SectionNumbers) -> list[Block]:
        if definition.part is Part.RECOMMENDATIONS:
            return self.recommendations(numbers)
        if definition.part is Part.BACKGROUND_PAPERS:
            papers = [p for p in self.report.background_papers if not p.is_empty()]
            return [background_papers_table(papers, definition)] if papers else []
        if definition.part is Part.CONTACT:
            return [contact_fields(self.report.contact, definition)]
        return []  # implications are the section's sub-sections

    def recommendations(self, numbers: SectionNumbers) -> list[Block]:
        recommendations = self.report.recommendations
        blocks: list[Block] = []
        if recommendations.lead_in.strip():
            blocks.append(NumberedItem(numbers.lead_in or "", runs(recommendations.lead_in),
                                       style=ItemStyle.LEAD_IN))
        items = [(text, number) for text, number
                 in zip(recommendations.items, numbers.recommendations) if text.strip()]
        unnumbered_labels = len(items) > 1  # several unnumbered ones are lettered (a), (b)
        for i, (text, number) in enumerate(items):
            label = number or (list_label(i) if unnumbered_labels else "")
            blocks.append(NumberedItem(label, runs(text), style=ItemStyle.RECOMMENDATION))
        return blocks


def _heading(label: str | None, title: str, level: int, anchor: str) -> Block:
    if label:
        return NumberedItem(label, (Run(title, bold=True),), heading_level=level,
                            keep_with_next=True, anchor=anchor)
    return Heading(level, title, anchor=anchor)


CONTACT_FIELDS = ("name", "job_title", "email", "phone")


def contact_fields(contact: ContactDetails, definition: SectionTemplate) -> Fields:
    """The contact officer's details as labelled lines; all four labels while none is
    filled, so that the gap shows."""
    values = dict(zip(CONTACT_FIELDS, contact.texts()))
    filled = [name for name in CONTACT_FIELDS if values[name].strip()]
    return Fields(
        tuple(Field(field_label(definition.label(name)), values[name].strip())
              for name in (filled or CONTACT_FIELDS)),
        indented=True,
    )
