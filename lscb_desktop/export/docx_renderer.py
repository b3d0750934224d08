"""Rendering the document model to Word (.docx) with python-docx.

Headings use Word's own Heading N styles and table header rows are marked to repeat, so
Word's navigation pane and accessibility checker see the document's structure."""

from datetime import datetime, timezone
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from . import house_style as hs
from .docx_styles import (
    FIELD_STYLE_NAME, FOOTER_STYLE_NAME, ITEM_BODY_STYLE_NAME, ITEM_STYLE_NAME,
    PARAGRAPH_STYLE_NAMES, TABLE_TEXT_STYLE_NAME, apply_house_style,
)
from .docx_tables import add_table
from .document import (
    Block, Document, Fields, Heading, NumberedItem, PageBreak, Paragraph, Run, Spacer, Table,
)


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


def _set_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Pt(hs.PAGE_WIDTH), Pt(hs.PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = Pt(hs.MARGIN_TOP), Pt(hs.MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Pt(hs.MARGIN_LEFT), Pt(hs.MARGIN_RIGHT)
    section.footer_distance = Pt(hs.FOOTER_DISTANCE)
    footer = section.footer.paragraphs[0]
    footer.style = document.styles[FOOTER_STYLE_NAME]
    footer.add_run(hs.FOOTER_PREFIX)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"  # shown until Word updates the field
    run.append(text)
    field.append(run)
    footer._p.append(field)


def _spacing(paragraph, attribute: str) -> float:
    """The paragraph's space before/after in points, its own or its style's."""
    value = getattr(paragraph.paragraph_format, attribute)
    if value is None:
        value = getattr(paragraph.style.paragraph_format, attribute)
    return value.pt if value is not None else 0.0


class _DocxBuilder:
    def __init__(self, document):
        self.document = document
        self.last_paragraph = None  # the latest top-level paragraph, if it was the last block
        self.pending_space = 0.0  # space owed to the next paragraph (after a table)

    def paragraph(self, style_name: str):
        paragraph = self.document.add_paragraph(style=style_name)
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

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            p = self.paragraph(PARAGRAPH_STYLE_NAMES[block.style])
            if block.keep_with_next:
                p.paragraph_format.keep_with_next = True
            _add_runs(p, block.runs)
        elif isinstance(block, Heading):
            self.paragraph(f"Heading {block.level}").add_run(block.text)
        elif isinstance(block, NumberedItem):
            self.numbered_item(block)
        elif isinstance(block, Fields):
            self.fields(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Spacer):
            self.space(block.height)
        elif isinstance(block, PageBreak):
            self.document.add_page_break()
            self.last_paragraph, self.pending_space = None, 0.0
        else:
            raise TypeError(f"The Word renderer cannot write {type(block).__name__}.")

    def numbered_item(self, item: NumberedItem) -> None:
        indent = hs.item_indent(item.level)
        style_name = f"Heading {item.heading_level}" if item.heading_level else ITEM_STYLE_NAME
        first = self.paragraph(style_name)
        _hanging(first, indent, hs.HANGING_INDENT)
        # Keep the label's weight in step with the title's (a bold title has a bold number).
        label_bold = bool(item.runs) and item.runs[0].bold
        label = Run(f"{item.label}\t", bold=label_bold) if item.label else Run("\t")
        _add_runs(first, (label, *item.runs), explicit=True)
        first.paragraph_format.keep_with_next = bool(item.body)
        for i, body in enumerate(item.body):
            p = self.paragraph(ITEM_BODY_STYLE_NAME)
            p.paragraph_format.left_indent = Pt(indent)
            if item.keep_together:
                p.paragraph_format.keep_together = True
                p.paragraph_format.keep_with_next = i < len(item.body) - 1
            _add_runs(p, body.runs)

    def fields(self, fields: Fields) -> None:
        for i, row in enumerate(fields.rows):
            p = self.paragraph(FIELD_STYLE_NAME)
            _hanging(p, hs.FIELD_LABEL_WIDTH, hs.FIELD_LABEL_WIDTH)
            _add_runs(p, (Run(row.label, bold=True), Run("\t" + row.value)))
            if i == len(fields.rows) - 1:
                p.paragraph_format.space_after = Pt(hs.FIELDS_SPACE_AFTER)

    def table(self, table: Table) -> None:
        add_table(self.document, table, TABLE_TEXT_STYLE_NAME)
        self.last_paragraph = None
        self.pending_space = hs.TABLE_SPACE_AFTER


def render_docx(model: Document, target: str | Path) -> None:
    """Write `model` as a Word document to `target` (use export.atomic for the final file)."""
    document = docx.Document()
    apply_house_style(document, model.language)
    _set_metadata(document, model)
    _set_page(document)
    builder = _DocxBuilder(document)
    for block in model.blocks:
        builder.block(block)
    document.save(str(target))
