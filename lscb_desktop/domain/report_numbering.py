"""Paragraph numbers in the template's style, worked out once for editor and exporters alike.

- decimal (committee report): section "2.", its paragraphs "2.1.", "2.2."; the
  recommendations hang from their lead-in: "2.1." then "2.1.1.", "2.1.2."; sub-sections
  (implications) are "12.1." with paragraphs "12.1.1.".
- point-zero (scrutiny report): section "1.0", paragraphs "1.1", "1.2", below them "1.1.1".
- none: nothing is numbered.
Only sections that are printed (report.is_shown) and numbered take a section number, so the
numbers run without gaps. Blank paragraphs, paragraphs marked numbered=False, lists,
subheadings and tables take no number.
"""

from dataclasses import dataclass, field

from .report import (
    Report, SectionContent, is_shown, is_subsection_shown, section_numbering, section_template,
)
from .report_appendices import appendix_letter
from .report_blocks import Paragraph
from .templates import Numbering, Part, ReportTemplate


@dataclass(frozen=True)
class SectionNumbers:
    """The numbers of one section; each tuple runs parallel to what it numbers, with None
    for anything unnumbered."""

    heading: str | None = None
    blocks: tuple[str | None, ...] = ()
    lead_in: str | None = None  # the recommendations' lead-in (sections with that part)
    recommendations: tuple[str | None, ...] = ()
    subsections: dict[str, "SectionNumbers"] = field(default_factory=dict)


def format_number(style: Numbering, parts: list[int]) -> str | None:
    if style is Numbering.NONE:
        return None
    text = ".".join(str(p) for p in parts)
    if style is Numbering.DECIMAL:
        return text + "."
    return f"{text}.0" if len(parts) == 1 else text


def list_label(index: int) -> str:
    """The label of a numbered-list item: (a), (b) ... (z), (aa), so that lists inside a
    paragraph are not confused with the report's paragraph numbers."""
    return f"({appendix_letter(index).lower()})"


def _paragraph_numbers(style: Numbering, prefix: list[int], blocks: list,
                       start: int = 0) -> tuple[tuple, int]:
    """Numbers for `blocks` under `prefix`, counting on from `start`; returns them and the count."""
    numbers: list[str | None] = []
    count = start
    for block in blocks:
        if isinstance(block, Paragraph) and block.numbered and not block.is_empty():
            count += 1
            numbers.append(format_number(style, prefix + [count]))
        else:
            numbers.append(None)
    return tuple(numbers), count


def _unnumbered(report: Report, section: SectionContent,
                with_recommendations: bool) -> SectionNumbers:
    items = len(report.recommendations.items) if with_recommendations else 0
    return SectionNumbers(
        blocks=(None,) * len(section.blocks),
        recommendations=(None,) * items,
        subsections={s.key: _unnumbered(report, s, False) for s in section.subsections},
    )


def _section_numbers(report: Report, template: ReportTemplate, section: SectionContent,
                     number: int) -> SectionNumbers:
    style = section_numbering(template, section)
    definition = section_template(template, section)
    part = definition.part if definition else None
    blocks, count = _paragraph_numbers(style, [number], section.blocks)
    lead_in, items = None, ()
    if part is Part.RECOMMENDATIONS:
        recommendations = report.recommendations
        if recommendations.lead_in.strip():
            count += 1
            lead_in = format_number(style, [number, count])
            prefix, start = [number, count], 0
        else:
            prefix, start = [number], count
        as_paragraphs = [Paragraph(text) for text in recommendations.items]
        items, last = _paragraph_numbers(style, prefix, as_paragraphs, start)
        count = count if lead_in else last
    subsections = {}
    for sub in section.subsections:
        if not is_subsection_shown(template, section, sub):
            subsections[sub.key] = _unnumbered(report, sub, False)
            continue
        count += 1
        sub_blocks, _ = _paragraph_numbers(style, [number, count], sub.blocks)
        subsections[sub.key] = SectionNumbers(format_number(style, [number, count]), sub_blocks)
    return SectionNumbers(format_number(style, [number]), blocks, lead_in, items, subsections)


def number_report(report: Report, template: ReportTemplate) -> dict[str, SectionNumbers]:
    """The numbers of every section of `report`, by section key, in printed order."""
    numbers: dict[str, SectionNumbers] = {}
    counter = 0
    for section in report.sections:
        definition = section_template(template, section)
        holds_recommendations = bool(definition and definition.part is Part.RECOMMENDATIONS)
        numbered = section_numbering(template, section) is not Numbering.NONE
        if not numbered or not is_shown(report, template, section):
            numbers[section.key] = _unnumbered(report, section, holds_recommendations)
            continue
        counter += 1
        numbers[section.key] = _section_numbers(report, template, section, counter)
    return numbers
