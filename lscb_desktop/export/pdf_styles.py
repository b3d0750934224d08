"""reportlab paragraph styles from the house style's text styles."""

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from . import house_style as hs
from .pdf_fonts import face

_ALIGNMENT = {"centre": TA_CENTER, "right": TA_RIGHT}


def alignment(name: str) -> int:
    """reportlab's alignment for the house style's "left", "centre" or "right"."""
    return _ALIGNMENT.get(name, TA_LEFT)


def paragraph_style(name: str, spec: hs.TextStyle, **overrides) -> ParagraphStyle:
    """A reportlab style from a house style; every font is named so none defaults to Helvetica."""
    settings = dict(
        fontName=face(spec.bold, spec.italic),
        fontSize=spec.size,
        leading=spec.leading,
        alignment=alignment(spec.align),
        spaceBefore=spec.space_before,
        spaceAfter=spec.space_after,
        leftIndent=spec.left_indent,
        keepWithNext=int(spec.keep_with_next),
        textColor=colors.HexColor("#" + hs.TEXT_COLOUR),
        bulletFontName=face(spec.bold, spec.italic),
        bulletFontSize=spec.size,
    )
    settings.update(overrides)
    return ParagraphStyle(name, **settings)
