"""Rendering the document model to PDF with reportlab platypus.

reportlab's Paragraph parses its text as markup, so every piece of user text goes through
xml.sax.saxutils.escape here: "A&E <referral>" must print exactly so, not vanish."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, SimpleDocTemplate
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from . import house_style as hs
from .document import (
    Block, Document, Fields, Heading, NumberedItem, PageBreak, Paragraph, Run, Spacer, Table,
)
from .pdf_fonts import face, register_fonts

CREATOR = "LSCB Desktop"


def _style(name: str, spec: hs.TextStyle, **overrides) -> ParagraphStyle:
    """A reportlab style from a house style; every font is named so none defaults to Helvetica."""
    settings = dict(
        fontName=face(spec.bold, spec.italic),
        fontSize=spec.size,
        leading=spec.leading,
        alignment=TA_CENTER if spec.align == "centre" else TA_LEFT,
        spaceBefore=spec.space_before,
        spaceAfter=spec.space_after,
        leftIndent=spec.left_indent,
        keepWithNext=int(spec.keep_with_next),
        textColor=colors.HexColor("#" + hs.TEXT_COLOUR),
        bulletFontName=face(spec.bold, spec.italic),
        bulletFontSize=spec.size,
    )
    settings.update(overrides)
    return ParagraphStyle(name, **settings)


def _markup(runs: tuple[Run, ...], caps: bool = False) -> str:
    parts = []
    for run in runs:
        text = escape(run.text.upper() if caps else run.text).replace("\n", "<br/>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


class _OutlinedDocTemplate(SimpleDocTemplate):
    """Adds a PDF bookmark for every flowable that carries an outline level."""

    def afterFlowable(self, flowable):
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        self.bookmarks = getattr(self, "bookmarks", 0) + 1
        key = f"heading{self.bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_text, key, level=level)


class _PdfBuilder:
    def __init__(self):
        self.styles = {s: _style(s.value, spec) for s, spec in hs.PARAGRAPH_STYLES.items()}
        self.headings = {n: _style(f"h{n}", spec) for n, spec in hs.HEADING_STYLES.items()}
        self.last_outline_level = -1

    def flowables(self, blocks: list[Block]) -> list:
        return [flowable for block in blocks for flowable in self.block(block)]

    def block(self, block: Block) -> list:
        if isinstance(block, Paragraph):
            spec = hs.PARAGRAPH_STYLES[block.style]
            style = self.styles[block.style]
            if block.keep_with_next:
                style = _style(block.style.value, spec, keepWithNext=1)
            return [RLParagraph(_markup(block.runs, spec.caps), style)]
        if isinstance(block, Heading):
            flowable = RLParagraph(escape(block.text), self.headings[block.level])
            return [self._outlined(flowable, block.level, block.text)]
        if isinstance(block, NumberedItem):
            return self.numbered_item(block)
        if isinstance(block, Fields):
            last = len(block.rows) - 1
            return [self.field(row.label, row.value, i == last) for i, row in enumerate(block.rows)]
        if isinstance(block, Table):
            return [self.table(block)]
        if isinstance(block, Spacer):
            return [RLSpacer(1, block.height)]
        if isinstance(block, PageBreak):
            return [RLPageBreak()]
        raise TypeError(f"The PDF renderer cannot draw {type(block).__name__}.")

    def _outlined(self, flowable, heading_level: int, text: str):
        # PDF outlines may not skip a level (1 -> 3); clamp to one below the last entry.
        level = min(heading_level - 1, self.last_outline_level + 1)
        self.last_outline_level = level
        flowable.outline_level, flowable.outline_text = level, text
        return flowable

    def numbered_item(self, item: NumberedItem) -> list:
        indent = hs.item_indent(item.level)
        label_bold = bool(item.runs) and item.runs[0].bold
        first = RLParagraph(
            _markup(item.runs),
            _style("item", hs.ITEM_STYLE, leftIndent=indent, keepWithNext=int(bool(item.body)),
                   bulletIndent=indent - hs.HANGING_INDENT, bulletFontName=face(label_bold)),
            bulletText=escape(item.label) if item.label else None,
        )
        if item.heading_level:
            first = self._outlined(first, item.heading_level, f"{item.label} {item.text}".strip())
        body_style = _style("item body", hs.ITEM_BODY_STYLE, leftIndent=indent)
        body = [RLParagraph(_markup(p.runs), body_style) for p in item.body]
        return [KeepTogether([first, *body])] if item.keep_together else [first, *body]

    def field(self, label: str, value: str, last: bool) -> RLParagraph:
        after = hs.FIELDS_SPACE_AFTER if last else hs.FIELD_STYLE.space_after
        style = _style("field", hs.FIELD_STYLE, leftIndent=hs.FIELD_LABEL_WIDTH, spaceAfter=after,
                       bulletIndent=0, bulletFontName=face(bold=True))
        return RLParagraph(escape(value), style, bulletText=escape(label))

    def table(self, table: Table) -> RLTable:
        text = _style("cell", hs.TABLE_TEXT_STYLE)
        head = _style("header cell", hs.TABLE_TEXT_STYLE, fontName=face(bold=True))
        data = [[RLParagraph(escape(c), head) for c in table.header]]
        data += [[RLParagraph(escape(c), text) for c in row] for row in table.rows]
        fractions = table.widths or tuple(1 / len(table.header) for _ in table.header)
        rule = colors.HexColor("#" + hs.TABLE_RULE_COLOUR)
        grid = RLTable(
            data,
            colWidths=[hs.TEXT_WIDTH * f for f in fractions],
            repeatRows=1,
            hAlign="LEFT",
            style=TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), face()),
                ("GRID", (0, 0), (-1, -1), hs.TABLE_RULE_WIDTH, rule),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + hs.TABLE_HEADER_FILL)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), hs.CELL_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), hs.CELL_PADDING),
                ("LEFTPADDING", (0, 0), (-1, -1), hs.CELL_SIDE_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), hs.CELL_SIDE_PADDING),
            ]),
        )
        grid.spaceAfter = hs.TABLE_SPACE_AFTER
        return grid


def _draw_footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(face(), hs.FOOTER_SIZE)
    canvas.drawCentredString(hs.PAGE_WIDTH / 2, hs.FOOTER_DISTANCE, hs.footer_text(doc.page))
    canvas.restoreState()


def render_pdf(document: Document, target: str | Path) -> None:
    """Write `document` as a PDF to `target` (use export.atomic for the final file)."""
    regular = register_fonts()
    template = _OutlinedDocTemplate(
        str(target),
        pagesize=(hs.PAGE_WIDTH, hs.PAGE_HEIGHT),
        leftMargin=hs.MARGIN_LEFT,
        rightMargin=hs.MARGIN_RIGHT,
        topMargin=hs.MARGIN_TOP,
        bottomMargin=hs.MARGIN_BOTTOM,
        title=document.title,
        author=document.author,
        subject=document.subject,
        creator=CREATOR,
        lang=document.language,
        displayDocTitle=True,
        initialFontName=regular,
    )
    story = _PdfBuilder().flowables(document.blocks)
    template.build(story, onFirstPage=_draw_footer, onLaterPages=_draw_footer)
