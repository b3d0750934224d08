"""A report as a JSON-safe dict and back, losslessly: the database keeps it in reports.content
and the meeting file (format version 2) will carry it as it is, so the field names below are a
published format. Change them only by adding keys with defaults.

    {
      "template_id": "committee-report",
      "status": "draft",                                  draft | submitted | cleared | published
      "header": {"report_title": "...", ...},             field key -> text (report_header.py)
      "sections": [{"key": "summary", "title": "",        title: only for sections authors add
                    "blocks": [BLOCK, ...], "subsections": [SECTION, ...]}],
      "recommendations": {"lead_in": "...", "items": ["..."]},
      "background_papers": [{"title": "", "date": "", "contact": ""}],
      "contact": {"name": "", "job_title": "", "email": "", "phone": ""},
      "appendices": [{"title": "", "file_name": "x.pdf", "kind": "pdf", "sha256": "<64 hex>"}]
    }

A BLOCK is an object whose "kind" says what it is:
    {"kind": "paragraph", "text": "...", "numbered": true}    text with **bold** and *italic*
    {"kind": "bullet-list", "items": ["..."]}   {"kind": "numbered-list", "items": ["..."]}
    {"kind": "subheading", "text": "..."}
    {"kind": "scorecard", "caption": "", "periods": ["Qu 1 25-26", ...], "rows": [
        {"ref": "", "measure": "", "polarity": "High is Good" | "Low is Good" | null,
         "target": "", "values": ["..."], "rag": "Red" | "Amber" | "Green" | null,
         "direction": "up" | "down" | "same" | null, "commentary": "", "counts": true}]}
    {"kind": "action-plan", "caption": "", "rows": [
        {"action": "", "timeframe": "", "update": "", "rag": "Red" | "Amber" | "Green" | null}]}
    {"kind": "plain-table", "caption": "", "header": ["..."], "rows": [["..."]],
     "totals": false, "totals_label": "Total"}
Database ids are not part of the dict: they mean nothing in another database.
Reading is strict about kinds and enumerated values and lenient about missing keys (they
take the defaults above), so that later additions keep older data readable.
"""

from enum import Enum
from typing import Any

from ..domain.report import Report, ReportStatus, SectionContent
from ..domain.report_appendices import Appendix, AppendixKind
from ..domain.report_blocks import (
    BLOCK_TYPES, Block, BulletList, NumberedList, Paragraph, Subheading,
)
from ..domain.report_parts import BackgroundPaper, ContactDetails, Recommendations
from ..domain.report_tables import ActionPlan, ActionRow, PlainTable
from ..domain.scorecard import Direction, Polarity, Rag, Scorecard, ScorecardRow


class ReportDataError(ValueError):
    """Report data that cannot be read; `path` locates the value ("sections[2].blocks[0]")."""

    def __init__(self, problem: str, path: str = ""):
        super().__init__(f"{path}: {problem}" if path else problem)
        self.problem = problem
        self.path = path


# Writing ---------------------------------------------------------------------------------

def _value(member: Enum | None) -> str | None:
    return member.value if member is not None else None


def block_to_dict(block: Block) -> dict:
    if isinstance(block, Paragraph):
        return {"kind": block.kind, "text": block.text, "numbered": block.numbered}
    if isinstance(block, (BulletList, NumberedList)):
        return {"kind": block.kind, "items": list(block.items)}
    if isinstance(block, Subheading):
        return {"kind": block.kind, "text": block.text}
    if isinstance(block, Scorecard):
        return {"kind": block.kind, "caption": block.caption, "periods": list(block.periods),
                "rows": [{"ref": r.ref, "measure": r.measure, "polarity": _value(r.polarity),
                          "target": r.target, "values": list(r.values), "rag": _value(r.rag),
                          "direction": _value(r.direction), "commentary": r.commentary,
                          "counts": r.counts} for r in block.rows]}
    if isinstance(block, ActionPlan):
        return {"kind": block.kind, "caption": block.caption,
                "rows": [{"action": r.action, "timeframe": r.timeframe, "update": r.update,
                          "rag": _value(r.rag)} for r in block.rows]}
    if isinstance(block, PlainTable):
        return {"kind": block.kind, "caption": block.caption, "header": list(block.header),
                "rows": [list(row) for row in block.rows], "totals": block.totals,
                "totals_label": block.totals_label}
    raise TypeError(f"Unknown report block {type(block).__name__}")


def _section_to_dict(section: SectionContent) -> dict:
    return {"key": section.key, "title": section.title,
            "blocks": [block_to_dict(b) for b in section.blocks],
            "subsections": [_section_to_dict(s) for s in section.subsections]}


def report_to_dict(report: Report) -> dict:
    """The report as plain JSON types, keys in the documented order."""
    return {
        "template_id": report.template_id,
        "status": report.status.value,
        "header": dict(report.header),
        "sections": [_section_to_dict(s) for s in report.sections],
        "recommendations": {"lead_in": report.recommendations.lead_in,
                            "items": list(report.recommendations.items)},
        "background_papers": [{"title": p.title, "date": p.date, "contact": p.contact}
                              for p in report.background_papers],
        "contact": {"name": report.contact.name, "job_title": report.contact.job_title,
                    "email": report.contact.email, "phone": report.contact.phone},
        "appendices": [{"title": a.title, "file_name": a.file_name, "kind": a.kind.value,
                        "sha256": a.sha256} for a in report.appendices],
    }


