"""The few looks the minutes page adds to style.py: the text a minute will print (a quiet
grey panel), the banner on approved minutes, and the note on a read-only minute."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from .style import BORDER, WrappingLabel

MINUTE_TEXT_STYLE = (f"QLabel {{ background: #f7f8fa; border: 1px solid {BORDER}; "
                     "border-radius: 4px; color: #1f2933; }")
LOCKED_STYLE = ("QLabel { background: #e6f4ea; color: #14532d; border: 1px solid #b7dcc2; "
                "border-radius: 4px; font-weight: 600; }")
# Room around cell text and a quiet header, as record_table_panel's tables.
TABLE_STYLE = """
QTableView { border: 1px solid #d0d0d0; }
QTableView::item { padding: 0px 7px; }
QHeaderView::section { background: #f4f4f4; padding: 5px 10px; border: none;
                       border-bottom: 1px solid #d0d0d0; font-weight: 600; }
"""
NOTE_STYLE = ("QLabel { background: #f3f4f6; color: #3e4c59; border-left: 3px solid #a7b0bd; }")


def minute_text_label(caption: str = "") -> QLabel:
    """A panel showing text as the minutes print it; `caption` is set in front, muted."""
    label = WrappingLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(MINUTE_TEXT_STYLE)
    label.setContentsMargins(10, 8, 10, 8)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("caption", caption)
    return label


def banner(style_sheet: str) -> QLabel:
    label = WrappingLabel()
    label.setStyleSheet(style_sheet)
    label.setContentsMargins(12, 8, 12, 8)
    label.hide()
    return label
