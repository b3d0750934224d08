"""A Word watermark as Word itself makes one (Design > Watermark): a WordArt shape in VML
(shape type 136, a text path) named PowerPlusWaterMarkObject, in the page header, centred
on the page, rotated to the diagonal and behind the text. Word lists it as the document's
watermark (and can remove it); LibreOffice draws it too.

It matches the PDF's watermark, so both files carry the same mark: the house watermark
colour, opaque behind the text, as wide and as tall as the word's capitals in the house
watermark size (Word stretches the letters to fill the shape)."""

from docx.oxml import parse_xml

from . import house_style as hs
from .text_metrics import text_width

SHAPE_NAME = "PowerPlusWaterMarkObject"
_NAMESPACES = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:v="urn:schemas-microsoft-com:vml" '
               'xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w10="urn:schemas-microsoft-com:office:word"')
# The text-path shape type exactly as Word writes it with every watermark.
_FORMULAS = ("sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3",
             "if @0 @3 0", "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6",
             "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5")
_SHAPE_TYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    + "".join(f'<v:f eqn="{eqn}"/>' for eqn in _FORMULAS)
    + '</v:formulas><v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" '
    'xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
    '</v:shapetype>'
)


def _attribute(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;"))


def watermark_run(text: str):
    """A header run holding the watermark shape for `text`."""
    width = text_width(text, hs.WATERMARK_SIZE, bold=True)
    height = hs.WATERMARK_SIZE * hs.WATERMARK_CAP_HEIGHT
    # VML turns clockwise: Word's diagonal watermark (rising to the right) is 315 degrees.
    rotation = round(360 - hs.WATERMARK_ANGLE) % 360
    style = ";".join((
        "position:absolute", "margin-left:0", "margin-top:0", f"width:{width:.1f}pt",
        f"height:{height:.1f}pt", f"rotation:{rotation}", "z-index:-251657216",
        "mso-position-horizontal:center", "mso-position-horizontal-relative:margin",
        "mso-position-vertical:center", "mso-position-vertical-relative:margin",
    ))
    font = f"font-family:&quot;{hs.WORD_FONT}&quot;;font-size:1pt;font-weight:bold"
    return parse_xml(
        f'<w:r {_NAMESPACES}><w:rPr><w:noProof/></w:rPr><w:pict>{_SHAPE_TYPE}'
        f'<v:shape id="{SHAPE_NAME}1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        f'style="{style}" o:allowincell="f" fillcolor="#{hs.WATERMARK_COLOUR}" stroked="f">'
        f'<v:textpath style="{font}" string="{_attribute(text)}"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
    )