# Reading ---------------------------------------------------------------------------------

class _Reader:
    """Typed access to one object of the data, failing with the path of the bad value."""

    def __init__(self, data: Any, path: str):
        if not isinstance(data, dict):
            raise ReportDataError(f"must be an object, not {type(data).__name__}", path)
        self.data, self.path = data, path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            raise ReportDataError("must be text", self.at(key))
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise ReportDataError("must be true or false", self.at(key))
        return value

    def texts(self, key: str) -> list[str]:
        values = self.data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ReportDataError("must be a list of texts", self.at(key))
        return list(values)

    def objects(self, key: str) -> list[tuple[Any, str]]:
        values = self.data.get(key, [])
        if not isinstance(values, list):
            raise ReportDataError("must be a list", self.at(key))
        return [(v, f"{self.at(key)}[{i}]") for i, v in enumerate(values)]

    def choice(self, key: str, enum: type[Enum], optional: bool = True):
        value = self.data.get(key)
        if value is None and optional:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in enum)
            raise ReportDataError(f"{value!r} is not one of {allowed}", self.at(key)) from None


def _scorecard_row(data: Any, path: str) -> ScorecardRow:
    r = _Reader(data, path)
    return ScorecardRow(ref=r.text("ref"), measure=r.text("measure"),
                        polarity=r.choice("polarity", Polarity), target=r.text("target"),
                        values=r.texts("values"), rag=r.choice("rag", Rag),
                        direction=r.choice("direction", Direction),
                        commentary=r.text("commentary"), counts=r.flag("counts", True))


def _table_rows(r: _Reader) -> list[list[str]]:
    rows = []
    for row, path in r.objects("rows"):
        if not isinstance(row, list) or not all(isinstance(cell, str) for cell in row):
            raise ReportDataError("must be a list of texts (the row's cells)", path)
        rows.append(list(row))
    return rows


def block_from_dict(data: Any, path: str = "block") -> Block:
    r = _Reader(data, path)
    kind = data.get("kind")
    if kind not in BLOCK_TYPES:
        raise ReportDataError(f"{kind!r} is not a kind of block; use one of "
                              f"{', '.join(BLOCK_TYPES)}", r.at("kind"))
    if kind == Paragraph.kind:
        return Paragraph(r.text("text"), r.flag("numbered", True))
    if kind == BulletList.kind:
        return BulletList(r.texts("items"))
    if kind == NumberedList.kind:
        return NumberedList(r.texts("items"))
    if kind == Subheading.kind:
        return Subheading(r.text("text"))
    if kind == Scorecard.kind:
        return Scorecard(periods=r.texts("periods"), caption=r.text("caption"),
                         rows=[_scorecard_row(row, p) for row, p in r.objects("rows")])
    if kind == ActionPlan.kind:
        rows = []
        for row, row_path in r.objects("rows"):
            a = _Reader(row, row_path)
            rows.append(ActionRow(a.text("action"), a.text("timeframe"), a.text("update"),
                                  a.choice("rag", Rag)))
        return ActionPlan(rows=rows, caption=r.text("caption"))
    return PlainTable(header=r.texts("header"), rows=_table_rows(r), totals=r.flag("totals", False),
                      totals_label=r.text("totals_label", "Total"), caption=r.text("caption"))


def _section_from_dict(data: Any, path: str) -> SectionContent:
    r = _Reader(data, path)
    key = r.text("key")
    if not key.strip():
        raise ReportDataError("a section needs its key", r.at("key"))
    return SectionContent(
        key=key,
        title=r.text("title"),
        blocks=[block_from_dict(b, p) for b, p in r.objects("blocks")],
        subsections=[_section_from_dict(s, p) for s, p in r.objects("subsections")],
    )


def _header(r: _Reader) -> dict[str, str]:
    header = r.data.get("header", {})
    if not isinstance(header, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in header.items()):
        raise ReportDataError("must be an object of texts (field key -> value)", r.at("header"))
    return dict(header)


def _appendix(data: Any, path: str) -> Appendix:
    a = _Reader(data, path)
    return Appendix(title=a.text("title"), file_name=a.text("file_name"),
                    sha256=a.text("sha256"), kind=a.choice("kind", AppendixKind, optional=False))


def report_from_dict(data: Any, path: str = "") -> Report:
    """The report written by report_to_dict (ReportDataError naming the bad value)."""
    r = _Reader(data, path)
    template_id = r.text("template_id")
    if not template_id.strip():
        raise ReportDataError("is missing: name the report's template", r.at("template_id"))
    recommendations = _Reader(data.get("recommendations", {}), r.at("recommendations"))
    contact = _Reader(data.get("contact", {}), r.at("contact"))
    papers = [_Reader(p, at) for p, at in r.objects("background_papers")]
    return Report(
        template_id=template_id,
        status=r.choice("status", ReportStatus, optional=True) or ReportStatus.DRAFT,
        header=_header(r),
        sections=[_section_from_dict(s, p) for s, p in r.objects("sections")],
        recommendations=Recommendations(recommendations.text("lead_in"),
                                        recommendations.texts("items")),
        background_papers=[BackgroundPaper(p.text("title"), p.text("date"), p.text("contact"))
                           for p in papers],
        contact=ContactDetails(contact.text("name"), contact.text("job_title"),
                               contact.text("email"), contact.text("phone")),
        appendices=[_appendix(a, p) for a, p in r.objects("appendices")],
    )
