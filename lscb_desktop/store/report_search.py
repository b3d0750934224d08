"""Full-text search over reports (SQLite FTS5, table report_search; rowid = reports.id).

The index holds the words without their markup, so "**urgent**" is found by "urgent".
What a user types is never passed to FTS5 as query syntax: each word becomes a quoted phrase
(so "A&E", "well-being", quotes, AND/OR/NEAR and brackets are just words), all words must be
present, and a word ending in '*' matches as a prefix ("foster*" finds "fostering").
"""

import re
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.inline_markup import plain_text
from ..domain.report import Report, SectionContent

# Marks around matches inside snippets: control characters, which never occur in report text.
_OPEN, _CLOSE = "\x02", "\x03"
_WORD = re.compile(r"\w")
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


def match_expression(query: str) -> str | None:
    """The FTS5 query for what the user typed; None when it holds no word to look for."""
    terms = []
    # control characters (a NUL pasted from another program) end an FTS5 string early
    query = "".join(c if c.isprintable() else " " for c in query)
    for word in query.split():
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if not _WORD.search(word):  # a lone '*', '&' or '-' finds nothing and means nothing
            continue
        phrase = '"' + word.replace('"', '""') + '"'
        terms.append(phrase + "*" if prefix else phrase)
    return " ".join(terms) or None


@dataclass(frozen=True)
class Match:
    report_id: int
    snippet: str  # plain text, "…" where it was cut
    highlights: tuple[tuple[int, int], ...]  # (start, end) of each matched word in snippet


def _unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    text, spans, start = [], [], None
    for char in marked:
        if char == _OPEN:
            start = len(text)
        elif char == _CLOSE and start is not None:
            spans.append((start, len(text)))
            start = None
        else:
            text.append(char)
    return "".join(text), tuple(spans)


def search(db: Database, query: str, limit: int) -> list[Match]:
    """Reports matching `query`, best first."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    rows = db.execute(
        f"SELECT rowid, snippet(report_search, -1, '{_OPEN}', '{_CLOSE}', '…', 16) "
        "FROM report_search WHERE report_search MATCH ? "
        f"ORDER BY bm25(report_search, {_TITLE_WEIGHT}, {_BODY_WEIGHT}), rowid LIMIT ?",
        [expression, limit],
    ).fetchall()
    return [Match(report_id, *_unmark(marked.replace("\n", " "))) for report_id, marked in rows]
