"""Each paper of a pack rendered to PDF bytes on its own, through one function keyed by a hash
of its content: a composed document, an attached PDF, a Word appendix (read into the
document model, or converted by LibreOffice). A rebuild after one report changes then needs
to render only that report and the front sheet again: give build_pack a cache that keeps
what it is handed (MemoryCache, or any object with get and put, e.g. one on disk)."""

import hashlib
from dataclasses import replace
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Protocol

from .pack_docx_appendix import compose_docx_appendix
from .docx_reading import DocxReadError, read_docx
from .document import Document
from .pack_contents import DocxFile, PdfFile, Source
from .pack_errors import PackError
from .pack_libreoffice import convert_docx_to_pdf
from .pdf_renderer import render_pdf

# Part of every key: raise it when the renderers or the house style change the pages drawn,
# so that a cache kept on disk is not used for pages drawn the old way.
RENDERING_VERSION = "1"


class PieceCache(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, pdf: bytes) -> None: ...


class MemoryCache:
    """Rendered pieces kept in memory for the life of the object (one window's session)."""

    def __init__(self):
        self.pieces: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.pieces.get(key)

    def put(self, key: str, pdf: bytes) -> None:
        self.pieces[key] = pdf


def piece_key(source: Source, use_libreoffice: bool = False) -> str:
    """A hash of everything that decides the piece's pages. A document's repr spells out
    every block and its metadata (the model is made of dataclasses), so equal content gives
    equal keys in every session."""
    if isinstance(source, Document):
        kind, content = "document", repr(source).encode("utf-8")
    elif isinstance(source, PdfFile):
        kind, content = "pdf", source.data
    else:
        kind, content = ("docx-libreoffice" if use_libreoffice else "docx"), source.data
    digest = hashlib.sha256(f"{RENDERING_VERSION}:{kind}:".encode() + content)
    return digest.hexdigest()


def render_document(document: Document) -> bytes:
    """The document as PDF bytes. In a pack the pack numbers the pages, centred at the foot
    (pack_stamps.py), so the document's own footer text is left off."""
    with TemporaryDirectory(prefix="lscb-piece-") as folder:
        path = Path(folder) / "piece.pdf"
        render_pdf(replace(document, footer=""), path)
        return path.read_bytes()


def _render_docx(source: DocxFile, title: str, use_libreoffice: bool) -> bytes:
    if use_libreoffice:
        return convert_docx_to_pdf(source.data, source.name)
    try:
        read = read_docx(source.data, source.name)
    except DocxReadError as error:
        raise PackError(f"The appendix could not be put into the pack. {error}") from None
    return render_document(compose_docx_appendix(read, title))


def render_piece(source: Source, title: str = "", cache: PieceCache | None = None,
                 use_libreoffice: bool = False) -> bytes:
    """The PDF bytes of one paper, from `cache` when it has them. `title` names a Word
    appendix's document (its bookmark title); it does not change the pages."""
    if isinstance(source, PdfFile):
        return source.data  # merged as attached: nothing to render or keep twice
    key = piece_key(source, use_libreoffice)
    cached = cache.get(key) if cache is not None else None
    if cached is not None:
        return cached
    if isinstance(source, Document):
        pdf = render_document(source)
    else:
        pdf = _render_docx(source, title, use_libreoffice)
    if cache is not None:
        cache.put(key, pdf)
    return pdf
