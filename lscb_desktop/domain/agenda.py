"""Agenda items and the rules of their order: numbering is automatic, Part 2 follows Part 1."""

from dataclasses import dataclass, field, replace
from enum import Enum

from .errors import ValidationError
from .exemptions import validate_paragraphs


class ItemKind(str, Enum):
    REPORT = "report"
    VERBAL = "verbal"
    STANDARD = "standard"

    @property
    def label(self) -> str:
        return {"report": "Report", "verbal": "Verbal update", "standard": "Standard item"}[self.value]


@dataclass
class AgendaItem:
    title: str
    purpose: str = ""
    presenter: str = ""
    kind: ItemKind = ItemKind.REPORT
    part: int = 1
    exempt_paragraphs: list[int] = field(default_factory=list)
    standard_key: str | None = None
    position: int = 0
    id: int | None = None
    meeting_id: int | None = None

    @property
    def is_standard(self) -> bool:
        return self.kind is ItemKind.STANDARD

    def validate(self) -> None:
        if not self.title.strip():
            raise ValidationError("An agenda item needs a title.", "title")
        if self.part not in (1, 2):
            raise ValidationError(f"Part must be 1 or 2, not {self.part!r}.", "part")
        if self.part == 2 and not self.exempt_paragraphs:
            raise ValidationError(
                f"'{self.title}' is a Part 2 item: cite at least one Schedule 12A paragraph "
                "(1-7) that makes it exempt, or move it to Part 1.",
                "exempt_paragraphs",
            )
        if self.part == 1 and self.exempt_paragraphs:
            raise ValidationError(
                f"'{self.title}' is a Part 1 item and cannot cite exempt paragraphs.",
                "exempt_paragraphs",
            )
        validate_paragraphs(self.exempt_paragraphs)


def normalised(items: list[AgendaItem]) -> list[AgendaItem]:
    """Part 1 before Part 2, each in its existing order; positions renumbered from 0."""
    ordered = sorted(enumerate(items), key=lambda pair: (pair[1].part, pair[1].position, pair[0]))
    return [replace(item, position=i) for i, (_, item) in enumerate(ordered)]


def numbered(items: list[AgendaItem]) -> list[tuple[int, AgendaItem]]:
    """Agenda numbers 1..n in agenda order."""
    return [(i + 1, item) for i, item in enumerate(normalised(items))]


def end_of_part(items: list[AgendaItem], part: int) -> int:
    """Index just after the last item of `part` in a normalised agenda."""
    return sum(1 for it in items if it.part <= part)


def moved_from(items: list[AgendaItem], from_index: int, to_index: int) -> list[AgendaItem]:
    """The normalised agenda with the item at `from_index` moved to `to_index`, clamped so
    that it stays inside its own part."""
    current = list(items)
    item = current.pop(from_index)
    low = sum(1 for it in current if it.part < item.part)
    high = end_of_part(current, item.part)
    current.insert(max(low, min(to_index, high)), item)
    return [replace(it, position=i) for i, it in enumerate(current)]


def moved(items: list[AgendaItem], item_id: int, target_index: int) -> list[AgendaItem]:
    """The agenda with one item moved to `target_index`, kept inside its own part."""
    current = normalised(items)
    index = next((i for i, it in enumerate(current) if it.id == item_id), None)
    if index is None:
        raise ValidationError(f"Agenda item {item_id} is not on this agenda.", "id")
    return moved_from(current, index, target_index)
