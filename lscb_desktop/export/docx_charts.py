"""Bar charts in Word: a PNG drawn with Pillow from chart_layout in the house font (the
shipped Liberation Sans), at print resolution, with the chart's alt text on the picture so
screen readers and Word's accessibility checker have its content."""

from functools import cache
from importlib.resources import files
from io import BytesIO

from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont

from . import house_style as hs
from .chart_layout import SCALE_TICK, chart_layout
from .document import BarChart
from .pdf_fonts import FONT_PACKAGE, FONT_FOLDER

DPI = 216  # three pixels a point: crisp on paper, a small file
SCALE = DPI / 72


@cache
def _font_bytes(style: str) -> bytes:
    return (files(FONT_PACKAGE) / FONT_FOLDER / hs.PDF_FONT_FILES[style]).read_bytes()


def _font(size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
    data = _font_bytes("bold" if bold else "regular")
    return ImageFont.truetype(BytesIO(data), round(size * SCALE))


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))


def chart_png(chart: BarChart, width: float = hs.TEXT_WIDTH) -> tuple[bytes, float, float]:
    """The chart as PNG bytes, and its width and height in points."""
    layout = chart_layout(chart, width)
    size, bar = hs.CHART_TEXT_SIZE, hs.CHART_BAR_HEIGHT

    def px(points: float) -> int:
        return round(points * SCALE)

    image = Image.new("RGB", (px(layout.width), px(layout.height)), "white")
    draw = ImageDraw.Draw(image)
    regular, bold, small = _font(size), _font(size, bold=True), _font(size * 0.9)
    text, rule = _rgb(hs.TEXT_COLOUR), _rgb(hs.CHART_RULE_COLOUR)
    for place in layout.bars:
        baseline = px(place.y + layout.baseline_offset)
        draw.text((0, baseline), place.label, font=regular, fill=text, anchor="ls")
        top, bottom = px(place.y), px(place.y + bar) - 1
        draw.rectangle((px(layout.track_x), top, px(layout.track_x + layout.track_length) - 1,
                        bottom), fill=_rgb(hs.CHART_TRACK_COLOUR))
        if place.length > 0:
            draw.rectangle((px(layout.track_x), top,
                            max(px(layout.track_x + place.length) - 1, px(layout.track_x)),
                            bottom), fill=_rgb(hs.CHART_BAR_COLOUR))
        draw.text((px(place.value_x), baseline), place.value_text, font=bold, fill=text,
                  anchor="ls")
    line = max(1, px(hs.TABLE_RULE_WIDTH))
    scale = px(layout.scale_y)
    draw.line((px(layout.track_x), scale, px(layout.track_x + layout.track_length), scale),
              fill=rule, width=line)
    for x, label in layout.ticks:
        draw.line((px(x), scale, px(x), px(layout.scale_y + SCALE_TICK)), fill=rule, width=line)
        draw.text((px(x), px(layout.scale_y + SCALE_TICK + size)), label, font=small, fill=rule,
                  anchor="ms")
    stream = BytesIO()
    image.save(stream, format="PNG", dpi=(DPI, DPI), optimize=True)
    return stream.getvalue(), layout.width, layout.height


def add_chart_picture(paragraph, chart: BarChart, width: float = hs.TEXT_WIDTH) -> None:
    """Put the chart's picture in `paragraph`, with its title and alt text on it."""
    png, width_pt, _ = chart_png(chart, width)
    run = paragraph.add_run()
    run.add_picture(BytesIO(png), width=Pt(width_pt))
    properties = run._r.find(".//" + qn("wp:docPr"))
    properties.set("title", chart.title)
    properties.set("descr", chart.alt_text)
