"""The house style, defined once and used by both renderers: fonts, sizes, spacing, margins,
indents and colours. Lengths are in points (1 cm = 28.35 pt)."""

import math
from dataclasses import dataclass

from .document import ItemStyle, Style

CM = 72 / 2.54

# Word documents name Arial, which every reader has; PDFs embed Liberation Sans, which has
# Arial's metrics, so both outputs break lines in the same places.
WORD_FONT = "Arial"
PDF_FONT = "LiberationSans"
PDF_FONT_FILES = {
    "regular": "LiberationSans-Regular.ttf",
    "bold": "LiberationSans-Bold.ttf",
    "italic": "LiberationSans-Italic.ttf",
    "bold_italic": "LiberationSans-BoldItalic.ttf",
}

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89  # A4
MARGIN_TOP = 2.0 * CM
MARGIN_BOTTOM = 2.2 * CM
MARGIN_LEFT = 2.5 * CM
MARGIN_RIGHT = 2.5 * CM
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
# A table that would be cramped across a portrait page (its words alone fill this share of
# the text width) is printed on landscape pages, as councils print their scorecards.
LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT
LANDSCAPE_FROM = 0.9

TEXT_COLOUR = "000000"
TABLE_HEADER_FILL = "E7E6E6"
TABLE_RULE_COLOUR = "7F7F7F"
TABLE_RULE_WIDTH = 0.5

BODY_SIZE = 12.0
LINE_SPACING = 1.2  # leading as a multiple of the font size
HANGING_INDENT = 1.25 * CM  # room for an item's label ("10.", "2.1.3")
FIELD_LABEL_WIDTH = 2.5 * CM  # room for "Venue:", "Contact:"
CELL_PADDING = 3.0  # above and below a table cell's text
CELL_SIDE_PADDING = 5.4  # either side of it (Word's usual 0.19 cm)
TABLE_SPACE_AFTER = 9.0
LABEL_GAP = 0.3 * CM  # at least this between a hanging label and its text
LIST_STEP = 0.8 * CM  # items nested in others (list points) hang "•" or "(a)" in this
FIELD_LABEL_MAX = 0.45  # of the text width: longer field labels wrap

FOOTER_SIZE = 9.0
FOOTER_PREFIX = "Page "  # followed by the page number
FOOTER_DISTANCE = 1.0 * CM  # from the bottom edge of the page to the footer's baseline


@dataclass(frozen=True)
class TextStyle:
    size: float
    bold: bool = False
    italic: bool = False
    align: str = "left"  # "left", "centre" or "right"
    space_before: float = 0.0
    space_after: float = 6.0
    left_indent: float = 0.0
    keep_with_next: bool = False
    caps: bool = False  # shown in capitals (Word keeps the typed text and sets All caps)

    @property
    def leading(self) -> float:
        return round(self.size * LINE_SPACING, 1)


PARAGRAPH_STYLES: dict[Style, TextStyle] = {
    Style.BODY: TextStyle(BODY_SIZE, space_after=9),
    Style.SUBTITLE: TextStyle(18, bold=True, space_after=18),
    Style.CENTRE: TextStyle(BODY_SIZE, align="centre", space_after=9),
    Style.CAPS: TextStyle(BODY_SIZE, bold=True, caps=True, space_before=12, space_after=9),
    Style.SMALL: TextStyle(10, space_after=6),
    Style.INDENTED: TextStyle(BODY_SIZE, left_indent=HANGING_INDENT, space_after=3),
    Style.RIGHT: TextStyle(BODY_SIZE, bold=True, align="right", space_after=12),
    Style.CAPTION: TextStyle(10, bold=True, space_before=9, space_after=4, keep_with_next=True),
}

HEADING_STYLES: dict[int, TextStyle] = {
    1: TextStyle(22, bold=True, space_after=6, keep_with_next=True),
    2: TextStyle(BODY_SIZE, bold=True, space_before=15, space_after=12, keep_with_next=True),
    3: TextStyle(BODY_SIZE, bold=True, space_before=9, space_after=4, keep_with_next=True),
    4: TextStyle(BODY_SIZE, bold=True, italic=True, space_before=6, space_after=3,
                 keep_with_next=True),
}

