"""One search over everything a committee has written: decisions, minutes and reports
("what did we decide about taster flats?").

The minutes and the reports each have their own index and ranking (decision_search,
report_service.search_reports); their scores are not comparable, so the results are merged
by rank: the best of each kind, then the second best of each, and so on, a hit whose title
holds every word first among equals. A minute whose decisions hold every word searched for
is a "decision" hit showing those decisions; any other matching minute is a "minute" hit."""

from dataclasses import dataclass
from datetime import date
from enum import Enum

from sqlite_utils import Database

from ..domain.decisions import DASH
from ..domain.report import ReportStatus
from . import minutes_service, report_service
from .decision_search import MinuteHit, search_minutes
from .search_terms import Terms


class HitKind(str, Enum):
    DECISION = "decision"
    MINUTE = "minute"
    REPORT = "report"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    title: str  # the minute's title (for decisions too), or the report's
    snippet: str  # plain text: the decisions for a decision hit, else the text around a match
    highlights: tuple[tuple[int, int], ...]  # (start, end) of each matched word in snippet
    committee: str | None  # None for a report on no agenda
    meeting_id: int | None
    meeting_date: date | None
    minute_number: int | None = None  # for minutes and decisions
    minute_id: int | None = None
    report_id: int | None = None
    part: int | None = None  # 2: exempt information (Schedule 12A)
    report_status: ReportStatus | None = None


def search_everything(db: Database, query: str, limit: int = 50) -> list[Hit]:
    """Decisions, minutes and reports matching `query`, best first, at most `limit`."""
    if limit <= 0:
        return []
    terms = Terms(query)
    minutes = [_minute_hit(db, hit, terms) for hit in search_minutes(db, query, limit=limit)]
    reports = [_report_hit(hit) for hit in report_service.search_reports(db, query, limit=limit)]
    ranked = [(rank, not terms.all_in(hit.title), i, hit)
              for i, hits in enumerate((minutes, reports)) for rank, hit in enumerate(hits)]
    return [hit for *_, hit in sorted(ranked, key=lambda r: r[:3])][:limit]


def _minute_hit(db: Database, hit: MinuteHit, terms: Terms) -> Hit:
    match = hit.match
    part = minutes_service.get_minute(db, match.minute_id).part
    common = dict(title=match.title, committee=match.committee_name,
                  meeting_id=match.meeting_id, meeting_date=match.meeting_date,
                  minute_number=match.number, minute_id=match.minute_id, part=part)
    if terms.all_in("\n".join(hit.decisions)):
        snippet = _decisions_matching(hit.decisions, terms)
        return Hit(HitKind.DECISION, snippet=snippet, highlights=terms.highlights(snippet),
                   **common)
    return Hit(HitKind.MINUTE, snippet=match.snippet, highlights=match.highlights, **common)


def _decisions_matching(lines: tuple[str, ...], terms: Terms) -> str:
    """The decisions holding a word searched for, as printed; a numbered one keeps its
    heading ('RESOLVED – (2) That ...'). All of them when only a heading matched."""
    picked, heading = [], ""
    for line in lines:
        if line.endswith(DASH):  # 'RESOLVED –' over numbered decisions
            heading = line
        elif terms.any_in(line):
            picked.append(f"{heading} {line}" if heading and line.startswith("(") else line)
    return " ".join(picked or lines)


def _report_hit(hit: report_service.SearchHit) -> Hit:
    return Hit(HitKind.REPORT, hit.title, hit.snippet, hit.highlights, hit.committee,
               hit.meeting_id, hit.meeting_date, report_id=hit.report_id, part=hit.part,
               report_status=hit.status)
