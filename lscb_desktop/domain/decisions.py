"""Decisions recorded in a minute: RESOLVED or RECOMMENDED (to Cabinet or Council), with any
vote, and the wording minutes use for them ("RESOLVED – That the report be noted.")."""

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from .dates import long_date
from .errors import ValidationError

DASH = "\u2013"  # minutes set an en dash between RESOLVED and the resolution

REPORT_NOTED = "That the report be noted."
UPDATE_NOTED = "That the update be noted."


def minutes_approved(previous_meeting: date, amendment: str = "") -> str:
    """'That the minutes of the meeting held on 13 November 2018 be approved as a correct
    record[, subject to <amendment>].'"""
    text = (f"That the minutes of the meeting held on {long_date(previous_meeting)} "
            "be approved as a correct record")
    amendment = amendment.strip().rstrip(".")
    return f"{text}, subject to {amendment}." if amendment else f"{text}."


def quick_inserts(previous_meeting: date | None) -> list[str]:
    """The decisions a clerk most often types, ready to insert."""
    inserts = [REPORT_NOTED, UPDATE_NOTED]
    if previous_meeting is not None:
        inserts.append(minutes_approved(previous_meeting))
    return inserts


class DecisionKind(str, Enum):
    RESOLVED = "resolved"
    RECOMMENDED = "recommended"


class VoteCast(str, Enum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


@dataclass
class Vote:
    """Counts of a vote; with a named (recorded) vote the counts are the names' tally."""

    in_favour: int = 0
    against: int = 0
    abstentions: int = 0
    named: list[tuple[str, VoteCast]] = field(default_factory=list)

    def validate(self) -> None:
        if min(self.in_favour, self.against, self.abstentions) < 0:
            raise ValidationError("A vote count cannot be negative: correct the count.", "vote")
        if self.named:
            tally = [sum(1 for _, cast in self.named if cast is c) for c in VoteCast]
            if tally != [self.in_favour, self.against, self.abstentions]:
                raise ValidationError(
                    "The named vote does not match the counts (by name: for "
                    f"{tally[0]}, against {tally[1]}, abstentions {tally[2]}): correct the "
                    "counts or the names.",
                    "vote",
                )

    def sentence(self) -> str:
        """'For 6, against 2, abstentions 1.' and, for a named vote, who voted how."""
        text = f"For {self.in_favour}, against {self.against}, abstentions {self.abstentions}."
        for cast, label in ((VoteCast.FOR, "For"), (VoteCast.AGAINST, "Against"),
                            (VoteCast.ABSTAIN, "Abstaining")):
            names = [name for name, c in self.named if c is cast]
            if names:
                text += f" {label}: {', '.join(names)}."
        return text


@dataclass
class Decision:
    text: str
    kind: DecisionKind = DecisionKind.RESOLVED
    recommend_to: str = ""  # "Cabinet", "Council": whom a RECOMMENDED decision goes to
    vote: Vote | None = None
    id: int | None = None
    minute_id: int | None = None

    @property
    def heading(self) -> str:
        if self.kind is DecisionKind.RECOMMENDED:
            return f"RECOMMENDED to {self.recommend_to}"
        return "RESOLVED"

    def validate(self) -> None:
        if not self.text.strip():
            raise ValidationError("A decision needs its text, e.g. 'That the report be noted.'",
                                  "text")
        if self.kind is DecisionKind.RECOMMENDED and not self.recommend_to.strip():
            raise ValidationError(
                "A recommendation must say whom it goes to: enter Cabinet or Council.",
                "recommend_to")
        if self.kind is DecisionKind.RESOLVED and self.recommend_to.strip():
            raise ValidationError(
                "A resolution is the committee's own decision and goes to no one: clear "
                "'recommend to', or make it a recommendation.", "recommend_to")
        if self.vote is not None:
            self.vote.validate()


def decision_lines(decisions: list[Decision]) -> list[str]:
    """The decisions as minutes print them. Consecutive decisions with the same heading form
    one block: 'RESOLVED – That ...' alone, or 'RESOLVED –' then '(1) That ...', '(2) ...'.
    A recorded vote follows its decision."""
    lines: list[str] = []
    blocks: list[list[Decision]] = []
    for decision in decisions:
        if blocks and blocks[-1][0].heading == decision.heading:
            blocks[-1].append(decision)
        else:
            blocks.append([decision])
    for block in blocks:
        if len(block) == 1:
            lines.append(f"{block[0].heading} {DASH} {block[0].text.strip()}")
            lines += [block[0].vote.sentence()] if block[0].vote else []
            continue
        lines.append(f"{block[0].heading} {DASH}")
        for n, decision in enumerate(block, start=1):
            lines.append(f"({n}) {decision.text.strip()}")
            lines += [decision.vote.sentence()] if decision.vote else []
    return lines