# A numbered item's first line; its body paragraphs sit under it in the body style.
ITEM_STYLE = TextStyle(BODY_SIZE, space_before=9, space_after=4)
ITEM_BODY_STYLE = TextStyle(BODY_SIZE, space_after=4)
# Report paragraphs space like body text; list points sit closer together.
ITEM_STYLES: dict[ItemStyle, TextStyle] = {
    ItemStyle.ITEM: ITEM_STYLE,
    ItemStyle.PARAGRAPH: TextStyle(BODY_SIZE, space_after=9),
    ItemStyle.TEXT: TextStyle(BODY_SIZE, space_after=9),
    ItemStyle.BULLET: TextStyle(BODY_SIZE, space_after=4),
    ItemStyle.LETTERED: TextStyle(BODY_SIZE, space_after=4),
    ItemStyle.LEAD_IN: TextStyle(BODY_SIZE, space_after=6, keep_with_next=True),
    ItemStyle.RECOMMENDATION: TextStyle(BODY_SIZE, space_after=6),
}
FIELD_STYLE = TextStyle(BODY_SIZE, space_after=3)
FIELDS_SPACE_AFTER = 12.0  # below the last line of a Fields block
GROUP_GAP = 6.0  # between a list of lines and the next group's introduction
TABLE_TEXT_STYLE = TextStyle(10, space_after=0)
COMPACT_TABLE_TEXT_STYLE = TextStyle(8, space_after=0)  # tables of many columns (scorecards)
COMPACT_TABLE_COLUMNS = 7  # from this many columns a table uses the compact text
# A watermark ("DRAFT"): light enough to read the text through, across the page's diagonal.
WATERMARK_COLOUR = "C8C8C8"
WATERMARK_SIZE = 120.0
WATERMARK_ANGLE = 45.0
WATERMARK_CAP_HEIGHT = 0.72  # of the size: Word fits the letters' height to the shape's
FOOTER_STYLE = TextStyle(FOOTER_SIZE, align="centre", space_after=0)


def _quarter_cm_up(length: float) -> float:
    return math.ceil(length / (0.25 * CM) - 1e-9) * 0.25 * CM


def label_column(widest_label: float) -> float:
    """The hanging-label column for a document whose widest item label is `widest_label`
    points wide: the house indent, or wider (in quarter centimetres) for "12.10.1."."""
    return max(HANGING_INDENT, _quarter_cm_up(widest_label + LABEL_GAP))


def field_label_column(widest_label: float) -> float:
    """The label column of a Fields block ("Electoral Division affected:" needs more room
    than "Date:"), at most FIELD_LABEL_MAX of the text width."""
    wanted = max(FIELD_LABEL_WIDTH, _quarter_cm_up(widest_label + LABEL_GAP))
    return min(wanted, TEXT_WIDTH * FIELD_LABEL_MAX)


def item_indent(level: int, column: float = HANGING_INDENT) -> float:
    """Left edge of the text of a numbered item nested `level` deep: top-level labels hang
    in a column `column` wide, nested labels (list points) one LIST_STEP further in."""
    return column + level * LIST_STEP


def label_hang(level: int, column: float = HANGING_INDENT) -> float:
    """How far an item's label hangs before its text."""
    return column if level == 0 else LIST_STEP


def table_text_style(columns: int) -> TextStyle:
    return COMPACT_TABLE_TEXT_STYLE if columns >= COMPACT_TABLE_COLUMNS else TABLE_TEXT_STYLE


FOOTER_TEXT_SHARE = 0.8  # of the text width, at most, for the text beside the page number


def footer_text(page_number: int) -> str:
    return f"{FOOTER_PREFIX}{page_number}"

# Bar charts (attendance rates): a dark bar on a light track, so that the bars and their
# percentages read apart in greyscale print as well as in colour.
CHART_BAR_COLOUR = "1F4E79"
CHART_TRACK_COLOUR = "E7E6E6"
CHART_RULE_COLOUR = TABLE_RULE_COLOUR
CHART_TEXT_SIZE = 10.0
CHART_BAR_HEIGHT = 14.0
CHART_BAR_GAP = 7.0
CHART_LABEL_MAX = 0.4  # of the chart's width, at most, for the labels before the bars
CHART_SPACE_AFTER = 9.0
