"""Shows the plain-text markup of a prose editor for what it means: **bold** in bold, *italic*
in italic, a "# " line as a subheading, with the markers themselves in a quiet grey. The
text stays exactly as typed (plain, searchable, spell-checkable); only its look changes."""

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat

_BOLD = re.compile(r"(?<![\\*])(\*\*)(?=[^\s*])(.+?)(?<=[^\s\\])(\*\*)")
_ITALIC = re.compile(r"(?<![\\*])(\*)(?=[^\s*])(.+?)(?<=[^\s*\\])(\*)(?!\*)")
_LINE_MARKER = re.compile(r"^\s*(?:[-*\u2022]|\d{1,3}[.)]|\(?[a-z]{1,2}\)|>)(?=\s|$)")
_SUBHEADING = re.compile(r"^\s*(#+)(\s.*)?$")
MARKER_COLOUR = QColor("#9aa5b1")


def _format(bold: bool = False, italic: bool = False, colour: QColor | None = None,
            scale: float = 1.0, base: QFont | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if colour is not None:
        fmt.setForeground(colour)
    if scale != 1.0 and base is not None:
        fmt.setFontPointSize(base.pointSizeF() * scale)
    return fmt


class MarkupHighlighter(QSyntaxHighlighter):
    def __init__(self, document, base_font: QFont):
        super().__init__(document)
        self.marker = _format(colour=MARKER_COLOUR)
        self.bold = _format(bold=True)
        self.italic = _format(italic=True)
        self.subheading = _format(bold=True, scale=1.08, base=base_font)

    def highlightBlock(self, text: str) -> None:
        if match := _SUBHEADING.match(text):
            self.setFormat(0, len(text), self.subheading)
            self.setFormat(match.start(1), len(match.group(1)), self.marker)
            return
        if match := _LINE_MARKER.match(text):
            self.setFormat(0, match.end(), self.marker)
        for pattern, style in ((_BOLD, self.bold), (_ITALIC, self.italic)):
            for match in pattern.finditer(text):
                self._merge(match.start(2), len(match.group(2)), style)
                self.setFormat(match.start(1), len(match.group(1)), self.marker)
                self.setFormat(match.start(3), len(match.group(3)), self.marker)

    def _merge(self, start: int, length: int, style: QTextCharFormat) -> None:
        """Add `style` to what the characters already have (bold inside italic ...)."""
        for i in range(start, start + length):
            fmt = self.format(i)
            fmt.merge(style)
            self.setFormat(i, 1, fmt)
