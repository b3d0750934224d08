"""Text a report must not be published with: placeholders left from a template or a draft,
and references to appendices. Both read the words without their markup."""

import re

from .inline_markup import plain_text

_PLACEHOLDERS = [
    # "[insert figure]", "[name of officer]"; "[see above]" is ordinary writing
    re.compile(r"\[\s*(?:insert|add|enter|delete|include|complete|name|date|title|details?)\b"
               r"[^\[\]\n]*\]", re.IGNORECASE),
    re.compile(r"\b(?:TBC|TBA|TBD|TODO)\b", re.IGNORECASE),
    # "£XX,XXX", "XX%", "xx/xx/2019"; not the XX inside a word such as "XXL"
    re.compile(r"£?(?<![A-Za-z])[Xx]{2,}(?:[,./][Xx]+)*%?(?![A-Za-z])"),
    # "<name of officer>"; "<a@b.gov.uk>" is an address and "2 < 3 > 1" a comparison
    re.compile(r"<[A-Za-z][^<>@\n]{0,60}>"),
    re.compile(r"lorem ipsum", re.IGNORECASE),
]
_APPENDIX = re.compile(r"\bAppendix\s+([A-Z]{1,2})\b")
_APPENDICES = re.compile(r"\bAppendices\s+((?:[A-Z]{1,2}(?:,\s*|\s+and\s+))+[A-Z]{1,2})\b")


def find_placeholders(text: str) -> list[str]:
    """The placeholders in `text`, each once, in the order they appear."""
    words = plain_text(text)
    found = {m.group(0) for pattern in _PLACEHOLDERS for m in pattern.finditer(words)}
    return sorted(found, key=words.find)


def appendix_letters_referred_to(text: str) -> list[str]:
    """The letters of "Appendix B" and "Appendices A, B and C" in `text`."""
    words = plain_text(text)
    letters = [m.group(1) for m in _APPENDIX.finditer(words)]
    for match in _APPENDICES.finditer(words):
        letters += re.findall(r"[A-Z]{1,2}", match.group(1))
    return letters
