"""Helpers for export tests: adding items through the services, and reading back what the
exports wrote (python-docx for Word, pypdf for PDF)."""

import re

import docx
import docx.table
from pypdf import PdfReader

from lscb_desktop.domain.agenda import AgendaItem, ItemKind
from lscb_desktop.services import agenda_service

VENUE = "Committee Suite 2/3, Westfields, Middlewich Road, Sandbach CW11 1HZ"

def add_item(db, meeting_id, title, purpose="", part=1, paragraphs=()):
    return agenda_service.add_item(db, meeting_id, AgendaItem(
        title=title, purpose=purpose, kind=ItemKind.REPORT, part=part,
        exempt_paragraphs=list(paragraphs)))


def flat(text: str) -> str:
    """Whitespace collapsed, so phrases wrapped over lines still match."""
    return " ".join(text.split())


def docx_text(path) -> str:
    """The text of the body's paragraphs and tables (row by row), in document order."""
    parts = []
    for block in docx.Document(str(path)).iter_inner_content():
        if isinstance(block, docx.table.Table):
            parts += [cell.text for row in block.rows for cell in row.cells]
        else:
            parts.append(block.text)
    return flat(" ".join(parts))


def pdf_text(path) -> str:
    """The text of all pages without their "Page N" footers, which would split phrases that
    run over a page break."""
    lines = [
        line
        for page in PdfReader(str(path)).pages
        for line in page.extract_text().splitlines()
        if not re.fullmatch(r"Page \d+", line.strip())
    ]
    return flat(" ".join(lines))
