"""Rendering the document model to Word (.docx) with python-docx.

Headings use Word's own Heading N styles and table header rows are marked to repeat, so
Word's navigation pane and accessibility checker see the document's structure."""

from datetime import datetime, timezone
from pathlib import Path

import docx
from docx.shared import Pt

from . import house_style as hs
from .docx_charts import add_chart_picture
from .docx_markers import BookmarkNumbers, write_custom_properties
from .docx_pages import Pages
from .docx_styles import (
    COMPACT_TABLE_TEXT_STYLE_NAME, FIELD_STYLE_NAME, ITEM_BODY_STYLE_NAME, ITEM_STYLE_NAMES,
    PARAGRAPH_STYLE_NAMES, TABLE_TEXT_STYLE_NAME, apply_house_style, style_ids,
)
from .docx_tables import add_table
from .document import (
    BarChart, Block, Document, Fields, Heading, NumberedItem, PageBreak, Paragraph, Run, Spacer,
    Style, Table,
)
from .table_layout import landscape_blocks
from .text_metrics import field_label_column, label_column


def _add_runs(paragraph, runs: tuple[Run, ...], explicit: bool = False) -> None:
    """Runs add emphasis to the paragraph style, as in the PDF. `explicit` also marks plain
    runs as plain, for a paragraph whose Word style is bolder than its look (an item title
    in Heading style followed by its page range)."""
    for run in runs:
        added = paragraph.add_run(run.text)
        added.bold = run.bold if explicit else (True if run.bold else None)
        added.italic = run.italic if explicit else (True if run.italic else None)


def _hanging(paragraph, text_indent: float, label_width: float) -> None:
    """Label in the margin, text from `text_indent`, wrapped lines aligned with the text."""
    pf = paragraph.paragraph_format
    pf.left_indent = Pt(text_indent)
    pf.first_line_indent = Pt(-label_width)
    pf.tab_stops.add_tab_stop(Pt(text_indent))


def _set_metadata(document, model: Document) -> None:
    props = document.core_properties
    now = datetime.now(timezone.utc).replace(microsecond=0)
    props.title = model.title
    props.author = model.author
    props.last_modified_by = model.author
    props.subject = model.subject
    props.language = model.language
    props.comments = ""
    props.created = props.modified = now
    props.revision = 1


def _spacing(paragraph, attribute: str) -> float:
    """The paragraph's space before/after in points, its own or its style's."""
    value = getattr(paragraph.paragraph_format, attribute)
    if value is None:
        value = getattr(paragraph.style.paragraph_format, attribute)
    return value.pt if value is not None else 0.0


