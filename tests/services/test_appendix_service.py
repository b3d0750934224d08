"""Appendices: PDF and Word files copied into the database, lettered A, B, C ... in their
order; a file that is not what its name says, empty, password-protected or damaged is
refused with a message naming it, and nothing is stored."""

import hashlib
import io
import zipfile

import docx
import pytest
from pypdf import PdfReader, PdfWriter
from report_service_fixtures import fill_completely, meeting_with_items
from reportlab.pdfgen import canvas

from lscb_desktop.domain.errors import NotFound, ValidationError
from lscb_desktop.domain.report_appendices import AppendixKind
from lscb_desktop.services import appendix_service, report_service, template_service


def pdf_bytes(text="Annual report", pages=1) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)  # the same bytes every time
    for n in range(pages):
        page.drawString(72, 720, f"{text}, page {n + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def docx_bytes(text="Action plan") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def encrypted_pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def damaged_docx_bytes() -> bytes:
    """A Word document whose compressed contents were changed after it was written (the
    checksum no longer matches)."""
    data = bytearray(docx_bytes())
    start = data.find(b"word/document.xml") + len("word/document.xml")
    data[start + 10] ^= 0xFF
    return bytes(data)


@pytest.fixture
def report_id(db):
    return report_service.create_report(db, "committee-report")


@pytest.fixture
def files(tmp_path):
    def write(name: str, content: bytes):
        path = tmp_path / name
        path.write_bytes(content)
        return path
    return write


def stored_files(db) -> int:
    return db.execute("SELECT count(*) FROM appendix_files").fetchone()[0]


def test_attached_files_are_lettered_in_order_and_copied_in(db, report_id, files):
    strategy = files("strategy.pdf", pdf_bytes("Strategy", pages=3))
    plan = files("action_plan-2019.docx", docx_bytes())
    first = appendix_service.attach_appendix(db, report_id, strategy, "Parenting Strategy")
    second = appendix_service.attach_appendix(db, report_id, plan)
    assert (first.kind, second.kind) == (AppendixKind.PDF, AppendixKind.DOCX)
    assert second.title == "action plan-2019"  # from the file name until the author retitles it
    assert first.sha256 == hashlib.sha256(strategy.read_bytes()).hexdigest()
    strategy_bytes = strategy.read_bytes()
    strategy.unlink()  # the original may go: the database has its own copy
    assert appendix_service.appendix_bytes(db, report_id, "A") == strategy_bytes
    assert [a.title for a in report_service.get_report(db, report_id).appendices] == [
        "Parenting Strategy", "action plan-2019"]


def test_appendices_can_be_moved_retitled_and_removed_and_the_letters_follow(db, report_id, files):
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        appendix_service.attach_appendix(db, report_id, files(name, pdf_bytes(name)), name)
    moved = appendix_service.move_appendix(db, report_id, "C", "A")
    assert [a.title for a in moved] == ["c.pdf", "a.pdf", "b.pdf"]
    appendix_service.retitle_appendix(db, report_id, "Appendix B", "Budget")
    removed = appendix_service.remove_appendix(db, report_id, "a")
    assert removed.title == "c.pdf"
    assert [a.title for a in appendix_service.appendices(db, report_id)] == ["Budget", "b.pdf"]
    assert appendix_service.appendix_bytes(db, report_id, "B") == pdf_bytes("b.pdf")
    assert stored_files(db) == 2  # the removed file's bytes went with it


def test_a_file_attached_to_two_reports_is_stored_once_and_kept_while_either_uses_it(
        db, report_id, files):
    other = report_service.create_report(db, "scrutiny-report")
    path = files("strategy.pdf", pdf_bytes())
    appendix_service.attach_appendix(db, report_id, path)
    appendix_service.attach_appendix(db, other, path)
    assert stored_files(db) == 1
    report_service.delete_report(db, report_id)
    assert appendix_service.appendix_bytes(db, other, "A") == path.read_bytes()
    report_service.delete_report(db, other)
    assert stored_files(db) == 0


def test_the_same_file_twice_on_one_report_is_refused(db, report_id, files):
    path = files("strategy.pdf", pdf_bytes())
    appendix_service.attach_appendix(db, report_id, path)
    with pytest.raises(ValidationError, match="already attached to this report as Appendix A"):
        appendix_service.attach_appendix(db, report_id, path)


def test_an_appendix_saved_as_a_file_is_the_file_attached(db, report_id, files, tmp_path):
    content = docx_bytes("Scorecard")
    appendix_service.attach_appendix(db, report_id, files("scorecard.docx", content))
    target = tmp_path / "out" / "Appendix A.docx"
    target.parent.mkdir()
    target.write_bytes(b"an older copy")
    assert appendix_service.save_appendix_as(db, report_id, "A", target) == target
    assert target.read_bytes() == content
    assert [p.name for p in target.parent.iterdir()] == ["Appendix A.docx"]  # no temporary left


def test_saving_into_a_folder_that_cannot_be_written_says_so(db, report_id, files, tmp_path):
    appendix_service.attach_appendix(db, report_id, files("a.pdf", pdf_bytes()))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(ValidationError, match="could not be saved as .*choose a folder you can"):
        appendix_service.save_appendix_as(db, report_id, "A", blocker / "a.pdf")


def test_the_appendices_titles_are_searchable(db, report_id, files):
    appendix_service.attach_appendix(db, report_id, files("x.pdf", pdf_bytes()), "Sufficiency")
    assert [h.report_id for h in report_service.search_reports(db, "sufficiency")] == [report_id]


def test_an_appendix_that_does_not_exist_is_named_with_those_that_do(db, report_id, files):
    with pytest.raises(NotFound, match="has no appendices yet, so no Appendix A: attach a file"):
        appendix_service.appendix_bytes(db, report_id, "A")
    for name in ("a.pdf", "b.pdf"):
        appendix_service.attach_appendix(db, report_id, files(name, pdf_bytes(name)))
    with pytest.raises(NotFound, match="has no Appendix D: it has Appendices A and B; choose one"):
        appendix_service.remove_appendix(db, report_id, "D")


REFUSALS = {
    "budget.pdf": (b"Budget 2019-20\nStaffing 1,200\n", "'budget.pdf' could not be attached: "
                   "it is not a PDF. Choose the PDF itself"),
    "report.pdf": (docx_bytes(), "it is not a PDF but a zip archive or an Office document"),
    "protected.pdf": (encrypted_pdf_bytes(), "the PDF is password-protected"),
    "truncated.pdf": (pdf_bytes()[:400], "the PDF is damaged and cannot be read"),
    "empty.pdf": (b"", "the file is empty"),
    "plan.docx": (pdf_bytes(), "it is not a Word document but a PDF"),
    "protected.docx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
                       "password-protected Word document, or an older Word"),
    "figures.docx": (zip_bytes({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}),
                     "it is not a Word document but an Excel workbook"),
    "damaged.docx": (damaged_docx_bytes(), "the Word document is damaged"),
    "notes.docx": (b"Just some notes", "it is not a Word document. Choose the .docx file"),
    "minutes.doc": (b"\xd0\xcf\x11\xe0", "'minutes.doc' cannot be an appendix: attach a PDF"),
    "photo.jpg": (b"\xff\xd8\xff", "attach a PDF (.pdf) or Word (.docx) file"),
}


