"""Ctrl+B and Ctrl+I in a prose editor: wrap the selection in ** or *, or unwrap it when it is
already bold or italic, the way Word's buttons toggle. Works out the edits to make (Qt-free);
the editor applies them in one undo step.

Markers must hug the words (domain/inline_markup.py), so spaces at either end of the
selection, and a list marker at the start of a line, stay outside them. A selection over
several lines is treated line by line, as markup never spans paragraphs.
"""

import re
from dataclasses import dataclass

_LINE_MARKER = re.compile(r"\s*(?:[-*\u2022]|\d{1,3}[.)]|\(?[a-z]{1,2}\)|#+|>)\s+")


@dataclass(frozen=True)
class Edit:
    position: int
    remove: int  # characters to remove at position
    insert: str  # then text to insert there


@dataclass(frozen=True)
class MarkupChange:
    edits: list[Edit]  # in order of position; apply from the last to the first
    selection: tuple[int, int]  # the words, without their markers, after the edits


def _word_at(text: str, position: int) -> tuple[int, int]:
    start = end = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "'-"):
        end += 1
    return start, end


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of words to mark: one per line, trimmed of spaces and list markers."""
    segments = []
    line_start = text.rfind("\n", 0, start) + 1
    while line_start <= end:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        seg_start, seg_end = max(start, line_start), min(end, line_end)
        if seg_start == line_start:
            marker = _LINE_MARKER.match(text, line_start, line_end)
            seg_start = max(seg_start, marker.end()) if marker else seg_start
        # spaces stay outside the markers, and markers already there are looked at, not in
        while seg_start < seg_end and (text[seg_start].isspace() or text[seg_start] == "*"):
            seg_start += 1
        while seg_end > seg_start and (text[seg_end - 1].isspace() or text[seg_end - 1] == "*"):
            seg_end -= 1
        if seg_start < seg_end:
            segments.append((seg_start, seg_end))
        if line_end >= len(text):
            break
        line_start = line_end + 1
    return segments


def _stars(text: str, position: int, step: int) -> int:
    """How many asterisks run from `position` in direction `step` (+1 right, -1 left)."""
    count, i = 0, position if step > 0 else position - 1
    while 0 <= i < len(text) and text[i] == "*":
        count += 1
        i += step
    return count


def _is_marked(text: str, start: int, end: int, marker: str) -> bool:
    before, after = _stars(text, start, -1), _stars(text, end, +1)
    if marker == "**":
        return before >= 2 and after >= 2
    return before % 2 == 1 and after % 2 == 1


def toggle_markup(text: str, start: int, end: int, marker: str) -> MarkupChange:
    """The edits that make text[start:end] bold (marker "**") or italic ("*"), or take that
    style off when every line of it already has it. With nothing selected, the word at the
    cursor is used; with no word there, a pair of markers is inserted to type between."""
    if start == end:
        start, end = _word_at(text, start)
        if start == end:
            return MarkupChange([Edit(start, 0, marker * 2)], (start + len(marker),) * 2)
    segments = _segments(text, start, end)
    if not segments:
        return MarkupChange([], (start, end))
    n = len(marker)
    edits: list[Edit] = []
    if all(_is_marked(text, s, e, marker) for s, e in segments):
        for s, e in segments:
            edits += [Edit(s - n, n, ""), Edit(e, n, "")]
    else:
        for s, e in segments:
            if not _is_marked(text, s, e, marker):
                edits += [Edit(s, 0, marker), Edit(e, 0, marker)]
    first, last = segments[0][0], segments[-1][1]
    shift_first = sum(len(x.insert) - x.remove for x in edits
                      if x.position < first or (x.position == first and x.insert))
    shift_last = sum(len(x.insert) - x.remove for x in edits if x.position < last)
    return MarkupChange(edits, (first + shift_first, last + shift_last))
