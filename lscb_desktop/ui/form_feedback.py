"""Inline messages for forms and dialogs: a refused value is explained next to the fields,
the offending field gets the focus, and nothing the user typed is lost."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QStyle, QWidget

# Muted red on a pale background: visible without shouting.
_ERROR_STYLE = (
    "QLabel { color: #8a1c1c; background: #fbeaea; border: 1px solid #eec4c4;"
    " border-radius: 4px; padding: 6px 8px; }"
)


class InlineError(QLabel):
    """Hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setWordWrap(True)
        self.setStyleSheet(_ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def focus_field(fields: dict[str, QWidget], field: str | None, fallback: QWidget) -> None:
    """Put the cursor in the widget for `field` (a ValidationError's field), text selected."""
    widget = fields.get(field or "", fallback)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    elif isinstance(widget, QAbstractSpinBox):
        widget.selectAll()


def muted(label: QLabel) -> QLabel:
    """A secondary line of text (hints, notes) in the palette's placeholder colour."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    label.setWordWrap(True)
    return label


def standard_icon(widget: QWidget, pixmap: QStyle.StandardPixmap):
    return widget.style().standardIcon(pixmap)
