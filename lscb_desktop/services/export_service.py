"""Exporting documents as Word and PDF: the agenda front sheet here, and (with
write_documents) every other composed document, reports included."""

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..domain.preferences import COUNCIL_NAME
from ..export.agenda_composer import compose_agenda
from ..export.atomic import atomic_path
from ..export.document import Document
from ..export.docx_renderer import render_docx
from ..export.pdf_renderer import render_pdf
from . import agenda_service, committee_service, meeting_service, settings_service

AGENDA_DOCX = "agenda.docx"
AGENDA_PDF = "agenda.pdf"


class ExportError(ValueError):
    """A document could not be written; the message names the folder and the way out."""


@dataclass(frozen=True)
class AgendaExport:
    docx: Path
    pdf: Path


def export_agenda(db: Database, meeting_id: int, out_dir: str | Path) -> AgendaExport:
    """Write the meeting's agenda front sheet to out_dir/agenda.docx and out_dir/agenda.pdf.

    Both files are rendered to temporary files first and only then renamed into place, so a
    failure leaves the previous agenda.docx and agenda.pdf as they were."""
    meeting = meeting_service.get_meeting(db, meeting_id)
    committee = committee_service.get_committee(db, meeting.committee_id)
    clerk = meeting.clerk.strip().casefold()
    contact = next(
        (o for o in committee_service.officers(db, committee.id)
         if clerk and o.name.strip().casefold() == clerk),
        None,
    )
    document = compose_agenda(
        committee,
        meeting,
        agenda_service.agenda(db, meeting_id),
        meeting_service.future_meetings(db, meeting),
        settings_service.get(db, COUNCIL_NAME),
        clerk_contact=contact,
    )
    docx_path, pdf_path = write_documents(document, out_dir, AGENDA_DOCX, AGENDA_PDF, "agenda")
    return AgendaExport(docx=docx_path, pdf=pdf_path)


def write_documents(document: Document, out_dir: str | Path, docx_name: str, pdf_name: str,
                    what: str) -> tuple[Path, Path]:
    """Render `document` to out_dir/docx_name and out_dir/pdf_name, both or neither.

    Both files are rendered to temporary files first and only then renamed into place, so a
    failure leaves the previous files as they were. `what` ("agenda", "report") names the
    document in the message of the ExportError raised when the folder cannot be written."""
    folder = Path(out_dir)
    docx_path, pdf_path = folder / docx_name, folder / pdf_name
    try:
        with atomic_path(docx_path) as docx_tmp, atomic_path(pdf_path) as pdf_tmp:
            render_docx(document, docx_tmp)
            render_pdf(document, pdf_tmp)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(
            f"The {what} could not be saved in the folder '{folder}': {reason}. "
            f"Choose a folder you can write to, and close {docx_name} or {pdf_name} "
            "if another program has it open."
        ) from error
    return docx_path, pdf_path
