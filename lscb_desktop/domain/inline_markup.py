"""Bold and italic inside a paragraph, written as plain text: **bold**, *italic*, ***both***.

Plain text keeps the editor spell-check friendly and the database searchable. Rules:
- `**` switches bold on and off, `*` italic; a marker opens only before a non-space
  character and closes only after one, so "2 * 3 * 4" stays as written;
- a marker left unclosed at the end is kept as a literal asterisk;
- a backslash makes the next character literal: `\\*` is an asterisk, `\\\\` a backslash.
`to_markup` writes runs back in this form (the Word import uses it), and
parse_inline(to_markup(runs)) gives the runs back, merged where neighbours share a style.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


def _tokens(text: str) -> list[tuple[str, str]]:
    """("text", s) and ("**" | "*", marker) tokens; escapes resolved into text."""
    tokens: list[tuple[str, str]] = []
    buffer: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            buffer.append(text[i + 1])
            i += 2
            continue
        if char == "*":
            if buffer:
                tokens.append(("text", "".join(buffer)))
                buffer = []
            marker = "**" if text.startswith("**", i) else "*"
            tokens.append((marker, marker))
            i += len(marker)
            continue
        buffer.append(char)
        i += 1
    if buffer:
        tokens.append(("text", "".join(buffer)))
    return tokens


def _neighbour_char(tokens: list[tuple[str, str]], index: int, step: int) -> str:
    """The first character of text beside the marker run at `index` ("" at either end)."""
    i = index + step
    while 0 <= i < len(tokens) and tokens[i][0] != "text":
        i += step
    if not 0 <= i < len(tokens):
        return ""
    return tokens[i][1][-1] if step < 0 else tokens[i][1][0]


def _active_markers(tokens: list[tuple[str, str]]) -> set[int]:
    """Indexes of the markers that really open or close a style; the rest are literal."""
    active: set[int] = set()
    open_at: dict[str, int | None] = {"**": None, "*": None}
    for i, (kind, _) in enumerate(tokens):
        if kind == "text":
            continue
        before = _neighbour_char(tokens, i, -1)
        after = _neighbour_char(tokens, i, +1)
        if open_at[kind] is not None and before and not before.isspace():
            active.update({open_at[kind], i})
            open_at[kind] = None
        elif open_at[kind] is None and after and not after.isspace():
            open_at[kind] = i
    return active


def parse_inline(text: str) -> list[Run]:
    """The runs of `text`, neighbours with the same style merged."""
    tokens = _tokens(text)
    active = _active_markers(tokens)
    runs: list[Run] = []
    bold = italic = False
    for i, (kind, value) in enumerate(tokens):
        if kind != "text" and i in active:
            if kind == "**":
                bold = not bold
            else:
                italic = not italic
            continue
        if runs and (runs[-1].bold, runs[-1].italic) == (bold, italic):
            runs[-1] = Run(runs[-1].text + value, bold, italic)
        else:
            runs.append(Run(value, bold, italic))
    return runs


def plain_text(text: str) -> str:
    """The words without the markup, for search, word counts and placeholder checks."""
    return "".join(run.text for run in parse_inline(text))


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*")


def _styled_chars(runs: list[Run]) -> list[tuple[str, bool, bool]]:
    """Each character with its style; a space takes only the styles shared by the nearest
    non-space characters on both sides, so that every marker sits against a letter."""
    chars = [(c, run.bold, run.italic) for run in runs for c in run.text]
    plain = (False, False)
    left, last = [], plain
    for c, bold, italic in chars:
        last = last if c.isspace() else (bold, italic)
        left.append(last)
    right, last = [], plain
    for c, bold, italic in reversed(chars):
        last = last if c.isspace() else (bold, italic)
        right.append(last)
    right.reverse()
    return [
        (c, left[i][0] and right[i][0], left[i][1] and right[i][1]) if c.isspace() else (c, b, it)
        for i, (c, b, it) in enumerate(chars)
    ]


def to_markup(runs: list[Run]) -> str:
    """Runs written as inline markup. Spaces between differently styled words keep only the
    styles both sides share (a marker cannot open before a space or close after one)."""
    parts: list[str] = []
    bold = italic = False
    for c, want_bold, want_italic in _styled_chars(runs) + [("", False, False)]:
        # close what ends, then open what starts: at most "***", which parses either way
        if bold and not want_bold:
            parts.append("**")
        if italic and not want_italic:
            parts.append("*")
        if want_bold and not bold:
            parts.append("**")
        if want_italic and not italic:
            parts.append("*")
        bold, italic = want_bold, want_italic
        parts.append(_escaped(c))
    return "".join(parts)
