"""Which words of a search a piece of text holds, judged as the full-text index judges them
(words whole and case-blind, accents ignored, 'foster*' matching words starting so).

The index says which minute matched, not which of its columns: this tells whether the
minute's decisions alone hold every word searched for, and where in a text the words are."""

import re
import unicodedata

from ..store.fts_query import match_expression

_PHRASE = re.compile(r'"((?:[^"]|"")*)"(\*?)')
_TOKEN = re.compile(r"[^\W_]+")  # letters and digits; everything else separates words


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


class Terms:
    """The phrases a query looks for, each a run of words (the last a prefix for 'word*')."""

    def __init__(self, query: str):
        expression = match_expression(query) or ""
        self.phrases = [
            ([_fold(m.group()) for m in _tokens(text.replace('""', '"'))], bool(star))
            for text, star in _PHRASE.findall(expression)
        ]
        self.phrases = [(words, star) for words, star in self.phrases if words]

    def _spans(self, text: str, phrase: tuple[list[str], bool]) -> list[tuple[int, int]]:
        words, prefix = phrase
        tokens = _tokens(text)
        folded = [_fold(t.group()) for t in tokens]
        spans = []
        for start in range(len(tokens) - len(words) + 1):
            run = folded[start:start + len(words)]
            same = run[:-1] == words[:-1] and (
                run[-1].startswith(words[-1]) if prefix else run[-1] == words[-1])
            if same:
                spans.append((tokens[start].start(), tokens[start + len(words) - 1].end()))
        return spans

    def all_in(self, text: str) -> bool:
        """True when `text` holds every phrase searched for."""
        return bool(self.phrases) and all(self._spans(text, p) for p in self.phrases)

    def any_in(self, text: str) -> bool:
        return any(self._spans(text, p) for p in self.phrases)

    def highlights(self, text: str) -> tuple[tuple[int, int], ...]:
        """(start, end) of each phrase found in `text`, in order."""
        return tuple(sorted({span for p in self.phrases for span in self._spans(text, p)}))
