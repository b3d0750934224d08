"""The look of the application: Fusion with one light palette (so it looks the same on every
desktop and in screenshots), and the few named styles pages share: cards, headings, badges."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout

INK = "#1f2933"
MUTED = "#5f6b7a"
BORDER = "#d9dee5"
ACCENT = "#2b5f9e"
DESTRUCTIVE = "#a23b3b"  # for delete: noticeable, not alarming

PALETTE = {
    QPalette.ColorRole.Window: "#f3f4f6",
    QPalette.ColorRole.WindowText: INK,
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f7f8fa",
    QPalette.ColorRole.Text: INK,
    QPalette.ColorRole.PlaceholderText: "#8a94a3",
    QPalette.ColorRole.Button: "#fafbfc",
    QPalette.ColorRole.ButtonText: INK,
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: INK,
    QPalette.ColorRole.Link: ACCENT,
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#eef0f3",
    QPalette.ColorRole.Mid: "#c5ccd6",
    QPalette.ColorRole.Dark: "#a7b0bd",
}

UI_FONTS = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Helvetica Neue"]

# Status badges: quiet colours that still tell the stages apart at a glance.
STATUS_COLOURS = {
    "draft": ("#eef0f3", "#3e4c59"),
    "agenda_published": ("#e3edfa", "#1d4f8c"),
    "held": ("#e6f4ea", "#1e6b34"),
    "minutes_approved": ("#d9efe0", "#14532d"),
}

# Notices: calm when all is well, amber when it is time to act, red when it is too late.
SEVERITY_STYLES = {
    "ok": f"QLabel {{ color: {INK}; }}",
    "today": "QLabel { color: #7a4b00; background: #fff4d6; border-radius: 4px; }",
    "passed": "QLabel { color: #8a1c1c; background: #fbeaea; border-radius: 4px; }",
}

PAGE_STYLE = f"""
QFrame#card {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel#cardHeading {{ color: {MUTED}; font-weight: 600; letter-spacing: 0.5px; }}
QLabel#pageTitle {{ color: {INK}; }}
QLabel#pageSubtitle {{ color: {MUTED}; }}
QLabel#fieldName {{ color: {MUTED}; }}
"""

APP_STYLE = f"""
QToolTip {{ color: {INK}; background: #ffffff; border: 1px solid {BORDER}; padding: 4px; }}
QTreeView#navigation {{ background: #fbfbfc; border: none; border-right: 1px solid {BORDER}; }}
QStatusBar {{ color: {MUTED}; }}
"""

# Times as agendas and minutes write them: "4.00 pm".
TIME_FORMAT = "h.mm ap"


def apply_application_look(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in PALETTE.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa3ae"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa3ae"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9aa3ae"))
    app.setPalette(palette)
    family = next((f for f in UI_FONTS if f in QFontDatabase.families()), app.font().family())
    app.setFont(QFont(family, 10))
    app.setStyleSheet(APP_STYLE)


def card(heading: str) -> tuple[QFrame, QVBoxLayout]:
    """A white panel with a small heading; returns the frame and the layout to fill."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    title = QLabel(heading.upper())
    title.setObjectName("cardHeading")
    small = title.font()
    small.setPointSizeF(small.pointSizeF() * 0.85)
    title.setFont(small)
    layout.addWidget(title)
    return frame, layout


def page_title(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def status_badge_style(status_value: str) -> str:
    background, text = STATUS_COLOURS[status_value]
    return (f"QLabel {{ background: {background}; color: {text}; border-radius: 10px;"
            f" padding: 3px 12px; font-weight: 600; }}")


def show_severity(label: QLabel, severity: str) -> None:
    """Style a notice label as 'ok', 'today' or 'passed' (also kept as its `severity`
    property). The inset is a contents margin, not stylesheet padding, because a wrapped
    label counts only its margins when it works out the height it needs."""
    label.setProperty("severity", severity)
    label.setStyleSheet(SEVERITY_STYLES[severity])
    label.setContentsMargins(*((0, 0, 0, 0) if severity == "ok" else (8, 6, 8, 6)))


def status_colour(status_value: str) -> QColor:
    return QColor(STATUS_COLOURS[status_value][1])


def dot_icon(colour: QColor, hollow: bool = False) -> QIcon:
    """A small filled (or ringed) dot: a quiet status marker for lists."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour)
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else colour)
    painter.drawEllipse(QRectF(4.5, 4.5, 7, 7))
    painter.end()
    return QIcon(pixmap)


def glyph_icon(glyph: str, colour: str = ACCENT) -> QIcon:
    """A one-character icon (+, arrows, pencil) in the accent colour, to match the palette
    where Qt's standard icons would look out of place."""
    icon = QIcon()
    for mode, ink in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, "#b4bcc7")):
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(QApplication.font())
        font.setPixelSize(24)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(ink))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


class WrappingLabel(QLabel):
    """A word-wrapped label that always gets the height its text needs. Box layouts side by
    side (the cards) can size a plain wrapped label for the wrong width and clip it."""

    def __init__(self, text: str = ""):
        super().__init__(text)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def setContentsMargins(self, *margins) -> None:
        super().setContentsMargins(*margins)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
