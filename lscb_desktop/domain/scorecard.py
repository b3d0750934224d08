"""Performance scorecards: RAG ratings and their colours, polarity, direction of travel.

RAG colours are defined here once, as hex, for both renderers and the editor. The rating is
always written as a word as well as shown as a colour, so that it survives black-and-white
printing and reaches readers who do not see colour (WCAG 1.4.1).
"""

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from .errors import ValidationError
from .figures import parse_figure
from .suppression import DEFAULT_THRESHOLD, display_value


def _parse(enum: type[Enum], text: str, aliases: dict[str, Enum], what: str) -> Enum:
    wanted = text.strip().lower()
    for member in enum:
        if wanted in (member.value.lower(), member.name.lower()):
            return member
    if wanted in aliases:
        return aliases[wanted]
    names = ", ".join(m.value for m in enum)
    raise ValidationError(f"'{text}' is not a {what}: use one of {names}.", what.replace(" ", "_"))


class Rag(str, Enum):
    RED = "Red"
    AMBER = "Amber"
    GREEN = "Green"

    @property
    def colour(self) -> str:
        """Cell fill, as #RRGGBB (the Office standard colours councils' scorecards use)."""
        return {"Red": "#FF0000", "Amber": "#FFC000", "Green": "#00B050"}[self.value]

    @property
    def text_colour(self) -> str:
        """Text on the fill: black reads at 4.5:1 or better on all three (WCAG AA)."""
        return "#000000"

    @classmethod
    def parse(cls, text: str) -> "Rag":
        return _parse(cls, text, {"r": cls.RED, "a": cls.AMBER, "g": cls.GREEN}, "RAG rating")


class Polarity(str, Enum):
    HIGH_IS_GOOD = "High is Good"
    LOW_IS_GOOD = "Low is Good"

    @classmethod
    def parse(cls, text: str) -> "Polarity":
        aliases = {"high": cls.HIGH_IS_GOOD, "low": cls.LOW_IS_GOOD}
        return _parse(cls, text, aliases, "polarity")


class Direction(str, Enum):
    """Which way the latest value moved against the one before."""

    UP = "up"
    DOWN = "down"
    SAME = "same"

    @property
    def arrow(self) -> str:
        return {"up": "↑", "down": "↓", "same": "→"}[self.value]

    @property
    def word(self) -> str:
        return {"up": "Up", "down": "Down", "same": "No change"}[self.value]

    @classmethod
    def parse(cls, text: str) -> "Direction":
        aliases = {"↑": cls.UP, "↓": cls.DOWN, "→": cls.SAME, "no change": cls.SAME}
        return _parse(cls, text, aliases, "direction of travel")


def direction_between(previous: object, latest: object) -> Direction | None:
    """UP, DOWN or SAME from two values written alike; None when they cannot be compared
    (blank, text, or one a percentage and the other not)."""
    before, after = parse_figure(previous), parse_figure(latest)
    if before is None or after is None or before.percent != after.percent:
        return None
    if after.value > before.value:
        return Direction.UP
    return Direction.DOWN if after.value < before.value else Direction.SAME


def assessment(direction: Direction | None, polarity: Polarity | None) -> str | None:
    """'Improving', 'Worsening' or 'No change' given the measure's polarity."""
    if direction is None:
        return None
    if direction is Direction.SAME:
        return "No change"
    if polarity is None:
        return None
    good = (direction is Direction.UP) == (polarity is Polarity.HIGH_IS_GOOD)
    return "Improving" if good else "Worsening"


@dataclass
class ScorecardRow:
    ref: str = ""
    measure: str = ""
    polarity: Polarity | None = None
    target: str = ""
    values: list[str] = field(default_factory=list)  # one per period of the scorecard
    rag: Rag | None = None
    direction: Direction | None = None
    commentary: str = ""
    counts: bool = True  # the values count people: small ones are suppressed

    def latest_direction(self) -> Direction | None:
        """The direction of travel the author set, else the one the last two values show."""
        if self.direction is not None:
            return self.direction
        filled = [v for v in self.values if v.strip()]
        return direction_between(filled[-2], filled[-1]) if len(filled) >= 2 else None


@dataclass
class Scorecard:
    periods: list[str] = field(default_factory=list)  # "Qu 1 18-19", "Qu 2 18-19" ...
    rows: list[ScorecardRow] = field(default_factory=list)
    caption: str = ""
    kind: ClassVar[str] = "scorecard"

    def header(self) -> list[str]:
        return ["Ref", "Measure", "Polarity", "Target", *self.periods, "RAG", "Direction of travel",
                "Commentary"]

    def display_row(self, row: ScorecardRow, threshold: int = DEFAULT_THRESHOLD,
                    suppress_zero: bool = False) -> list[str]:
        """The row's cells as every export shows them, small counts suppressed."""
        values = [display_value(v, threshold, suppress_zero) if row.counts else v.strip()
                  for v in self.padded(row)]
        direction = row.latest_direction()
        return [row.ref, row.measure, row.polarity.value if row.polarity else "", row.target,
                *values, row.rag.value if row.rag else "",
                f"{direction.arrow} {direction.word}" if direction else "", row.commentary]

    def padded(self, row: ScorecardRow) -> list[str]:
        """The row's values, one per period (missing ones blank)."""
        return (row.values + [""] * len(self.periods))[: len(self.periods)]

    def validate(self) -> None:
        for row in self.rows:
            if len(row.values) > len(self.periods):
                raise ValidationError(
                    f"Scorecard row '{row.ref or row.measure}' has {len(row.values)} values "
                    "but the "
                    f"scorecard has {len(self.periods)} periods: add a period or remove a value.",
                    "values",
                )

    def texts(self) -> list[str]:
        texts = [self.caption, *self.periods]
        for row in self.rows:
            texts += [row.ref, row.measure, row.target, *row.values, row.commentary]
        return texts

    def is_empty(self) -> bool:
        return not self.rows
