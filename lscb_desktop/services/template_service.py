"""Report templates: the house styles shipped with the application and those a council
imported. A bad file is refused whole (TemplateError naming the line and the problem) and
nothing is stored, so the templates in use are never affected by it."""

from pathlib import Path

from sqlite_utils import Database

from ..domain.errors import NotFound, ValidationError
from ..domain.report_conform import lost_by_template
from ..domain.templates import (
    ReportTemplate, TemplateError, builtin_templates, load_template, load_template_bytes,
)
from ..domain.templates.toml_lines import LineIndex
from ..store import report_repo, template_repo


def _imported(db: Database) -> list[ReportTemplate]:
    """Imported templates that still load; one that no longer does (a later version of the
    application reads templates more strictly) is left out of the list, and get_template
    says why."""
    builtin_ids = {t.id for t in builtin_templates()}
    loaded = []
    for stored in template_repo.all_stored(db):
        if stored.id in builtin_ids:
            continue  # a built-in shipped later with the same id takes precedence
        try:
            loaded.append(load_template(stored.source, stored.source_name))
        except TemplateError:
            continue
    return loaded


def list_templates(db: Database) -> list[ReportTemplate]:
    """The built-in house styles, then the imported ones by name."""
    return builtin_templates() + _imported(db)


def get_template(db: Database, template_id: str) -> ReportTemplate:
    for template in builtin_templates():
        if template.id == template_id:
            return template
    stored = template_repo.get(db, template_id)
    if stored is None:
        known = ", ".join(t.id for t in list_templates(db))
        raise NotFound(f"There is no report template '{template_id}': use one of {known}, or "
                       "import the template file.")
    return load_template(stored.source, stored.source_name)  # TemplateError if it no longer loads


def import_template(db: Database, path: str | Path) -> ReportTemplate:
    """Read, check and store the template file at `path`; a template imported before with the
    same id is replaced, unless a report using it has text the new version has no place for.
    A built-in template is never replaced."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"The template file '{path}' was not found: it may have been "
                              "moved or renamed; choose it again.", "path") from None
    except OSError as error:
        raise ValidationError(f"The template file '{path}' could not be read "
                              f"({error.strerror or error}): choose another file, or copy it "
                              "to a local folder first.", "path") from None
    template = load_template_bytes(data, path.name)
    text = data.decode("utf-8-sig")
    id_line = LineIndex(text).line_of(("id",))
    builtin = next((t for t in builtin_templates() if t.id == template.id), None)
    if builtin is not None:
        raise TemplateError(
            path.name, id_line,
            f"id '{template.id}' belongs to the built-in template '{builtin.name}', which cannot "
            f"be replaced; give your template its own id, such as '{template.id}-local'",
        )
    _refuse_losing_text(db, template, path.name, id_line)
    template_repo.save(db, template.id, template.name, path.name, text)
    return template


def _refuse_losing_text(db: Database, template: ReportTemplate, source_name: str,
                        line: int) -> None:
    for report_id in report_repo.ids_using_template(db, template.id):
        lost = lost_by_template(report_repo.get(db, report_id), template)
        if lost:
            title = report_repo.get_row(db, report_id).title
            name = f"the report '{title}'" if title else f"report {report_id} (untitled)"
            raise TemplateError(
                source_name, line,
                f"{name} uses template '{template.id}' and has text in "
                f"{', '.join(lost)}, which this version of the template does not have; keep "
                "them in the file, or give this version a new id",
            )
