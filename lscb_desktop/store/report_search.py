"""Full-text search over reports (SQLite FTS5, table report_search; rowid = reports.id).

The index holds the words without their markup, so "**urgent**" is found by "urgent".
What a user types becomes an FTS5 query through fts_query.match_expression, so any text is a
valid query.
"""

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.inline_markup import plain_text
from ..domain.report import Report, SectionContent
from .fts_query import CLOSE, OPEN, match_expression, unmark

_TITLE_WEIGHT, _BODY_WEIGHT = 5.0, 1.0  # a word in the title outranks the same word in the body


def _section_texts(section: SectionContent) -> list[str]:
    texts = [section.title]
    for block in section.blocks:
        texts += block.texts()
    for sub in section.subsections:
        texts += _section_texts(sub)
    return texts


def search_text(report: Report) -> str:
    """Every word an author wrote in `report`, markup removed, one piece per line."""
    texts = list(report.header.values())
    for section in report.sections:
        texts += _section_texts(section)
    texts += report.recommendations.texts()
    texts += [t for paper in report.background_papers for t in paper.texts()]
    texts += report.contact.texts()
    texts += [appendix.title for appendix in report.appendices]
    return "\n".join(plain_text(t) for t in texts if t and t.strip())


def index_report(db: Database, report_id: int, title: str, body: str) -> None:
    db.execute("DELETE FROM report_search WHERE rowid = ?", [report_id])
    db.execute("INSERT INTO report_search (rowid, title, body) VALUES (?, ?, ?)",
                [report_id, plain_text(title), body])


@dataclass(frozen=True)
class Match:
    report_id: int
    snippet: str  # plain text, "…" where it was cut
    highlights: tuple[tuple[int, int], ...]  # (start, end) of each matched word in snippet


def search(db: Database, query: str, limit: int) -> list[Match]:
    """Reports matching `query`, best first."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    rows = db.execute(
        f"SELECT rowid, snippet(report_search, -1, '{OPEN}', '{CLOSE}', '…', 16) "
        "FROM report_search WHERE report_search MATCH ? "
        f"ORDER BY bm25(report_search, {_TITLE_WEIGHT}, {_BODY_WEIGHT}), rowid LIMIT ?",
        [expression, limit],
    ).fetchall()
    return [Match(report_id, *unmark(marked.replace("\n", " "))) for report_id, marked in rows]
