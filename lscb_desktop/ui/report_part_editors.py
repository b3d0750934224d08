"""Editors of a report's structured parts: the recommendations (a lead-in and one
recommendation per line, numbered as they will print), the background papers (a table) and
the contact officer (name, job title, email, telephone, with the template's labels)."""

import re

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.report_parts import BackgroundPaper
from ..domain.templates import SectionTemplate
from .background_paper_table_model import BackgroundPaperTableModel
from .report_context import ReportContext
from .report_table_editor import ReportTableEditor
from .report_text_edit import ReportTextEdit

_LIST_MARKER = re.compile(r"^(?:[-*\u2022]|\d{1,3}[.)]|\(?[a-z]\))\s+")
CONTACT_FIELDS = ("name", "job_title", "email", "phone")


def recommendation_lines(text: str) -> list[tuple[int, str]]:
    """Each recommendation with its line: one per non-blank line, a typed "1." or "-" at
    its start left off (the numbering is the report's)."""
    return [(number, _LIST_MARKER.sub("", line.strip()))
            for number, line in enumerate(text.split("\n")) if line.strip()]


class RecommendationsEditor(QWidget):
    cursor_moved = Signal(QWidget, QRect)

    def __init__(self, ctx: ReportContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        recommendations = ctx.report.recommendations
        self.lead_in_number = QLabel()
        self.lead_in_number.setObjectName("paragraphNumber")
        self.lead_in_edit = QLineEdit(recommendations.lead_in)
        self.lead_in_edit.setPlaceholderText("The Committee is asked to:")
        self.lead_in_edit.textEdited.connect(self._lead_in_edited)
        self.items_edit = ReportTextEdit(
            "One recommendation per line, each starting with a verb: "
            "Note the contents of the report.", minimum_lines=2)
        self.items_edit.setPlainText("\n".join(" ".join(i.split())
                                               for i in recommendations.items))
        self.items_edit.textChanged.connect(self._items_edited)
        self.items_edit.cursor_rect_changed.connect(
            lambda rect: self.cursor_moved.emit(self.items_edit, rect))
        lead_in = QHBoxLayout()
        lead_in.setContentsMargins(0, 0, 0, 0)
        lead_in.addWidget(self.lead_in_number)
        lead_in.addWidget(self.lead_in_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(lead_in)
        layout.addWidget(self.items_edit)
        self.lead_in_number.setFixedWidth(self.items_edit.margin_width())
        self.lead_in_number.setAlignment(Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)

    def _lead_in_edited(self, text: str) -> None:
        self.ctx.report.recommendations.lead_in = text
        self.ctx.edited()

    def _items_edited(self) -> None:
        self.ctx.report.recommendations.items = [
            text for _, text in recommendation_lines(self.items_edit.toPlainText())]
        self.ctx.edited()

    def apply_numbers(self, lead_in: str | None, items: tuple[str | None, ...]) -> None:
        self.lead_in_number.setText(f"{lead_in}  " if lead_in else "")
        lines = recommendation_lines(self.items_edit.toPlainText())
        self.items_edit.set_margin_labels({
            line: (number, True) for (line, _), number in zip(lines, items) if number})


class BackgroundPapersEditor(ReportTableEditor):
    KIND = "Background papers"

    def __init__(self, section: SectionTemplate, ctx: ReportContext,
                 parent: QWidget | None = None):
        self.papers_model = BackgroundPaperTableModel(section, ctx)
        super().__init__(ctx.report.background_papers, self.papers_model, ctx, parent,
                         captioned=False)
        self.add_row_action.setText("Add paper")
        self.remove_row_action.setText("Remove paper")
        self.buttons.addStretch(1)
        header = self.view.horizontalHeader()
        header.resizeSection(0, 300)
        header.resizeSection(1, 110)

    def papers(self) -> list[BackgroundPaper]:
        return self.ctx.report.background_papers


class ContactEditor(QWidget):
    """The contact officer: the template names the fields ("Designation", "Tel" ...)."""

    def __init__(self, section: SectionTemplate, ctx: ReportContext,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        placeholders = {"name": "Who can answer questions on the report",
                        "job_title": "Their job title", "email": "name@council.gov.uk",
                        "phone": "01234 567890"}
        self.fields: dict[str, QLineEdit] = {}
        for name in CONTACT_FIELDS:
            edit = QLineEdit(getattr(ctx.report.contact, name))
            edit.setPlaceholderText(placeholders[name])
            edit.textEdited.connect(lambda text, n=name: self._edited(n, text))
            label = QLabel(section.label(name))
            label.setObjectName("fieldName")
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[name] = edit

    def _edited(self, name: str, text: str) -> None:
        setattr(self.ctx.report.contact, name, text)
        self.ctx.edited()
