"""Data tables in the PDF, drawn as in Word: a shaded bold header row that repeats on every
page, rules and padding from the house style, cell fills (RAG ratings), column alignment and
a bold totals row ruled off above. Every cell's text is escaped: it is the author's."""

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from . import house_style as hs
from .document import Table
from .table_layout import fitted_widths
from .pdf_fonts import face
from .pdf_styles import alignment, paragraph_style

TOTALS_RULE_WIDTH = 1.5  # as docx_tables: the rule above a totals row, in points


def _hex(colour: str) -> colors.Color:
    return colors.HexColor("#" + colour.lstrip("#"))


def _cell_text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def build_table(table: Table, text_width: float = hs.TEXT_WIDTH) -> RLTable:
    spec = hs.table_text_style(len(table.header))
    align = table.align or ("left",) * len(table.header)
    body = {a: paragraph_style(f"cell {a}", spec, alignment=alignment(a)) for a in set(align)}
    bold = {a: paragraph_style(f"bold cell {a}", spec, fontName=face(bold=True),
                               alignment=alignment(a)) for a in set(align)}
    head = paragraph_style("header cell", spec, fontName=face(bold=True))
    last = len(table.rows) - 1
    data = [[RLParagraph(_cell_text(c), head) for c in table.header]]
    for r, row in enumerate(table.rows):
        styles = bold if table.totals and r == last else body
        data.append([RLParagraph(_cell_text(c), styles[a]) for c, a in zip(row, align)])
    fractions = table.widths or fitted_widths(table, text_width)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), face()),
        ("GRID", (0, 0), (-1, -1), hs.TABLE_RULE_WIDTH, _hex(hs.TABLE_RULE_COLOUR)),
        ("BACKGROUND", (0, 0), (-1, 0), _hex(hs.TABLE_HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), hs.CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), hs.CELL_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), hs.CELL_SIDE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), hs.CELL_SIDE_PADDING),
    ]
    for r in range(len(table.rows)):
        for c in range(len(table.header)):
            fill = table.fill(r, c)
            if fill:
                commands.append(("BACKGROUND", (c, r + 1), (c, r + 1), _hex(fill)))
    if table.totals and table.rows:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), TOTALS_RULE_WIDTH, _hex(hs.TEXT_COLOUR)))
    grid = RLTable(
        data,
        colWidths=[text_width * f for f in fractions],
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(commands),
    )
    grid.spaceAfter = hs.TABLE_SPACE_AFTER
    return grid

