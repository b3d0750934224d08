"""The top of a report in a Word file back into the header fields ("Date of Meeting: 22
January 2019", as lines or as a two-column table), the title, and the list of appendices at
the end. Lines the application writes around them ("Agenda Item 5", the council's name,
"(Appendices A and B refer)") are recognised and left out, since they are printed anew."""

import re
from collections.abc import Callable

from ..domain.errors import ValidationError
from ..domain.report import Report
from ..domain.report_blocks import Paragraph, Subheading
from ..domain.report_header import normalise_header_value
from ..domain.templates import FieldRole, HeaderField, ReportTemplate
from .docx_reading import ReadParagraph, ReadTable
from .docx_styles import PARAGRAPH_STYLE_NAMES
from .document import Style
from .report_docx_matching import field_for_label, split_field
from .report_docx_text import markup

_AGENDA_ITEM = re.compile(r"^Agenda\s+Item\s+\d+$", re.IGNORECASE)
_APPENDICES_REFERENCE = re.compile(r"^\((?:Appendix|Appendices)\b.*\brefers?\)$", re.IGNORECASE)
_EXEMPTION = re.compile(r"^(?:Not for publication|This report is exempt from publication\b.*)$",
                        re.IGNORECASE)  # printed anew from the agenda item
_APPENDIX_LINE = re.compile(r"^Appendix\s+([A-Z]{1,2}|\d{1,2})\b\s*[:\t–-]?\s*(.*)$", re.DOTALL)
_SPACED_ORDINAL = re.compile(r"(\d)\s+(st|nd|rd|th)\b", re.IGNORECASE)  # "11 th March"
_COMMITTEE_WORDS = re.compile(r"\b(Committee|Board|Panel|Cabinet|Council|Forum|Partnership)\b")

_COUNCIL_LINE = PARAGRAPH_STYLE_NAMES[Style.SMALL]  # the council's name, in our own files
Unplace = Callable[..., None]  # (block, what, reason="") -> None


class FrontMatter:
    def __init__(self, report: Report, template: ReportTemplate, author: str, own_file: bool,
                 notes: list[str]):
        self.report, self.template, self.notes = report, template, notes
        self.author, self.own_file = author.strip(), own_file
        self.titles: list[str] = []  # headings above the first section
        self.appendices: list[str] = []

    def paragraph(self, paragraph: ReadParagraph) -> bool:
        """Take a line of the header block; False when it is not one."""
        text = paragraph.text.strip()
        if any(pattern.match(text) for pattern in (_AGENDA_ITEM, _APPENDICES_REFERENCE,
                                                  _EXEMPTION)):
            return True
        if (self.author and text == self.author) or (self.own_file
                                                      and paragraph.style == _COUNCIL_LINE):
            return True  # the council's name, printed anew from the settings
        split = split_field(text)
        field = field_for_label(split[0], self.template.fields) if split else None
        if field is None:
            return False
        self._set(field, split[1])
        return True

    def table(self, table: ReadTable) -> bool:
        """Take a header block laid out as a table of labels and values, if it is one."""
        pairs = [(row[0], row[1] if len(row) > 1 else "") for row in table.rows
                 if any(cell.strip() for cell in row)]
        fields = [field_for_label(label.strip().rstrip(":"), self.template.fields)
                  for label, _ in pairs]
        if not pairs or any(f is None for f in fields) or max(map(len, table.rows)) > 2:
            return False
        for field, (_, value) in zip(fields, pairs):
            self._set(field, value)
        return True

    def title(self, title: str) -> None:
        self.titles.append(title)

    def appendix_line(self, paragraph: ReadParagraph, unplace: Unplace) -> None:
        match = _APPENDIX_LINE.match(paragraph.text.strip())
        if match:
            self.appendices.append(f"Appendix {match.group(1)}: {match.group(2).strip()}")
        else:
            unplace(Paragraph(markup(paragraph.runs), numbered=False),
                    f"'{paragraph.text.strip()[:40]}' (among the appendices)")

    def _set(self, field: HeaderField, raw: str) -> None:
        raw = _SPACED_ORDINAL.sub(r"\1\2", " ".join(raw.split()) if "\n" not in raw else raw)
        try:
            value = normalise_header_value(field, raw)
        except ValidationError as error:
            value = raw.strip()
            self.notes.append(f"{error} It was kept as written in the file.")
        self.report.header[field.key] = value

    def finish(self, unplace: Unplace) -> None:
        title_field = self.template.field_for(FieldRole.TITLE)
        committee = self.template.field_for(FieldRole.COMMITTEE)
        for title in self.titles:
            if title_field and not self.report.header.get(title_field.key):
                self.report.header[title_field.key] = title
            elif title_field and title == self.report.header.get(title_field.key):
                continue  # the title, printed above the header block
            elif (committee and not self.report.header.get(committee.key)
                  and _COMMITTEE_WORDS.search(title)):
                self.report.header[committee.key] = title
                self.notes.append(f"'{title}' at the top of the file was taken to be the "
                                  f"'{committee.label}': check it.")
            else:
                unplace(Subheading(title), f"the heading '{title}' above the first section")
        if self.appendices:
            listed = "; ".join(self.appendices)
            self.notes.append(f"The file lists appendices ({listed}). Appendices are files of "
                              "their own: attach them to the report again.")
