"""The completeness check: what stops a report being submitted, each problem with its way out.

It runs live beside the editor, and report_status.py refuses to move a report on while it
finds anything. Checked: required header fields (and values of the right kind); required
sections left empty; no recommendations; the contact officer's name and an email or
telephone number; each implication answered (even with 'None'); placeholders left in the
text (placeholders.py); tables left without rows; references to appendices not attached;
text the Word import could not place.
"""

from dataclasses import dataclass

from .errors import ValidationError
from .placeholders import appendix_letters_referred_to, find_placeholders
from .report import (
    UNPLACED_SECTION_KEY, Report, SectionContent, is_subsection_shown, part_has_content,
    section_template, section_title,
)
from .report_appendices import appendix_letter
from .report_blocks import TABLE_TYPES
from .report_header import normalise_header_value
from .templates import Part, ReportTemplate

HEADER = "header"  # Problem.section for header fields
APPENDICES = "appendices"  # Problem.section for the appendices' own titles
_UNTITLED = "A section you added"


@dataclass(frozen=True)
class Problem:
    section: str  # a section key, or HEADER / APPENDICES
    message: str  # names the problem and the way out; ends with a full stop
    field: str | None = None  # the header field or sub-section concerned


def check_completeness(report: Report, template: ReportTemplate) -> list[Problem]:
    """Every problem with `report`: the header first, then section by section in printed
    order, then the appendices. An empty list means the report may go forward."""
    problems = _header_problems(report, template)
    for section in report.sections:
        problems += _section_problems(report, template, section)
        problems += _text_problems(report, template, section)
    for appendix in report.appendices:
        if not appendix.title.strip():
            problems.append(Problem(APPENDICES, f"The appendix '{appendix.file_name}' has no "
                                                "title: say what it is."))
        problems += [Problem(APPENDICES, f"The title of appendix '{appendix.file_name}' still has "
                                         f"the placeholder '{p}': replace it.")
                     for p in find_placeholders(appendix.title)]
    return problems


def _header_problems(report: Report, template: ReportTemplate) -> list[Problem]:
    problems = []
    for field in template.fields:
        value = report.header.get(field.key, "")
        if not value.strip():
            if field.required:
                problems.append(Problem(HEADER, f"'{field.label}' is empty: fill it in.",
                                        field.key))
            continue
        try:
            normalise_header_value(field, value)
        except ValidationError as error:
            problems.append(Problem(HEADER, str(error), field.key))
        problems += [Problem(HEADER, f"'{field.label}' still has the placeholder '{p}': "
                                     "replace it.", field.key) for p in find_placeholders(value)]
    return problems


def _section_problems(report: Report, template: ReportTemplate,
                      section: SectionContent) -> list[Problem]:
    title = section_title(template, section) or _UNTITLED
    if section.is_free:
        found = []
        if section.key == UNPLACED_SECTION_KEY and section.has_content():
            found.append(f"'{title}' holds text the Word import could not place: move it into "
                         "the right sections, then remove it.")
        elif not section.title.strip():
            found.append(f"{_UNTITLED} has no title: give it one or remove the section.")
        elif not section.has_content():
            found.append(f"'{title}' is empty: write it or remove the section.")
        problems = [Problem(section.key, message) for message in found]
    else:
        problems = _template_section_problems(report, template, section, title)
    for content in [section, *section.subsections]:
        for block in content.blocks:
            if not isinstance(block, TABLE_TYPES):
                continue
            if block.is_empty():
                problems.append(Problem(section.key, f"'{title}' has a table with no rows: fill it "
                                                     "in or remove it."))
            try:
                block.validate()
            except ValidationError as error:
                problems.append(Problem(section.key, f"'{title}': {error}"))
    return problems


def _template_section_problems(report: Report, template: ReportTemplate,
                               section: SectionContent, title: str) -> list[Problem]:
    definition = section_template(template, section)
    part = definition.part
    found: list[Problem] = []
    # recommendations, contact and implications report their own, more precise, problems
    self_reporting = part in (Part.RECOMMENDATIONS, Part.CONTACT, Part.IMPLICATIONS)
    filled = section.has_content() or part_has_content(report, part)
    if definition.required and not filled and not self_reporting:
        hint = "list the papers, or write 'None'" if part is Part.BACKGROUND_PAPERS else "write it"
        found.append(Problem(section.key, f"'{title}' is empty: {hint} (the section is required)."))
    if definition.required or filled:
        found += [Problem(section.key, message) for message in _part_problems(report, title, part)]
    for sub in section.subsections:
        if is_subsection_shown(template, section, sub) and not sub.has_content():
            sub_definition = definition.subsection(sub.key)
            sub_title = sub_definition.title if sub_definition else sub.key
            way_out = ("say what they are, or write 'None'" if part is Part.IMPLICATIONS
                       else "write it")
            found.append(Problem(section.key, f"'{sub_title}' is blank: {way_out}.", sub.key))
    return found


def _part_problems(report: Report, title: str, part: Part | None) -> list[str]:
    if part is Part.RECOMMENDATIONS and not report.recommendations.filled():
        return [f"'{title}' has no recommendations: add at least one (a report for information "
                "asks the committee to note it)."]
    if part is Part.CONTACT:
        return [f"'{title}': {problem}." for problem in report.contact.problems()]
    if part is Part.BACKGROUND_PAPERS:
        if any(not p.is_empty() and not p.title.strip() for p in report.background_papers):
            return [f"'{title}' lists a background paper with no title: give it one or remove "
                    "the row."]
    return []


def _text_problems(report: Report, template: ReportTemplate,
                   section: SectionContent) -> list[Problem]:
    """Placeholders, and appendices referred to but not attached, in all the section's text."""
    title = section_title(template, section) or _UNTITLED
    texts = _section_texts(report, template, section)
    problems = [
        Problem(section.key, f"'{title}' still has the placeholder '{placeholder}': replace it "
                             "with the real text.")
        for placeholder in dict.fromkeys(p for text in texts for p in find_placeholders(text))
    ]
    attached = {appendix_letter(i) for i in range(len(report.appendices))}
    referred = dict.fromkeys(a for text in texts for a in appendix_letters_referred_to(text))
    problems += [
        Problem(section.key, f"'{title}' refers to Appendix {letter}, but "
                             f"{_attached(len(attached))}: attach it or correct the reference.")
        for letter in referred if letter not in attached
    ]
    return problems


def _section_texts(report: Report, template: ReportTemplate, section: SectionContent) -> list[str]:
    definition = section_template(template, section)
    texts = [section.title] if section.is_free else []
    for content in [section, *section.subsections]:
        texts += [text for block in content.blocks for text in block.texts()]
    part = definition.part if definition else None
    if part is Part.RECOMMENDATIONS:
        texts += report.recommendations.texts()
    elif part is Part.BACKGROUND_PAPERS:
        texts += [text for paper in report.background_papers for text in paper.texts()]
    elif part is Part.CONTACT:
        texts += report.contact.texts()
    return texts


def _attached(count: int) -> str:
    if count == 0:
        return "no appendices are attached"
    if count == 1:
        return "only Appendix A is attached"
    letters = [appendix_letter(i) for i in range(count)]
    listed = (f"{letters[0]} to {letters[-1]}" if count > 3
              else f"{', '.join(letters[:-1])} and {letters[-1]}")
    return f"only Appendices {listed} are attached"
