"""Filling a section from a Word file's paragraphs and tables: paragraphs (numbered or not),
bullet and lettered lists, tables with their captions, and the section's part: the
recommendations under their lead-in, the background papers, the contact details."""

from ..domain.report import Report, SectionContent, section_title
from ..domain.report_blocks import BulletList, NumberedList, Paragraph
from ..domain.report_parts import ContactDetails
from ..domain.report_tables import PlainTable
from ..domain.templates import Part, ReportTemplate
from .docx_reading import ReadParagraph, ReadTable
from .docx_styles import PARAGRAPH_STYLE_NAMES
from .document import Style
from .report_docx_headings import HeadingTarget, Target
from .report_docx_matching import contact_field_for_label, split_field
from .report_docx_tables import read_background_papers, read_table, table_kind
from .report_docx_text import Piece, PieceKind, markup, piece_of, plain

_CAPTION = PARAGRAPH_STYLE_NAMES[Style.CAPTION]
_CONTACT_FIELDS = ("name", "job_title", "email", "phone")
_MOST_PAPER_COLUMNS = 4


class SectionFiller:
    def __init__(self, report: Report, template: ReportTemplate, own_file: bool,
                 threshold: int, notes: list[str]):
        self.report, self.template, self.own_file = report, template, own_file
        self.threshold, self.notes = threshold, notes
        self.caption, self.caption_target = None, None  # a caption waiting for its table
        self.undecided: list[tuple[SectionContent, Paragraph]] = []
        self.numbered_in_file: set[int] = set()  # ids of contents with numbered paragraphs
        contact = template.section_with_part(Part.CONTACT)
        self.contact_labels = ({name: contact.label(name) for name in _CONTACT_FIELDS}
                               if contact else {})
        self.contact_moved_note = False

    def _part(self, target: Target) -> Part | None:
        if target.kind != HeadingTarget.SECTION:
            return None
        return self.template.section(target.key).part

    def _where(self, target: Target) -> str:
        if target.kind == HeadingTarget.SECTION:
            return f"'{section_title(self.template, self.report.section(target.key))}'"
        return f"'{target.title or target.content.title}'"

    # -- paragraphs ------------------------------------------------------------------------

    def paragraph(self, paragraph: ReadParagraph, target: Target) -> None:
        if paragraph.style == _CAPTION:
            self.flush()
            self.caption, self.caption_target = paragraph, target
            return
        self.flush()
        part = self._part(target)
        if self._contact_line(paragraph, part, target):
            return
        piece = piece_of(paragraph, self.own_file)
        if part is Part.RECOMMENDATIONS and self._recommendation(piece):
            return
        self._add(target.content, piece)

    def _contact_line(self, paragraph: ReadParagraph, part: Part | None, target: Target) -> bool:
        split = split_field(paragraph.text.strip())
        name = contact_field_for_label(split[0], self.contact_labels) if split else None
        if name is None or not self.contact_labels:
            return False
        contact: ContactDetails = self.report.contact
        if part is not Part.CONTACT:
            if self.own_file or getattr(contact, name).strip() or not split[1]:
                return False
            if not self.contact_moved_note:
                contact_title = self.template.section_with_part(Part.CONTACT).title
                self.notes.append(f"Contact details found in {self._where(target)} were put "
                                  f"in '{contact_title}'.")
                self.contact_moved_note = True
        setattr(contact, name, split[1])
        return True

    def _recommendation(self, piece: Piece) -> bool:
        recommendations = self.report.recommendations
        if self.own_file:
            if piece.kind is PieceKind.LEAD_IN and not recommendations.lead_in:
                recommendations.lead_in = piece.text
            elif piece.kind in (PieceKind.LEAD_IN, PieceKind.RECOMMENDATION):
                recommendations.items.append(piece.text)
            else:
                return False  # the section's own paragraphs, above the lead-in
            return True
        # Another file: its sentences here are recommendations, under any "asked to:" line.
        if piece.text.endswith(":") and not recommendations.items and not recommendations.lead_in:
            recommendations.lead_in = piece.text
        else:
            recommendations.items.append(piece.text)
        return True

    def _add(self, content: SectionContent, piece: Piece) -> None:
        blocks = content.blocks
        if piece.kind in (PieceKind.BULLET, PieceKind.LETTERED):
            kind = BulletList if piece.kind is PieceKind.BULLET else NumberedList
            if blocks and type(blocks[-1]) is kind:
                blocks[-1].items.append(piece.text)
            else:
                blocks.append(kind([piece.text]))
            return
        paragraph = Paragraph(piece.text, numbered=piece.numbered is not False)
        blocks.append(paragraph)
        if piece.number:
            self.numbered_in_file.add(id(content))
        if piece.numbered is None:
            self.undecided.append((content, paragraph))

    def flush(self) -> None:
        """A caption that no table followed is kept as a paragraph."""
        if self.caption is not None:
            self.caption_target.content.blocks.append(
                Paragraph(markup(self.caption.runs), numbered=False))
            self.caption, self.caption_target = None, None

    def decide_numbering(self) -> None:
        """In another file, a paragraph without a number is unnumbered where others in its
        section have numbers (text after a list, a quotation), and numbered where none do
        (the application numbers what the file did not)."""
        for content, paragraph in self.undecided:
            paragraph.numbered = id(content) not in self.numbered_in_file

    # -- tables ----------------------------------------------------------------------------

    def table(self, table: ReadTable, target: Target) -> None:
        caption = plain(self.caption.runs) if self.caption is not None else table.caption.strip()
        self.caption, self.caption_target = None, None
        columns = max((len(row) for row in table.rows), default=0)
        if (self._part(target) is Part.BACKGROUND_PAPERS and columns <= _MOST_PAPER_COLUMNS
                and table_kind(table) == PlainTable.kind):
            self.report.background_papers += read_background_papers(table)
            return
        reading = read_table(table, caption, self.own_file, self.threshold, self._where(target))
        target.content.blocks.append(reading.block)
        self.notes.extend(reading.notes)
