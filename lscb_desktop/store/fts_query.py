"""Turning what a user types into an SQLite FTS5 query, and reading marked snippets back.

What a user types is never passed to FTS5 as query syntax: each word becomes a quoted phrase
(so "A&E", "well-being", quotes, AND/OR/NEAR and brackets are just words), all words must be
present, and a word ending in '*' matches as a prefix ("foster*" finds "fostering"). People
search the way they ask ("what did we decide about taster flats?"), so the words of a question
are dropped when other words remain.
"""

import re

# Marks around matches inside snippets: control characters, which never occur in our text.
OPEN, CLOSE = "\x02", "\x03"
_WORD = re.compile(r"\w")
QUESTION_WORDS = frozenset("""
    a about an and any are at be been by can could decide decided decision decisions did do does
    for from had has have how i in is it me of on or our tell that the this to us was we were
    what when where which who why with you
""".split())


def _plain(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalnum())


def match_expression(query: str) -> str | None:
    """The FTS5 query for what the user typed; None when it holds no word to look for."""
    # control characters (a NUL pasted from another program) end an FTS5 string early
    query = "".join(c if c.isprintable() else " " for c in query)
    words = [w for w in query.split() if _WORD.search(w.rstrip("*"))]
    meaningful = [w for w in words if _plain(w) not in QUESTION_WORDS]
    terms = []
    for word in meaningful or words:
        prefix = word.endswith("*")
        word = word.rstrip("*")
        phrase = '"' + word.replace('"', '""') + '"'
        terms.append(phrase + "*" if prefix else phrase)
    return " ".join(terms) or None


def unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet without its OPEN/CLOSE marks, and the (start, end) of each marked span."""
    text, spans, start = [], [], None
    for char in marked:
        if char == OPEN:
            start = len(text)
        elif char == CLOSE and start is not None:
            spans.append((start, len(text)))
            start = None
        else:
            text.append(char)
    return "".join(text), tuple(spans)
