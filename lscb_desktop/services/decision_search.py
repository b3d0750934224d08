"""Finding what was decided: full-text search over minutes and decisions ("what did we decide
about taster flats?"), and the resolutions register of every decision."""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..domain.decisions import decision_lines
from ..store import minute_search, minutes_repo
from ..store.minute_search import MinuteMatch


@dataclass(frozen=True)
class MinuteHit:
    match: MinuteMatch  # committee, meeting date, minute number, title, snippet
    decisions: tuple[str, ...]  # the minute's decisions as printed ("RESOLVED – That ...")


def search_minutes(db: Database, query: str, committee_id: int | None = None,
                   date_from: date | None = None, date_to: date | None = None,
                   limit: int = 50) -> list[MinuteHit]:
    """Minutes whose title, decisions or narrative match `query`, best first. Any text is a
    valid query (as in report search): punctuation and FTS5 operators are ordinary words."""
    matches = minute_search.search(db, query, limit, committee_id, date_from, date_to)
    return [MinuteHit(m, tuple(decision_lines(minutes_repo.get(db, m.minute_id).decisions)))
            for m in matches]
