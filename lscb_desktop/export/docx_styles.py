"""The house style as Word styles: Arial everywhere (theme fonts removed, or Word would show
Calibri/Cambria), the document language on the run defaults, real Heading 1-4 styles, and
named paragraph styles a clerk can reuse when editing the exported file."""

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from . import house_style as hs
from .document import ItemStyle, Style

# Word style names for the model's paragraph styles ("Normal" is Word's body text).
PARAGRAPH_STYLE_NAMES = {
    Style.BODY: "Normal",
    Style.SUBTITLE: "Document Subtitle",
    Style.CENTRE: "Centred",
    Style.CAPS: "Notice",
    Style.SMALL: "Small Print",
    Style.INDENTED: "Indented",
    Style.RIGHT: "Right Mark",
    Style.CAPTION: "Caption",
}
ITEM_STYLE_NAME = "Item"
# Word style names for the kinds of numbered item; the report import reads them back.
ITEM_STYLE_NAMES = {
    ItemStyle.ITEM: ITEM_STYLE_NAME,
    ItemStyle.PARAGRAPH: "Numbered Paragraph",
    ItemStyle.TEXT: "Unnumbered Paragraph",
    ItemStyle.BULLET: "Bullet Point",
    ItemStyle.LETTERED: "Lettered Point",
    ItemStyle.LEAD_IN: "Recommendations Lead-in",
    ItemStyle.RECOMMENDATION: "Recommendation",
}
ITEM_BODY_STYLE_NAME = "Item Text"
FIELD_STYLE_NAME = "Field"
TABLE_TEXT_STYLE_NAME = "Table Text"
COMPACT_TABLE_TEXT_STYLE_NAME = "Table Text Compact"
FOOTER_STYLE_NAME = "Footer"

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_font(rpr, font_name: str) -> None:
    """Name `font_name` for every script and drop theme fonts, which would win over it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font_name)


def set_language(rpr, language: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def _format(style, spec: hs.TextStyle) -> None:
    font = style.font
    font.size = Pt(spec.size)
    font.bold = spec.bold
    font.italic = spec.italic
    font.all_caps = spec.caps
    font.color.rgb = RGBColor.from_string(hs.TEXT_COLOUR)
    set_font(style.element.get_or_add_rPr(), hs.WORD_FONT)
    pf = style.paragraph_format
    pf.space_before = Pt(spec.space_before)
    pf.space_after = Pt(spec.space_after)
    pf.line_spacing = Pt(spec.leading)
    pf.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    pf.left_indent = Pt(spec.left_indent)
    pf.keep_with_next = spec.keep_with_next
    pf.alignment = {"centre": WD_ALIGN_PARAGRAPH.CENTER,
                    "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(spec.align, WD_ALIGN_PARAGRAPH.LEFT)


def _paragraph_style(document, name: str):
    styles = document.styles
    try:
        return styles[name]  # a lookup by name, not a scan of every style
    except KeyError:
        pass
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    return style


def apply_house_style(document, language: str) -> None:
    """Make `document`'s styles the house style, in `language` (e.g. "en-GB")."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    default_rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_font(default_rpr, hs.WORD_FONT)
    set_language(default_rpr, language)

    normal = document.styles["Normal"]
    _format(normal, hs.PARAGRAPH_STYLES[Style.BODY])
    set_language(normal.element.get_or_add_rPr(), language)
    for style_key, name in PARAGRAPH_STYLE_NAMES.items():
        if name != "Normal":
            _format(_paragraph_style(document, name), hs.PARAGRAPH_STYLES[style_key])
    for level, spec in hs.HEADING_STYLES.items():
        _format(document.styles[f"Heading {level}"], spec)
    for item_style, name in ITEM_STYLE_NAMES.items():
        _format(_paragraph_style(document, name), hs.ITEM_STYLES[item_style])
    _format(_paragraph_style(document, ITEM_BODY_STYLE_NAME), hs.ITEM_BODY_STYLE)
    _format(_paragraph_style(document, FIELD_STYLE_NAME), hs.FIELD_STYLE)
    _format(_paragraph_style(document, TABLE_TEXT_STYLE_NAME), hs.TABLE_TEXT_STYLE)
    _format(_paragraph_style(document, COMPACT_TABLE_TEXT_STYLE_NAME),
            hs.COMPACT_TABLE_TEXT_STYLE)
    footer = _paragraph_style(document, FOOTER_STYLE_NAME)
    _format(footer, hs.FOOTER_STYLE)
    footer.paragraph_format.tab_stops.clear_all()  # Word's own stops would catch our tab


def style_ids(document) -> dict[str, str]:
    """Paragraph style ids by name. Setting a style by id directly is much faster than
    python-docx's lookup by name, which scans every style each time."""
    return {s.name: s.style_id for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
