"""Full-text search over minutes and their decisions (FTS5 table minute_search; rowid =
minutes.id). What a user types becomes an FTS5 query exactly as for reports
(fts_query.match_expression), so any text is a valid query."""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..domain.decisions import decision_lines
from ..domain.minutes import Minute
from .codec import date_in, date_out
from .fts_query import CLOSE, OPEN, match_expression, unmark

# a word in the title outranks one in a decision, which outranks one in the narrative
_WEIGHTS = "10.0, 3.0, 1.0"


def index_minute(db: Database, minute_id: int, minute: Minute) -> None:
    db.execute("DELETE FROM minute_search WHERE rowid = ?", [minute_id])
    db.execute(
        "INSERT INTO minute_search (rowid, title, decisions, narrative) VALUES (?, ?, ?, ?)",
        [minute_id, minute.title, "\n".join(decision_lines(minute.decisions)), minute.narrative],
    )


@dataclass(frozen=True)
class MinuteMatch:
    minute_id: int
    meeting_id: int
    meeting_date: date
    committee_id: int
    committee_name: str
    number: int
    title: str
    snippet: str  # plain text, "…" where it was cut
    highlights: tuple[tuple[int, int], ...]  # (start, end) of each matched word in snippet


def search(db: Database, query: str, limit: int, committee_id: int | None = None,
           date_from: date | None = None, date_to: date | None = None) -> list[MinuteMatch]:
    """Minutes matching `query`, best first, optionally of one committee and a date range."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    where, params = ["minute_search MATCH ?"], [expression]
    if committee_id is not None:
        where.append("mt.committee_id = ?")
        params.append(committee_id)
    if date_from is not None:
        where.append("mt.date >= ?")
        params.append(date_out(date_from))
    if date_to is not None:
        where.append("mt.date <= ?")
        params.append(date_out(date_to))
    rows = db.execute(
        f"SELECT mi.id, mt.id, mt.date, c.id, c.name, mi.number, mi.title, "
        f"snippet(minute_search, -1, '{OPEN}', '{CLOSE}', '…', 16) "
        "FROM minute_search JOIN minutes mi ON mi.id = minute_search.rowid "
        "JOIN meetings mt ON mt.id = mi.meeting_id JOIN committees c ON c.id = mt.committee_id "
        f"WHERE {' AND '.join(where)} "
        f"ORDER BY bm25(minute_search, {_WEIGHTS}), mt.date DESC, mi.number LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [
        MinuteMatch(minute_id, meeting_id, date_in(day), cid, cname, number, title,
                    *unmark(marked.replace("\n", " ")))
        for minute_id, meeting_id, day, cid, cname, number, title, marked in rows
    ]
