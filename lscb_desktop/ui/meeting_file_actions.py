"""File > Export meeting file... and Import meeting file...: one meeting with its agenda and
committee as a JSON file (services.meeting_file_service), to move it between databases."""

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ..services import committee_service, meeting_file_service, meeting_service
from . import messages
from .file_dialogs import documents_folder

FILE_FILTER = "Meeting files (*.json);;All files (*)"


def suggested_file_name(db, meeting_id: int) -> str:
    """'Corporate Parenting Committee 2019-01-22.json', safe on every file system."""
    meeting = meeting_service.get_meeting(db, meeting_id)
    committee = committee_service.get_committee(db, meeting.committee_id)
    name = re.sub(r'[\\/:*?"<>|]+', " ", committee.name).strip()
    return f"{name} {meeting.date.isoformat()}.json"


def export_meeting_file(parent: QWidget, db, meeting_id: int) -> Path | None:
    """Ask where to save, then write the file; the path written, or None."""
    start = str(Path(documents_folder()) / suggested_file_name(db, meeting_id))
    path, _ = QFileDialog.getSaveFileName(parent, "Export meeting file", start, FILE_FILTER)
    if not path:
        return None
    try:
        meeting_file_service.export_meeting(db, meeting_id, path)
    except (OSError, *messages.USER_ERRORS) as error:
        messages.show_error(parent, "The meeting file was not saved", _reason(path, error))
        return None
    return Path(path)


def import_meeting_file(parent: QWidget, db) -> int | None:
    """Ask for a meeting file and import it; the new meeting's id, or None."""
    path, _ = QFileDialog.getOpenFileName(parent, "Import meeting file", documents_folder(),
                                          FILE_FILTER)
    if not path:
        return None
    try:
        return meeting_file_service.import_meeting(db, path)
    except (OSError, *messages.USER_ERRORS) as error:
        messages.show_error(parent, "The meeting file was not imported", _reason(path, error))
        return None


def _reason(path: str, error: BaseException) -> str:
    """The service's message, with the offending field of the file named on its own line."""
    field = getattr(error, "field", None)
    problem = getattr(error, "problem", None) or str(error)
    where = f"\n\nField: {field}" if field else ""
    return f"'{Path(path).name}': {problem}{where}\n\nNothing has been changed."
