"""Exporting a meeting's minutes as Word and PDF (both or neither), in the layout councils
publish; minutes not yet approved carry a DRAFT watermark."""

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..domain.preferences import COUNCIL_NAME
from ..export.minutes_composer import compose_minutes
from . import attendance_service, committee_service, meeting_service, minutes_service
from . import settings_service
from .export_service import write_documents

MINUTES_DOCX = "minutes.docx"
MINUTES_PDF = "minutes.pdf"


@dataclass(frozen=True)
class MinutesExport:
    docx: Path
    pdf: Path


def export_minutes(db: Database, meeting_id: int, out_dir: str | Path) -> MinutesExport:
    """Write the meeting's minutes to out_dir/minutes.docx and out_dir/minutes.pdf. Raises
    ValidationError when the minutes have not been started, and ExportError when the folder
    cannot be written (the previous files are then left as they were)."""
    record = minutes_service.record(db, meeting_id)
    meeting = meeting_service.get_meeting(db, meeting_id)
    document = compose_minutes(
        committee_service.get_committee(db, meeting.committee_id),
        meeting,
        record,
        minutes_service.get_minutes(db, meeting_id),
        attendance_service.attendance(db, meeting_id),
        attendance_service.attendees(db, meeting_id),
        settings_service.get(db, COUNCIL_NAME),
    )
    docx_path, pdf_path = write_documents(document, out_dir, MINUTES_DOCX, MINUTES_PDF, "minutes")
    return MinutesExport(docx=docx_path, pdf=pdf_path)
