"""Where a bar chart's parts go, worked out once for both renderers (points, measured from
the chart's top-left corner, y downwards): labels in a column at the left, as wide as the
widest needs (long ones shortened), each bar on a track as long as 100%, its percentage
just after the bar's end, and a scale of 0%, 50% and 100% under the bars."""

from dataclasses import dataclass

from . import house_style as hs
from .document import BarChart, percent_label
from .text_metrics import fitted, text_width

LABEL_GAP = 8.0  # between a label and its track
VALUE_GAP = 4.0  # between a bar's end and its percentage
SCALE_TICK = 3.0
SCALE_STEPS = (0, 50, 100)


@dataclass(frozen=True)
class BarPlace:
    label: str  # shortened to fit the label column
    value_text: str  # '83%'
    y: float  # top of the bar
    length: float  # of the bar, from track_x
    value_x: float  # left of the percentage text


@dataclass(frozen=True)
class ChartLayout:
    width: float
    height: float
    track_x: float
    track_length: float
    bars: tuple[BarPlace, ...]
    scale_y: float  # the scale's rule
    ticks: tuple[tuple[float, str], ...]  # x and text of each scale mark

    @property
    def baseline_offset(self) -> float:
        """From a bar's top to the baseline of text centred on it."""
        return (hs.CHART_BAR_HEIGHT + hs.CHART_TEXT_SIZE * 0.7) / 2


def chart_layout(chart: BarChart, width: float = hs.TEXT_WIDTH) -> ChartLayout:
    size = hs.CHART_TEXT_SIZE
    widest = max((text_width(label, size) for label in chart.labels), default=0.0)
    label_column = min(widest + LABEL_GAP, width * hs.CHART_LABEL_MAX)
    room_for_value = text_width("100%", size, bold=True) + VALUE_GAP
    track_length = width - label_column - room_for_value
    step = hs.CHART_BAR_HEIGHT + hs.CHART_BAR_GAP
    bars = []
    for i, (label, value) in enumerate(zip(chart.labels, chart.values)):
        length = track_length * value / 100
        bars.append(BarPlace(fitted(label, size, label_column - LABEL_GAP),
                             percent_label(value), i * step, length,
                             label_column + length + VALUE_GAP))
    scale_y = len(bars) * step
    ticks = tuple((label_column + track_length * p / 100, f"{p}%") for p in SCALE_STEPS)
    height = scale_y + SCALE_TICK + size * 1.4
    return ChartLayout(width, height, label_column, track_length, tuple(bars), scale_y, ticks)