@pytest.mark.parametrize("name", REFUSALS)
def test_unfit_files_are_refused_with_the_reason_and_nothing_is_stored(
        db, report_id, files, name):
    content, reason = REFUSALS[name]
    with pytest.raises(ValidationError) as refused:
        appendix_service.attach_appendix(db, report_id, files(name, content))
    assert reason in str(refused.value)
    assert appendix_service.appendices(db, report_id) == []
    assert stored_files(db) == 0


def test_a_missing_file_or_a_folder_is_refused(db, report_id, tmp_path):
    with pytest.raises(ValidationError, match="was not found: it may have been moved"):
        appendix_service.attach_appendix(db, report_id, tmp_path / "gone.pdf")
    with pytest.raises(ValidationError, match="is a folder"):
        appendix_service.attach_appendix(db, report_id, tmp_path)


def test_a_report_that_does_not_exist_gets_no_appendix(db, files):
    with pytest.raises(NotFound, match="no report with id 7"):
        appendix_service.attach_appendix(db, 7, files("a.pdf", pdf_bytes()))
    assert stored_files(db) == 0


def test_a_published_report_keeps_its_appendices_as_published(db, files):
    _, items = meeting_with_items(db)
    report_id = report_service.create_report(db, "committee-report", items["Scorecard"])
    report = report_service.get_report(db, report_id)
    report_service.save_report(db, fill_completely(
        report, template_service.get_template(db, "committee-report")))
    appendix_service.attach_appendix(db, report_id, files("a.pdf", pdf_bytes()), "Strategy")
    for status in ("submitted", "cleared", "published"):
        report_service.change_status(db, report_id, status, by="Ben Tranter")
    another = files("b.pdf", pdf_bytes("b"))
    for change in (lambda: appendix_service.attach_appendix(db, report_id, another),
                   lambda: appendix_service.remove_appendix(db, report_id, "A"),
                   lambda: appendix_service.retitle_appendix(db, report_id, "A", "Other")):
        with pytest.raises(ValidationError, match="is published and its appendices stay"):
            change()
    assert [a.title for a in appendix_service.appendices(db, report_id)] == ["Strategy"]
