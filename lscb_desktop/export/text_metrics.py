"""Widths of text in the house font, for layout that both renderers must agree on (how wide
the column of hanging labels or field labels is). Liberation Sans has Arial's metrics, so
the widths hold for the Word file as well as the PDF."""

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import house_style as hs
from .document import Block, Fields, NumberedItem
from .pdf_fonts import face, register_fonts


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    register_fonts()
    return stringWidth(text, face(bold, italic), size)


def label_column(blocks: list[Block]) -> float:
    """The width of the column top-level items' labels hang in, the same for the whole
    document so that text lines up from one item to the next."""
    widths = [
        text_width(block.label, hs.BODY_SIZE, bold=bool(block.runs) and block.runs[0].bold)
        for block in blocks
        if isinstance(block, NumberedItem) and block.label and block.level == 0
    ]
    return hs.label_column(max(widths, default=0.0))


def field_label_column(fields: Fields) -> float:
    widths = [text_width(row.label, hs.FIELD_STYLE.size, bold=True) for row in fields.rows]
    return hs.field_label_column(max(widths, default=0.0))


def fitted(text: str, size: float, width: float) -> str:
    """`text` cut at a word and ended with "..." if it is wider than `width` (a long title
    in a footer line)."""
    if text_width(text, size) <= width:
        return text
    words = text.split()
    while len(words) > 1 and text_width(" ".join(words) + "...", size) > width:
        words.pop()
    return " ".join(words) + "..."
