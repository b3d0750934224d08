"""The prose of a section as the author types it in a plain-text editor, and the blocks it
stands for (domain/report_blocks.py).

Plain text keeps the editor simple, spell-check friendly and free of hidden formatting:
- a blank line separates paragraphs (a single line break inside a paragraph is a space);
- lines starting "- " (or "* ", "• ") are bullet items; "1. ", "1) " or "(a) " numbered items;
- a line starting "# " is a subheading; one starting "> " a paragraph left unnumbered;
- **bold** and *italic* are inline markup (domain/inline_markup.py), kept as typed.
A paragraph whose words happen to start like a marker is written with a backslash before it
("\\- 5 degrees"), which the inline markup reads as a literal character.
Qt-free, so that the round trip is tested on its own.
"""

import re
from dataclasses import dataclass, field

from ..domain.report_blocks import Block, BulletList, NumberedList, Paragraph, Subheading

_BULLET = re.compile(r"^[-*\u2022](?:\s+(.*))?$")
_NUMBERED = re.compile(r"^(?:\d{1,3}[.)]|\(?[a-z]{1,2}\))(?:\s+(.*))?$")
_SUBHEADING = re.compile(r"^#+(?:\s+(.*))?$")
_UNNUMBERED = re.compile(r"^>(?:\s+(.*))?$")
_MARKERS = (_BULLET, _NUMBERED, _SUBHEADING, _UNNUMBERED)


@dataclass
class PlacedBlock:
    """A block with the editor lines it came from: its first line, and for a list the line
    of each item (so that the margin can show a number or letter beside each)."""

    block: Block
    line: int
    item_lines: list[int] = field(default_factory=list)


class _Reader:
    def __init__(self):
        self.placed: list[PlacedBlock] = []
        self._paragraph: list[str] = []
        self._paragraph_start = 0
        self._numbered = True
        self._list: PlacedBlock | None = None

    def flush(self) -> None:
        if self._paragraph:
            text = " ".join(self._paragraph)
            self.placed.append(PlacedBlock(Paragraph(text, self._numbered), self._paragraph_start))
            self._paragraph = []
        self._list = None

    def item(self, kind: type, text: str, line: int) -> None:
        if self._paragraph or self._list is None or not isinstance(self._list.block, kind):
            self.flush()
            self._list = PlacedBlock(kind([]), line)
            self.placed.append(self._list)
        self._list.block.items.append(text)
        self._list.item_lines.append(line)

    def paragraph_line(self, text: str, line: int, numbered: bool = True) -> None:
        if self._list is not None or not numbered:
            self.flush()
        if not self._paragraph:
            self._paragraph_start = line
            self._numbered = numbered
        self._paragraph.append(text)
        if not numbered:  # an unnumbered paragraph is one marked line; what follows is new
            self.flush()

    def subheading(self, text: str, line: int) -> None:
        self.flush()
        self.placed.append(PlacedBlock(Subheading(text), line))


def parse_prose(text: str) -> list[PlacedBlock]:
    """The blocks written in `text`, each with the line it starts on."""
    reader = _Reader()
    for number, raw in enumerate(text.split("\n")):
        line = raw.strip()
        if not line:
            reader.flush()
        elif match := _SUBHEADING.match(line):
            reader.subheading((match.group(1) or "").strip(), number)
        elif match := _BULLET.match(line):
            reader.item(BulletList, (match.group(1) or "").strip(), number)
        elif match := _NUMBERED.match(line):
            reader.item(NumberedList, (match.group(1) or "").strip(), number)
        elif match := _UNNUMBERED.match(line):
            reader.paragraph_line((match.group(1) or "").strip(), number, numbered=False)
        else:
            reader.paragraph_line(line, number)
    reader.flush()
    return reader.placed


def prose_blocks(text: str) -> list[Block]:
    return [placed.block for placed in parse_prose(text)]


def _paragraph_text(text: str) -> str:
    """The paragraph's text, on one line, escaped where it would read as a marker."""
    one_line = " ".join(text.split())
    if any(marker.match(one_line) for marker in _MARKERS):
        return "\\" + one_line
    return one_line


def prose_text(blocks: list[Block]) -> str:
    """`blocks` (text blocks only: paragraphs, lists, subheadings) written as prose."""
    chunks = []
    for block in blocks:
        if isinstance(block, Paragraph):
            text = _paragraph_text(block.text)
            chunks.append(text if block.numbered else f"> {text}")
        elif isinstance(block, BulletList):
            chunks.append("\n".join(f"- {' '.join(item.split())}" for item in block.items))
        elif isinstance(block, NumberedList):
            chunks.append("\n".join(f"{i}. {' '.join(item.split())}"
                                    for i, item in enumerate(block.items, start=1)))
        elif isinstance(block, Subheading):
            chunks.append(f"# {' '.join(block.text.split())}")
        else:
            raise TypeError(f"A {type(block).__name__} is not prose: it has an editor of its own.")
    return "\n\n".join(chunks)


def is_prose(block: Block) -> bool:
    return isinstance(block, (Paragraph, BulletList, NumberedList, Subheading))
