"""Is a file fit to be an appendix? It must be the PDF or Word document its name says, not
empty, not password-protected, and readable, because it is merged into the agenda pack later
and a pack must not fail on the day of publication. Each refusal names the file, what is
wrong with it and what to do."""

import io
import zipfile

from ..domain.errors import ValidationError
from ..domain.report_appendices import AppendixKind

_PDF_MAGIC = b"%PDF-"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office files, and encrypted new ones
_OTHER_OFFICE = {"xl/": "an Excel workbook", "ppt/": "a PowerPoint presentation"}


def _refuse(file_name: str, problem: str, way_out: str) -> ValidationError:
    return ValidationError(f"The appendix file '{file_name}' could not be attached: {problem}. "
                           f"{way_out}", "path")


def _actually(data: bytes) -> str | None:
    """What the bytes are, for a message when they are not what the name says."""
    if _PDF_MAGIC in data[:1024]:
        return "a PDF"
    if data.startswith(_OLE_MAGIC):
        return "an older Office document, or a password-protected one"
    if data.startswith(b"PK"):
        return "a zip archive or an Office document"
    return None


def check_appendix(file_name: str, data: bytes) -> AppendixKind:
    """The kind of appendix `data` is, or a ValidationError saying why it cannot be one."""
    kind = AppendixKind.from_file_name(file_name)  # refuses other extensions, with a way out
    if not data:
        raise _refuse(file_name, "the file is empty (0 bytes)",
                      "Check that it was saved completely, then choose it again.")
    if kind is AppendixKind.PDF:
        _check_pdf(file_name, data)
    else:
        _check_docx(file_name, data)
    return kind


def _check_pdf(file_name: str, data: bytes) -> None:
    # the header may follow a little junk, as PDF readers allow (ISO 32000-1, 7.5.2)
    if _PDF_MAGIC not in data[:1024]:
        found = _actually(data)
        raise _refuse(file_name, "it is not a PDF" + (f" but {found}" if found else ""),
                      "Choose the PDF itself, or open the document and save it as PDF.")
    from pypdf import PdfReader  # imported when needed: the command line starts faster

    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
        # reading every page's size finds the damage a merge into the pack would hit
        pages = [] if encrypted else [page.mediabox for page in reader.pages]
    except Exception as error:  # damaged files make pypdf raise many kinds (zlib, struct ...)
        raise _refuse(file_name, f"the PDF is damaged and cannot be read ({error})",
                      "Open it in a PDF reader and save (or print to PDF) a fresh copy, then "
                      "attach that.") from None
    if encrypted:
        raise _refuse(file_name, "the PDF is password-protected (encrypted), so it cannot be "
                      "merged into the agenda pack",
                      "Save a copy without the password or security settings and attach that.")
    if not pages:
        raise _refuse(file_name, "the PDF has no pages", "Choose the complete document.")


def _check_docx(file_name: str, data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        raise _refuse(file_name, "it is a password-protected Word document, or an older Word "
                      "(.doc) document named .docx",
                      "Remove the password (File > Info > Protect Document) or open it and "
                      "save it as a Word Document (.docx), then attach it again.")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        found = _actually(data)
        raise _refuse(file_name, "it is not a Word document" + (f" but {found}" if found else ""),
                      "Choose the .docx file itself, or save the document as PDF and attach "
                      "that.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            damaged = archive.testzip()
    except Exception as error:  # BadZipFile, zlib.error, EOFError ... for a damaged archive
        damaged = str(error)
        names = []
    if damaged is not None:
        raise _refuse(file_name, "the Word document is damaged: part of it cannot be unpacked",
                      "Open it in Word and save a fresh copy, then attach that.")
    if "word/document.xml" not in names:
        found = next((what for prefix, what in _OTHER_OFFICE.items()
                      if any(n.startswith(prefix) for n in names)), "another kind of file")
        raise _refuse(file_name, f"it is not a Word document but {found}",
                      "Choose the Word document itself, or save the file as PDF and attach "
                      "that.")
    _open_with_python_docx(file_name, data)


def _open_with_python_docx(file_name: str, data: bytes) -> None:
    import docx  # imported when needed: the command line starts faster

    try:
        docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds (KeyError, lxml, ...)
        raise _refuse(file_name, f"the Word document is damaged and cannot be read ({error})",
                      "Open it in Word and save a fresh copy, then attach that.") from None
