"""Rendering the document model to PDF with reportlab platypus.

reportlab's Paragraph parses its text as markup, so every piece of user text goes through
xml.sax.saxutils.escape here: "A&E <referral>" must print exactly so, not vanish."""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.platypus import (
    BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreakIfNotEmpty, PageTemplate,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer

from . import house_style as hs
from .document import (
    BarChart, Block, Document, Fields, Heading, NumberedItem, PageBreak, Paragraph, Run, Spacer,
    Style, Table,
)
from .pdf_charts import chart_drawing
from .pdf_fonts import face, register_fonts
from .pdf_styles import paragraph_style as _style
from .pdf_tables import build_table
from .table_layout import is_landscape, landscape_blocks
from .text_metrics import field_label_column, fitted, label_column

CREATOR = "LSCB Desktop"


def _anchor(name: str) -> str:
    """A named destination at the start of a paragraph (the PDF side of a Word bookmark)."""
    return f'<a name="{escape(name, {chr(34): "&quot;"})}"/>' if name else ""


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


PORTRAIT, LANDSCAPE = "portrait", "landscape"


class _OutlinedDocTemplate(BaseDocTemplate):
    """Portrait pages, landscape pages for wide tables, and a PDF bookmark for every
    flowable that carries an outline level."""

    def afterFlowable(self, flowable):
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        self.bookmarks = getattr(self, "bookmarks", 0) + 1
        key = f"heading{self.bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_text, key, level=level)


class _PdfBuilder:
    def __init__(self, blocks: list[Block]):
        self.styles = {s: _style(s.value, spec) for s, spec in hs.PARAGRAPH_STYLES.items()}
        self.headings = {n: _style(f"h{n}", spec) for n, spec in hs.HEADING_STYLES.items()}
        self.last_outline_level = -1
        self.column = label_column(blocks)  # the hanging labels' column, document-wide

    def flowables(self, blocks: list[Block]) -> list:
        flowables, landscape = [], False
        for block, wide in zip(blocks, landscape_blocks(blocks)):
            if wide != landscape:  # a wide table on landscape pages, then back
                flowables += [NextPageTemplate(LANDSCAPE if wide else PORTRAIT),
                              PageBreakIfNotEmpty()]
                landscape = wide
            flowables += self.block(block)
        return flowables

    def block(self, block: Block) -> list:
        if isinstance(block, Paragraph):
            spec = hs.PARAGRAPH_STYLES[block.style]
            style = self.styles[block.style]
            if block.keep_with_next:
                style = _style(block.style.value, spec, keepWithNext=1)
            return [RLParagraph(_markup(block.runs, spec.caps), style)]
        if isinstance(block, Heading):
            flowable = RLParagraph(_anchor(block.anchor) + escape(block.text),
                                   self.headings[block.level])
            return [self._outlined(flowable, block.level, block.text)]
        if isinstance(block, NumberedItem):
            return self.numbered_item(block)
        if isinstance(block, Fields):
            return self.fields(block)
        if isinstance(block, Table):
            caption = [RLParagraph(escape(block.caption.strip()), self.styles[Style.CAPTION])]
            width = hs.LANDSCAPE_TEXT_WIDTH if is_landscape(block) else hs.TEXT_WIDTH
            return (caption if block.caption.strip() else []) + [build_table(block, width)]
        if isinstance(block, BarChart):
            return self.bar_chart(block)
        if isinstance(block, Spacer):
            return [RLSpacer(1, block.height)]
        if isinstance(block, PageBreak):
            return [RLPageBreak()]
        raise TypeError(f"The PDF renderer cannot draw {type(block).__name__}.")

    def bar_chart(self, chart: BarChart) -> list:
        """The title kept with the chart, the chart, and its caption under it."""
        title = RLParagraph(escape(chart.title), self.styles[Style.CAPTION])
        drawing = chart_drawing(chart)
        parts = [title, drawing]
        if chart.caption.strip():
            parts.append(RLParagraph(escape(chart.caption.strip()), self.styles[Style.SMALL]))
        return [KeepTogether(parts), RLSpacer(1, hs.CHART_SPACE_AFTER)]

    def _outlined(self, flowable, heading_level: int, text: str):
        # PDF outlines may not skip a level (1 -> 3); clamp to one below the last entry.
        level = min(heading_level - 1, self.last_outline_level + 1)
        self.last_outline_level = level
        flowable.outline_level, flowable.outline_text = level, text
        return flowable

    def numbered_item(self, item: NumberedItem) -> list:
        indent = hs.item_indent(item.level, self.column)
        label_bold = bool(item.runs) and item.runs[0].bold
        spec = hs.ITEM_STYLES[item.style]
        # A heading item spaces like its Word Heading style; its runs carry the emphasis.
        spacing = hs.HEADING_STYLES[item.heading_level] if item.heading_level else spec
        keep = bool(item.body) or item.keep_with_next or spec.keep_with_next
        first = RLParagraph(
            _anchor(item.anchor) + _markup(item.runs),
            _style("item", spec, leftIndent=indent, keepWithNext=int(keep),
                   spaceBefore=spacing.space_before, spaceAfter=spacing.space_after,
                   bulletIndent=indent - hs.label_hang(item.level, self.column),
                   bulletFontName=face(label_bold)),
            bulletText=escape(item.label) if item.label else None,
        )
        if item.heading_level:
            first = self._outlined(first, item.heading_level, f"{item.label} {item.text}".strip())
        body_style = _style("item body", hs.ITEM_BODY_STYLE, leftIndent=indent)
        body = [RLParagraph(_markup(p.runs), body_style) for p in item.body]
        return [KeepTogether([first, *body])] if item.keep_together else [first, *body]

    def fields(self, fields: Fields) -> list:
        width = field_label_column(fields)
        offset = hs.item_indent(0, self.column) if fields.indented else 0.0
        flowables = []
        for i, row in enumerate(fields.rows):
            last = i == len(fields.rows) - 1
            after = hs.FIELDS_SPACE_AFTER if last else hs.FIELD_STYLE.space_after
            # A few lines read as one: each kept with the next, as in Word.
            style = _style("field", hs.FIELD_STYLE, leftIndent=offset + width, spaceAfter=after,
                           bulletIndent=offset, bulletFontName=face(bold=True),
                           keepWithNext=int(not last))
            flowables.append(RLParagraph(_markup((Run(row.value),)), style,
                                         bulletText=escape(row.label)))
        return flowables


def _draw_watermark(canvas, text: str) -> None:
    """`text` in light grey across the page's diagonal, behind the page's text."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(HexColor("#" + hs.WATERMARK_COLOUR))
    canvas.setFont(face(bold=True), hs.WATERMARK_SIZE)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(hs.WATERMARK_ANGLE)
    canvas.drawCentredString(0, -hs.WATERMARK_SIZE / 3, text)
    canvas.restoreState()


def _footer(text: str, watermark: str = ""):
    """Draws the page number (centred, or at the right with `text` at the left), and the
    watermark, if any, on every page."""

    shortened = fitted(text, hs.FOOTER_SIZE, hs.TEXT_WIDTH * hs.FOOTER_TEXT_SHARE)

    def draw(canvas, doc) -> None:
        page_width = canvas._pagesize[0]  # portrait or landscape
        if watermark:
            _draw_watermark(canvas, watermark)
        canvas.saveState()
        canvas.setFont(face(), hs.FOOTER_SIZE)
        number = hs.footer_text(doc.page)
        if text:
            canvas.drawString(hs.MARGIN_LEFT, hs.FOOTER_DISTANCE, shortened)
            canvas.drawRightString(page_width - hs.MARGIN_RIGHT, hs.FOOTER_DISTANCE, number)
        else:
            canvas.drawCentredString(page_width / 2, hs.FOOTER_DISTANCE, number)
        canvas.restoreState()

    return draw


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
    footer = _footer(document.footer, document.watermark)
    template.addPageTemplates([_page_template(PORTRAIT, footer), _page_template(LANDSCAPE, footer)])
    template.build(_PdfBuilder(document.blocks).flowables(document.blocks))


def _page_template(orientation: str, footer) -> PageTemplate:
    """A page of the house style. Text runs from margin to margin, as in Word (no side
    padding, so a table as wide as the text is exactly as wide as in the Word file)."""
    width, height = hs.PAGE_WIDTH, hs.PAGE_HEIGHT
    if orientation == LANDSCAPE:
        width, height = height, width
    frame = Frame(hs.MARGIN_LEFT, hs.MARGIN_BOTTOM, width - hs.MARGIN_LEFT - hs.MARGIN_RIGHT,
                  height - hs.MARGIN_TOP - hs.MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                  id=orientation)
    return PageTemplate(id=orientation, frames=[frame], onPage=footer, pagesize=(width, height))
