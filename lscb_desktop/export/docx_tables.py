"""Data tables in Word: the header row marked to repeat (w:tblHeader), bold and shaded;
column widths, rules and cell padding from the house style, as in the PDF; cell fills (RAG
ratings), column alignment, a bold totals row, and the caption as the table's alt text."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from . import house_style as hs
from .document import Table
from .table_layout import fitted_widths

TWIPS_PER_POINT = 20
EIGHTHS_PER_POINT = 8  # border widths are in eighths of a point
TOTALS_RULE_WIDTH = 1.5  # the rule above a totals row, in points
_ALIGNMENTS = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
               "centre": WD_ALIGN_PARAGRAPH.CENTER}


def add_table(document, table: Table, text_style_id: str, bookmarks=None,
              text_width: float = hs.TEXT_WIDTH):
    """Append `table` to `document`, its text in the paragraph style `text_style_id`, as
    wide as `text_width`; `bookmarks` (docx_markers.BookmarkNumbers) names rows that have an
    anchor."""
    fractions = table.widths or fitted_widths(table, text_width)
    widths = [Pt(text_width * f) for f in fractions]
    align = table.align or ("left",) * len(table.header)
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.style = document.styles["Table Grid"]
    grid.autofit = False
    for column, width in zip(grid.columns, widths):
        column.width = width  # the grid: LibreOffice lays columns out from it
    last = len(table.rows)
    for r, values in enumerate((table.header, *table.rows)):
        bold = r == 0 or (table.totals and r == last)
        for c, (cell, value, width) in enumerate(zip(grid.rows[r].cells, values, widths)):
            cell.width = width  # the cells: Word lays columns out from them
            paragraph = cell.paragraphs[0]
            paragraph._p.style = text_style_id
            if r > 0:
                paragraph.alignment = _ALIGNMENTS[align[c]]
            run = paragraph.add_run(value)
            if bold:
                run.bold = True
            fill = hs.TABLE_HEADER_FILL if r == 0 else table.fill(r - 1, c)
            if fill:
                _shade(cell, fill)
            if table.totals and r == last:
                _rule_above(cell)
        anchor = table.row_anchors[r - 1] if r > 0 and table.row_anchors else ""
        if anchor and bookmarks is not None:
            bookmarks.wrap(grid.rows[r].cells[0].paragraphs[0], anchor)
    _mark_header_row(grid.rows[0])
    _set_rules_and_padding(grid)
    if table.caption.strip():
        _set_caption(grid, table.caption.strip())
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


def _rule_above(cell) -> None:
    borders = OxmlElement("w:tcBorders")
    top = OxmlElement("w:top")
    top.set(qn("w:val"), "single")
    top.set(qn("w:sz"), str(round(TOTALS_RULE_WIDTH * EIGHTHS_PER_POINT)))
    top.set(qn("w:space"), "0")
    top.set(qn("w:color"), hs.TEXT_COLOUR)
    borders.append(top)
    properties = cell._tc.get_or_add_tcPr()
    # Schema order: tcBorders comes before shd and the cell's later properties.
    properties.insert_element_before(borders, "w:shd", "w:noWrap", "w:tcMar", "w:textDirection",
                                     "w:tcFitText", "w:vAlign", "w:hideMark")


def _set_caption(grid, caption: str) -> None:
    """The caption as the table's title (Word's Alt Text), which screen readers announce."""
    element = OxmlElement("w:tblCaption")
    element.set(qn("w:val"), caption[:255])
    grid._tbl.tblPr.append(element)  # last in tblPr but for tblDescription, which we omit


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
