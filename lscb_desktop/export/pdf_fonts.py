"""Registering the shipped Liberation Sans family with reportlab, so that every PDF embeds
its fonts and none refers to reportlab's built-in (never embedded) Helvetica."""

from functools import cache
from importlib.resources import as_file, files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .house_style import PDF_FONT, PDF_FONT_FILES

FONT_PACKAGE = "lscb_desktop.resources"
FONT_FOLDER = "fonts"

# reportlab face names for the four styles, e.g. "LiberationSans-Bold".
FACES = {
    "regular": PDF_FONT,
    "bold": f"{PDF_FONT}-Bold",
    "italic": f"{PDF_FONT}-Italic",
    "bold_italic": f"{PDF_FONT}-BoldItalic",
}


class FontMissingError(RuntimeError):
    """The installation lacks a shipped font file."""


def face(bold: bool = False, italic: bool = False) -> str:
    key = {(False, False): "regular", (True, False): "bold",
           (False, True): "italic", (True, True): "bold_italic"}[(bold, italic)]
    return FACES[key]


@cache
def register_fonts() -> str:
    """Register the family once per process (also for <b>/<i> in Paragraph markup) and
    return the regular face's name."""
    folder = files(FONT_PACKAGE) / FONT_FOLDER
    for key, file_name in PDF_FONT_FILES.items():
        resource = folder / file_name
        if not resource.is_file():
            raise FontMissingError(
                f"The font file '{file_name}' is missing from the installation: "
                "reinstall LSCB Desktop."
            )
        # TTFont reads the whole file at once, so the temporary path may go afterwards.
        with as_file(resource) as path:
            pdfmetrics.registerFont(TTFont(FACES[key], str(path)))
    pdfmetrics.registerFontFamily(
        PDF_FONT,
        normal=FACES["regular"],
        bold=FACES["bold"],
        italic=FACES["italic"],
        boldItalic=FACES["bold_italic"],
    )
    return FACES["regular"]
