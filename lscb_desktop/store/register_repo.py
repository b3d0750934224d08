"""The rows of the resolutions register: every decision with its minute, meeting and
committee, in one query (the register of twenty years must not cost a query per minute)."""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..domain.decisions import Decision, DecisionKind
from .codec import date_in, date_out
# the vote's stored form belongs to minutes_repo (a public name there is asked of the lead)
from .minutes_repo import vote_from_text


@dataclass(frozen=True)
class DecidedMinute:
    """A minute with its decisions, and where it was taken."""

    minute_id: int
    meeting_id: int
    meeting_date: date
    committee_id: int
    committee_name: str
    number: int
    title: str
    part: int
    decisions: tuple[Decision, ...]


def decided_minutes(db: Database, committee_id: int | None = None,
                    date_from: date | None = None, date_to: date | None = None,
                    minute_ids: list[int] | None = None) -> list[DecidedMinute]:
    """Minutes with at least one decision, oldest meeting first, then by committee and minute
    number; optionally of one committee, a date range, and only the minutes `minute_ids`."""
    where, params = ["1"], []
    if committee_id is not None:
        where.append("mt.committee_id = ?")
        params.append(committee_id)
    if date_from is not None:
        where.append("mt.date >= ?")
        params.append(date_out(date_from))
    if date_to is not None:
        where.append("mt.date <= ?")
        params.append(date_out(date_to))
    if minute_ids is not None:
        if not minute_ids:
            return []
        # a JSON array keeps the statement one size however many minutes matched
        where.append("mi.id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in minute_ids) + "]")
    rows = db.execute(
        "SELECT mi.id, mt.id, mt.date, c.id, c.name, mi.number, mi.title, mi.part, "
        "d.id, d.kind, d.recommend_to, d.text, d.vote "
        "FROM decisions d JOIN minutes mi ON mi.id = d.minute_id "
        "JOIN meetings mt ON mt.id = mi.meeting_id JOIN committees c ON c.id = mt.committee_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY mt.date, c.name, mt.id, mi.number, d.position",
        params,
    ).fetchall()
    found: dict[int, DecidedMinute] = {}
    decisions: dict[int, list[Decision]] = {}
    for (minute_id, meeting_id, day, cid, cname, number, title, part,
         decision_id, kind, recommend_to, text, vote) in rows:
        if minute_id not in found:
            decisions[minute_id] = []
            found[minute_id] = DecidedMinute(minute_id, meeting_id, date_in(day), cid, cname,
                                             number, title, part, ())
        decisions[minute_id].append(Decision(
            text, DecisionKind(kind), recommend_to, vote_from_text(vote), decision_id, minute_id))
    return [DecidedMinute(**{**m.__dict__, "decisions": tuple(decisions[i])})
            for i, m in found.items()]
