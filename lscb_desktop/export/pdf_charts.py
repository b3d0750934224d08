"""Bar charts in the PDF, drawn as vector graphics (reportlab.graphics) from chart_layout:
sharp at any zoom, and the labels and percentages remain text that can be found and read."""

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor

from . import house_style as hs
from .chart_layout import SCALE_TICK, chart_layout
from .document import BarChart
from .pdf_fonts import face


def _colour(hex_colour: str):
    return HexColor("#" + hex_colour)


def chart_drawing(chart: BarChart, width: float = hs.TEXT_WIDTH) -> Drawing:
    """The chart's bars, labels and scale as a flowable as wide as `width`."""
    layout = chart_layout(chart, width)
    size, bar = hs.CHART_TEXT_SIZE, hs.CHART_BAR_HEIGHT
    drawing = Drawing(layout.width, layout.height)
    drawing.hAlign = "LEFT"

    def top_down(y: float) -> float:  # layout measures from the top, PDF from the bottom
        return layout.height - y

    for place in layout.bars:
        baseline = top_down(place.y + layout.baseline_offset)
        drawing.add(String(0, baseline, place.label, fontName=face(), fontSize=size,
                           fillColor=_colour(hs.TEXT_COLOUR)))
        drawing.add(Rect(layout.track_x, top_down(place.y + bar), layout.track_length, bar,
                         fillColor=_colour(hs.CHART_TRACK_COLOUR), strokeColor=None))
        if place.length > 0:
            drawing.add(Rect(layout.track_x, top_down(place.y + bar), place.length, bar,
                             fillColor=_colour(hs.CHART_BAR_COLOUR), strokeColor=None))
        drawing.add(String(place.value_x, baseline, place.value_text,
                           fontName=face(bold=True), fontSize=size,
                           fillColor=_colour(hs.TEXT_COLOUR)))
    rule = _colour(hs.CHART_RULE_COLOUR)
    scale = top_down(layout.scale_y)
    drawing.add(Line(layout.track_x, scale, layout.track_x + layout.track_length, scale,
                     strokeColor=rule, strokeWidth=hs.TABLE_RULE_WIDTH))
    for x, text in layout.ticks:
        drawing.add(Line(x, scale, x, scale - SCALE_TICK, strokeColor=rule,
                         strokeWidth=hs.TABLE_RULE_WIDTH))
        drawing.add(String(x, scale - SCALE_TICK - size, text, fontName=face(),
                           fontSize=size * 0.9, fillColor=rule, textAnchor="middle"))
    return drawing
