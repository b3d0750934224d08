"""Data tables in Word: the header row marked to repeat (w:tblHeader), bold and shaded;
column widths, rules and cell padding from the house style, as in the PDF."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from . import house_style as hs
from .document import Table

TWIPS_PER_POINT = 20
EIGHTHS_PER_POINT = 8  # border widths are in eighths of a point


def add_table(document, table: Table, text_style_name: str):
    fractions = table.widths or tuple(1 / len(table.header) for _ in table.header)
    widths = [Pt(hs.TEXT_WIDTH * f) for f in fractions]
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.style = document.styles["Table Grid"]
    grid.autofit = False
    for column, width in zip(grid.columns, widths):
        column.width = width  # the grid: LibreOffice lays columns out from it
    for r, values in enumerate((table.header, *table.rows)):
        for cell, value, width in zip(grid.rows[r].cells, values, widths):
            cell.width = width  # the cells: Word lays columns out from them
            paragraph = cell.paragraphs[0]
            paragraph.style = document.styles[text_style_name]
            run = paragraph.add_run(value)
            if r == 0:
                run.bold = True
                _shade(cell, hs.TABLE_HEADER_FILL)
    _mark_header_row(grid.rows[0])
    _set_rules_and_padding(grid)
    return grid


def _mark_header_row(row) -> None:
    """The row repeats on every page and screen readers announce it as column headers."""
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _set_rules_and_padding(grid) -> None:
    properties = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        rule = OxmlElement(f"w:{edge}")
        rule.set(qn("w:val"), "single")
        rule.set(qn("w:sz"), str(round(hs.TABLE_RULE_WIDTH * EIGHTHS_PER_POINT)))
        rule.set(qn("w:space"), "0")
        rule.set(qn("w:color"), hs.TABLE_RULE_COLOUR)
        borders.append(rule)
    margins = OxmlElement("w:tblCellMar")
    for edge, padding in (("top", hs.CELL_PADDING), ("left", hs.CELL_SIDE_PADDING),
                          ("bottom", hs.CELL_PADDING), ("right", hs.CELL_SIDE_PADDING)):
        margin = OxmlElement(f"w:{edge}")
        margin.set(qn("w:w"), str(round(padding * TWIPS_PER_POINT)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    # Schema order matters to Word: tblBorders and tblCellMar go before their successors.
    properties.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    properties.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
