"""Report templates: a council's house style as a data file (resources/templates/*.toml)."""

from ..errors import ValidationError
from .loader import FORMAT_VERSION, builtin_templates, load_template, load_template_bytes
from .model import (
    PART_LABELS, FieldKind, FieldRole, HeaderField, Numbering, Part, ReportTemplate,
    SectionTemplate, SubsectionTemplate, TableKind,
)
from .reading import TemplateError
from .sections import FREE_SECTION_PREFIX

__all__ = [
    "FORMAT_VERSION", "FREE_SECTION_PREFIX", "PART_LABELS", "FieldKind", "FieldRole", "HeaderField",
    "Numbering", "Part", "ReportTemplate", "SectionTemplate", "SubsectionTemplate", "TableKind",
    "TemplateError", "builtin_templates", "find_template", "load_template", "load_template_bytes",
]


def find_template(templates: list[ReportTemplate], template_id: str) -> ReportTemplate:
    """The template with `template_id`, or a ValidationError naming the ones there are."""
    for template in templates:
        if template.id == template_id:
            return template
    known = ", ".join(t.id for t in templates) or "none"
    raise ValidationError(
        f"There is no report template '{template_id}': use one of {known}, "
        "or import the template file.",
        "template_id",
    )
