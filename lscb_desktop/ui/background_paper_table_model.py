"""The background papers of a report (LGA 1972 s100D) as an editable table: title, date and
contact, with the column titles the template uses ("Paper", "Contact/Directorate/Tel" ...)."""

from ..domain.report_parts import BackgroundPaper
from ..domain.templates import SectionTemplate
from .report_context import ReportContext
from .report_table_model import ReportTableModel

COL_TITLE, COL_DATE, COL_CONTACT = range(3)
_ATTRIBUTES = ("title", "date", "contact")


class BackgroundPaperTableModel(ReportTableModel):
    def __init__(self, section: SectionTemplate, ctx: ReportContext, parent=None):
        super().__init__(ctx, parent)
        self.section = section
        self.set_rows()

    def subject(self) -> list[BackgroundPaper]:
        return self.ctx.report.background_papers

    def write(self, state: list[BackgroundPaper]) -> None:
        self.ctx.report.background_papers[:] = state

    def headers(self) -> list[str]:
        return [self.section.label(name) for name in _ATTRIBUTES]

    def row_count(self) -> int:
        return len(self.subject())

    def cell_text(self, row: int, column: int) -> str:
        return getattr(self.subject()[row], _ATTRIBUTES[column])

    def set_cell(self, state: list[BackgroundPaper], row: int, column: int, value: str) -> None:
        setattr(state[row], _ATTRIBUTES[column], value.strip())

    def add_row(self, after: int | None = None) -> int:
        at = len(self.subject()) if after is None else after + 1
        self.edit("Add background paper", lambda papers: papers.insert(at, BackgroundPaper()))
        return at

    def remove_row(self, row: int) -> None:
        self.edit("Remove background paper", lambda papers: papers.pop(row))
