"""Report > Import house style...: add a council's own report template (a .toml file, see
docs/report-templates.md). A bad file is refused with the line and the problem; the
templates in use are unaffected."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ..services import template_service
from . import messages
from .file_dialogs import documents_folder


def import_house_style(window: QWidget, db, on_done, path: str | None = None):
    """Ask for the file (unless `path` is given) and import it; `on_done(text)` reports
    success. Returns the imported template, or None."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, "Import house style", documents_folder(),
                                              "Report templates (*.toml)")
        if not path:
            return None
    try:
        template = template_service.import_template(db, path)
    except messages.USER_ERRORS as error:
        messages.show_error(window, "The house style was not imported", error)
        return None
    on_done(f"House style '{template.name}' imported from {Path(path).name}: choose it when "
            "you write or import a report.")
    return template
