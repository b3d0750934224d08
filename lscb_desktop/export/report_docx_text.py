"""One paragraph of a Word file as a piece of a report: its kind (a paragraph, a bullet or
lettered point, a recommendation ...), its number taken off, and its words as inline markup
(**bold**, *italic*). The application's own files say what each paragraph is by its Word
style; other files by their list formatting and typed numbers and bullets."""

from dataclasses import dataclass
from enum import Enum

from ..domain.inline_markup import Run as MarkupRun
from ..domain.inline_markup import to_markup
from .document import ItemStyle, Run
from .docx_lists import ListKind
from .docx_reading import ReadParagraph
from .docx_styles import ITEM_STYLE_NAMES
from .report_docx_matching import split_number, strip_list_marker

_STYLE_KINDS = {name: style for style, name in ITEM_STYLE_NAMES.items()}


class PieceKind(str, Enum):
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    LETTERED = "lettered"
    LEAD_IN = "lead-in"
    RECOMMENDATION = "recommendation"


@dataclass
class Piece:
    kind: PieceKind
    text: str  # inline markup
    numbered: bool | None  # None: the file does not say (decided per section afterwards)
    number: tuple[int, ...] | None = None  # the number the file gave it


def cut(runs: tuple[Run, ...], count: int) -> tuple[Run, ...]:
    """`runs` without their first `count` characters."""
    kept = []
    for run in runs:
        if count >= len(run.text):
            count -= len(run.text)
            continue
        kept.append(Run(run.text[count:], run.bold, run.italic))
        count = 0
    return tuple(kept)


def trimmed(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    text = "".join(r.text for r in runs)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    kept, position = [], 0
    for run in runs:
        left, right = max(start - position, 0), min(end - position, len(run.text))
        if left < right:
            kept.append(Run(run.text[left:right], run.bold, run.italic))
        position += len(run.text)
    return tuple(kept)


def markup(runs: tuple[Run, ...]) -> str:
    return to_markup([MarkupRun(r.text, r.bold, r.italic) for r in trimmed(runs)])


def plain(runs: tuple[Run, ...]) -> str:
    return "".join(r.text for r in trimmed(runs))


def _after(runs: tuple[Run, ...], rest: str) -> tuple[Run, ...]:
    """The runs of a paragraph whose text ends with `rest` (its label taken off)."""
    return cut(runs, len("".join(r.text for r in runs)) - len(rest))


_LONGEST_LABEL = 12  # characters before the tab: "12.10.1." or "(aa)"


def own_label(runs: tuple[Run, ...]) -> tuple[str, tuple[Run, ...]] | None:
    """The label this application wrote before a tab ("2.1.", "•", "(a)" or nothing) and
    the runs after it; None when the paragraph does not start that way."""
    text = "".join(r.text for r in runs)
    tab = text.find("\t")
    if tab < 0 or tab > _LONGEST_LABEL or (tab and not split_number(text[:tab + 1])
                                             and not strip_list_marker(text[:tab + 1])):
        return None
    return text[:tab].strip(), cut(runs, tab + 1)


def piece_of(paragraph: ReadParagraph, own_file: bool) -> Piece:
    style = _STYLE_KINDS.get(paragraph.style) if own_file else None
    labelled = own_label(paragraph.runs) if style else None
    if labelled:  # exactly as written: the text after the tab is all the author's
        label, rest_runs = labelled
        numbered, marker = split_number(label + "\t"), None
        words = markup(rest_runs)
    else:
        runs = trimmed(paragraph.runs)
        text = "".join(r.text for r in runs)
        numbered = split_number(text)
        marker = None if numbered else strip_list_marker(text)
        rest = numbered.text if numbered else marker[1] if marker else text
        words = markup(_after(runs, rest))
    number = numbered.parts if numbered else None
    if style in (ItemStyle.LEAD_IN, ItemStyle.RECOMMENDATION):
        kind = PieceKind.LEAD_IN if style is ItemStyle.LEAD_IN else PieceKind.RECOMMENDATION
        return Piece(kind, words, True, number)
    if style is ItemStyle.TEXT:
        return Piece(PieceKind.PARAGRAPH, words, False)
    if style is ItemStyle.PARAGRAPH:
        return Piece(PieceKind.PARAGRAPH, words, True, number)
    if style is ItemStyle.BULLET or paragraph.list_kind is ListKind.BULLET:
        return Piece(PieceKind.BULLET, words, None)
    if style is ItemStyle.LETTERED or paragraph.list_kind is ListKind.LETTERED:
        return Piece(PieceKind.LETTERED, words, None)
    if marker:
        kind = PieceKind.BULLET if marker[0] == "bullet" else PieceKind.LETTERED
        return Piece(kind, words, None)
    if numbered or paragraph.list_kind is ListKind.NUMBERED:
        return Piece(PieceKind.PARAGRAPH, words, True, number)
    return Piece(PieceKind.PARAGRAPH, words, None)
