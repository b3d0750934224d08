"""A horizontal bar chart of percentages drawn with QPainter (QtCharts is not shipped):
labels at the left, each bar on a light track as long as 100%, its percentage after it;
the same look as the chart in the exported documents."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from .style import BORDER, INK, MUTED

BAR_COLOUR = "#1f4e79"  # the documents' bar colour: dark enough to read in greyscale
TRACK_COLOUR = "#e7e6e6"
BAR_HEIGHT = 18
BAR_GAP = 8
LABEL_MAX_SHARE = 0.45
PADDING = 12


def percent_text(value: float) -> str:
    return f"{int(value + 0.5)}%"


class BarChartWidget(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float]] = []
        self.empty_text = "No attendance recorded in this period."
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, labels: list[str], values: list[float]) -> None:
        """`values` are percentages, 0 to 100."""
        self.bars = list(zip(labels, values))
        self.setAccessibleDescription("; ".join(f"{label}: {percent_text(value)}"
                                                for label, value in self.bars))
        self.updateGeometry()
        self.update()

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        title = QFontMetrics(self._title_font()).height() + 8
        rows = max(1, len(self.bars))
        return QSize(420, 2 * PADDING + title + rows * (BAR_HEIGHT + BAR_GAP) + 18)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QColor(BORDER))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setFont(self._title_font())
        painter.setPen(QColor(INK))
        title_height = QFontMetrics(self._title_font()).height()
        painter.drawText(QRectF(PADDING, PADDING, self.width() - 2 * PADDING, title_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        top = PADDING + title_height + 8
        if not self.bars:
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(PADDING, top, self.width() - 2 * PADDING, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.empty_text)
            return
        self._draw_bars(painter, top)

    def _draw_bars(self, painter: QPainter, top: float) -> None:
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        inner = self.width() - 2 * PADDING
        label_width = min(max(metrics.horizontalAdvance(label) for label, _ in self.bars) + 10,
                          inner * LABEL_MAX_SHARE)
        value_room = QFontMetrics(bold).horizontalAdvance("100%") + 8
        track_x = PADDING + label_width
        track = max(inner - label_width - value_room, 10)
        for i, (label, value) in enumerate(self.bars):
            y = top + i * (BAR_HEIGHT + BAR_GAP)
            painter.setPen(QColor(INK))
            painter.setFont(self.font())
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 10))
            painter.drawText(QRectF(PADDING, y, label_width - 10, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            painter.fillRect(QRectF(track_x, y, track, BAR_HEIGHT), QColor(TRACK_COLOUR))
            length = track * value / 100
            painter.fillRect(QRectF(track_x, y, length, BAR_HEIGHT), QColor(BAR_COLOUR))
            painter.setFont(bold)
            painter.drawText(QRectF(track_x + length + 4, y, value_room, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             percent_text(value))
        scale_y = top + len(self.bars) * (BAR_HEIGHT + BAR_GAP)
        painter.setPen(QColor(MUTED))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        painter.setFont(small)
        for step in (0, 50, 100):
            x = track_x + track * step / 100
            painter.drawLine(int(x), int(scale_y - 4), int(x), int(scale_y))
            painter.drawText(QRectF(x - 30, scale_y, 60, 16), Qt.AlignmentFlag.AlignCenter,
                             f"{step}%")
