"""What a section of a report is made of: a sequence of blocks.

Text is stored as plain text with inline markup for bold and italic (inline_markup.py).
Paragraphs are numbered in the template's style (report_numbering.py) unless marked
`numbered=False` (a quotation, or text continuing a paragraph after a list); list items,
subheadings and tables are not.
"""

from dataclasses import dataclass, field
from typing import ClassVar, Union

from .inline_markup import Run, parse_inline
from .report_tables import ActionPlan, PlainTable
from .scorecard import Scorecard


@dataclass
class Paragraph:
    text: str = ""
    numbered: bool = True
    kind: ClassVar[str] = "paragraph"

    def runs(self) -> list[Run]:
        return parse_inline(self.text)

    def texts(self) -> list[str]:
        return [self.text]

    def is_empty(self) -> bool:
        return not self.text.strip()

    def validate(self) -> None:
        """Any text is a paragraph; here for a uniform block API."""


@dataclass
class _ItemList:
    items: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        return list(self.items)

    def is_empty(self) -> bool:
        return not any(item.strip() for item in self.items)

    def validate(self) -> None:
        """Any items make a list; here for a uniform block API."""


@dataclass
class BulletList(_ItemList):
    kind: ClassVar[str] = "bullet-list"


@dataclass
class NumberedList(_ItemList):
    """A list whose items are lettered (a), (b), (c) ... (report_numbering.list_label), so
    that they are not confused with the report's paragraph numbers."""

    kind: ClassVar[str] = "numbered-list"


@dataclass
class Subheading:
    """An unnumbered heading inside a section, as the reference reports use to break up
    long sections ("Participation of Cared for Children" inside section 6)."""

    text: str = ""
    kind: ClassVar[str] = "subheading"

    def texts(self) -> list[str]:
        return [self.text]

    def is_empty(self) -> bool:
        return not self.text.strip()

    def validate(self) -> None:
        """Any text is a subheading; here for a uniform block API."""


Block = Union[Paragraph, BulletList, NumberedList, Subheading, Scorecard, ActionPlan, PlainTable]
BLOCK_TYPES: dict[str, type] = {  # by the kind name the store and the meeting file use
    cls.kind: cls
    for cls in (Paragraph, BulletList, NumberedList, Subheading, Scorecard, ActionPlan, PlainTable)
}
TABLE_TYPES = (Scorecard, ActionPlan, PlainTable)
