"""Keeping a stored report in step with its template when the template changes (a council
re-imports its house style with a new section or header field).

`conformed` gives the report every field and section the template now has, in the template's
order, keeping everything already written. `lost_by_template` lists what a new version of
the template would leave with nowhere to go, so that the import can refuse it instead.
"""

from dataclasses import replace

from .report import Report, SectionContent, part_has_content
from .templates import Part, ReportTemplate, SectionTemplate


def _written(section: SectionContent) -> bool:
    """Anything at all written here, a lone subheading included (unlike has_content)."""
    return (bool(section.title.strip()) or any(not b.is_empty() for b in section.blocks)
            or any(_written(sub) for sub in section.subsections))


def _conformed_section(section: SectionContent, definition: SectionTemplate) -> SectionContent:
    by_key = {sub.key: sub for sub in section.subsections}
    subsections = [by_key.pop(sub.key, None) or SectionContent(sub.key)
                   for sub in definition.subsections]
    kept = [sub for sub in by_key.values() if _written(sub)]
    return replace(section, subsections=subsections + kept)


def conformed(report: Report, template: ReportTemplate) -> Report:
    """A copy of `report` with the template's missing fields and sections added (empty) in
    the template's order; sections the author added stay after the template's anchor
    section. What the template no longer names is dropped when empty and otherwise kept
    at the end (lost_by_template stops a template change that would leave any)."""
    header = {f.key: report.header.get(f.key, "") for f in template.fields}
    header.update({k: v for k, v in report.header.items() if k not in header})
    existing = {s.key: s for s in report.sections if not s.is_free}
    free = [s for s in report.sections if s.is_free]
    sections: list[SectionContent] = []
    for definition in template.sections:
        section = existing.pop(definition.key, None) or SectionContent(definition.key)
        sections.append(_conformed_section(section, definition))
        if definition.key == template.free_sections_after:
            sections += free
            free = []
    kept = [s for s in existing.values() if _written(s)]
    return replace(report, header=header, sections=sections + free + kept)


def lost_by_template(report: Report, template: ReportTemplate) -> list[str]:
    """What `report` has written that `template` has no place for, each as
    "the section 'risks'", "the header field 'ward'", "'legal' in section 'implications'",
    "the recommendations"."""
    lost = [f"the header field '{key}'" for key, value in report.header.items()
            if value.strip() and template.field(key) is None]
    for section in report.sections:
        if section.is_free:
            continue
        definition = template.section(section.key)
        if definition is None:
            if _written(section):
                lost.append(f"the section '{section.key}'")
            continue
        lost += [f"'{sub.key}' in section '{section.key}'" for sub in section.subsections
                 if _written(sub) and definition.subsection(sub.key) is None]
    if not template.allows_free_sections and any(
            s.is_free and _written(s) for s in report.sections):
        lost.append("the sections the author added")
    lost += [f"the {part.value.replace('-', ' ')}" for part in Part
             if part is not Part.IMPLICATIONS and part_has_content(report, part)
             and template.section_with_part(part) is None]
    return lost
