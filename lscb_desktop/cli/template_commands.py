"""Report templates (house styles): `lscb templates` and `lscb import template`."""

from ..domain.templates import builtin_templates
from ..services import template_service
from .console import print_json, print_table

BUILT_IN, IMPORTED = "built-in", "imported"


def _templates(args, db) -> None:
    shipped = {t.id for t in builtin_templates()}
    rows = [{"id": t.id, "name": t.name, "source": BUILT_IN if t.id in shipped else IMPORTED}
            for t in template_service.list_templates(db)]
    if args.json:
        print_json(rows)
    else:
        print_table(["ID", "NAME", "SOURCE"], [list(r.values()) for r in rows])


def _import_template(args, db) -> None:
    print(template_service.import_template(db, args.file).id)


def register(commands) -> None:
    sub = commands.add(commands.top, "templates", _templates,
                       "list report templates: id, name, built-in or imported",
                       "List the report templates (house styles) reports can be written in: "
                       "the built-in ones, then those imported, by name. A report names its "
                       "template by id ('lscb import report --template ID').")
    sub.add_argument("--json", action="store_true", help="print a JSON array of objects")
    sub = commands.add(commands.group("import"), "template", _import_template,
                       "import a report template file (TOML)",
                       "Import a council's house style from a template file "
                       "(docs/report-templates.md), replacing an earlier import with the same "
                       "id. A file with any problem is refused, naming the line, and the "
                       "templates in use stay as they are. Prints the template's id.")
    sub.add_argument("file", metavar="FILE.toml", help="the template file")