class _DocxBuilder:
    def __init__(self, document, model: Document):
        self.document = document
        self.pages = Pages(document, model.footer, model.watermark)
        self.last_paragraph = None  # the latest top-level paragraph, if it was the last block
        self.pending_space = 0.0  # space owed to the next paragraph (after a table)
        self.column = label_column(model.blocks)  # the hanging labels' column, document-wide
        self.bookmarks = BookmarkNumbers()
        self.style_ids = style_ids(document)

    def paragraph(self, style_name: str):
        paragraph = self.document.add_paragraph()
        paragraph._p.style = self.style_ids[style_name]
        if self.pending_space:
            before = _spacing(paragraph, "space_before") + self.pending_space
            paragraph.paragraph_format.space_before = Pt(before)
            self.pending_space = 0.0
        self.last_paragraph = paragraph
        return paragraph

    def space(self, height: float) -> None:
        """A Spacer: more space after the paragraph above (Word cannot space before a table)."""
        if self.last_paragraph is None:
            self.pending_space += height
            return
        after = _spacing(self.last_paragraph, "space_after") + height
        self.last_paragraph.paragraph_format.space_after = Pt(after)

    def block(self, block: Block, landscape: bool = False) -> None:
        if self.pages.turn(landscape):
            self.last_paragraph, self.pending_space = None, 0.0
        if isinstance(block, Paragraph):
            p = self.paragraph(PARAGRAPH_STYLE_NAMES[block.style])
            if block.keep_with_next:
                p.paragraph_format.keep_with_next = True
            _add_runs(p, block.runs)
        elif isinstance(block, Heading):
            heading = self.paragraph(f"Heading {block.level}")
            heading.add_run(block.text)
            self.bookmarks.wrap(heading, block.anchor)
        elif isinstance(block, NumberedItem):
            self.numbered_item(block)
        elif isinstance(block, Fields):
            self.fields(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, BarChart):
            self.bar_chart(block)
        elif isinstance(block, Spacer):
            self.space(block.height)
        elif isinstance(block, PageBreak):
            self.document.add_page_break()
            self.last_paragraph, self.pending_space = None, 0.0
        else:
            raise TypeError(f"The Word renderer cannot write {type(block).__name__}.")

    def numbered_item(self, item: NumberedItem) -> None:
        indent = hs.item_indent(item.level, self.column)
        style_name = (f"Heading {item.heading_level}" if item.heading_level
                      else ITEM_STYLE_NAMES[item.style])
        first = self.paragraph(style_name)
        _hanging(first, indent, hs.label_hang(item.level, self.column))
        # Keep the label's weight in step with the title's (a bold title has a bold number).
        label_bold = bool(item.runs) and item.runs[0].bold
        label = Run(f"{item.label}\t", bold=label_bold) if item.label else Run("\t")
        _add_runs(first, (label, *item.runs), explicit=True)
        first.paragraph_format.keep_with_next = bool(item.body) or item.keep_with_next
        self.bookmarks.wrap(first, item.anchor)
        for i, body in enumerate(item.body):
            p = self.paragraph(ITEM_BODY_STYLE_NAME)
            p.paragraph_format.left_indent = Pt(indent)
            if item.keep_together:
                p.paragraph_format.keep_together = True
                p.paragraph_format.keep_with_next = i < len(item.body) - 1
            _add_runs(p, body.runs)

    def fields(self, fields: Fields) -> None:
        width = field_label_column(fields)
        offset = hs.item_indent(0, self.column) if fields.indented else 0.0
        for i, row in enumerate(fields.rows):
            p = self.paragraph(FIELD_STYLE_NAME)
            _hanging(p, offset + width, width)
            _add_runs(p, (Run(row.label, bold=True), Run("\t" + row.value)))
            last = i == len(fields.rows) - 1
            p.paragraph_format.keep_with_next = not last  # a few lines read as one
            if last:
                p.paragraph_format.space_after = Pt(hs.FIELDS_SPACE_AFTER)

    def table(self, table: Table) -> None:
        if table.caption.strip():
            caption = self.paragraph(PARAGRAPH_STYLE_NAMES[Style.CAPTION])
            caption.add_run(table.caption.strip())
        compact = hs.table_text_style(len(table.header)) is hs.COMPACT_TABLE_TEXT_STYLE
        style_name = COMPACT_TABLE_TEXT_STYLE_NAME if compact else TABLE_TEXT_STYLE_NAME
        add_table(self.document, table, self.style_ids[style_name], self.bookmarks,
                  hs.LANDSCAPE_TEXT_WIDTH if self.pages.landscape else hs.TEXT_WIDTH)
        self.last_paragraph = None
        self.pending_space = hs.TABLE_SPACE_AFTER


    def bar_chart(self, chart: BarChart) -> None:
        """The title (kept with the chart), the chart as a picture, its caption under it."""
        title = self.paragraph(PARAGRAPH_STYLE_NAMES[Style.CAPTION])
        title.add_run(chart.title)
        picture = self.paragraph(PARAGRAPH_STYLE_NAMES[Style.BODY])
        picture.paragraph_format.space_after = Pt(hs.CHART_SPACE_AFTER)
        add_chart_picture(picture, chart)
        if chart.caption.strip():
            picture.paragraph_format.keep_with_next = True
            picture.paragraph_format.space_after = Pt(2)
            caption = self.paragraph(PARAGRAPH_STYLE_NAMES[Style.SMALL])
            caption.add_run(chart.caption.strip())


def render_docx(model: Document, target: str | Path) -> None:
    """Write `model` as a Word document to `target` (use export.atomic for the final file)."""
    document = docx.Document()
    apply_house_style(document, model.language)
    _set_metadata(document, model)
    write_custom_properties(document, model.properties)
    builder = _DocxBuilder(document, model)
    for block, landscape in zip(model.blocks, landscape_blocks(model.blocks)):
        builder.block(block, landscape)
    document.save(str(target))
