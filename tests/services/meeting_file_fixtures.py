"""The demo's upcoming meeting as a meeting file: five reports in three house styles, with a
scorecard, an action plan, a plain table and a PDF appendix. The demo is loaded as if today
were 1 December 2025, so that its dates (and so the files) are the same on every run."""

import io
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from lscb_desktop.services import demo_service
from lscb_desktop.services.meeting_file_service import meeting_to_dict
from lscb_desktop.store.connection import open_database

UPCOMING = 2  # the demo's upcoming meeting: its report items all have reports
FIXTURES = Path(__file__).parent / "fixtures"


def load_demo(db) -> None:
    demo_service.load_demo(db, today=date(2025, 12, 1))


@pytest.fixture
def demo_db(db):
    load_demo(db)
    return db


@pytest.fixture
def elsewhere(tmp_path):
    """Another, empty database: where a meeting file is taken to."""
    database = open_database(tmp_path / "elsewhere.db")
    yield database
    database.close()


@pytest.fixture
def demo_file(demo_db) -> dict:
    return meeting_to_dict(demo_db, UPCOMING)


def item_with_report(data: dict, template_id: str | None = None) -> int:
    """The index of the first item whose report is in `template_id` (any template if None)."""
    return next(i for i, item in enumerate(data["meeting"]["items"])
                if item["report"] and template_id in (None, item["report"]["template_id"]))


def block_path(data: dict, kind: str) -> tuple[int, int, int]:
    """(item, section, block) indices of the first block of `kind` in the file's reports."""
    for i, item in enumerate(data["meeting"]["items"]):
        for s, section in enumerate((item["report"] or {}).get("sections", [])):
            for b, block in enumerate(section["blocks"]):
                if block["kind"] == kind:
                    return i, s, b
    raise LookupError(kind)


def pdf_bytes(text: str) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)  # the same bytes every time
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return out.getvalue()
