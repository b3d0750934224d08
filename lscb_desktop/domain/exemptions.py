"""Schedule 12A to the Local Government Act 1972, Part 1: descriptions of exempt information."""

from .errors import ValidationError

SCHEDULE_12A_PARAGRAPHS: dict[int, str] = {
    1: "Information relating to any individual.",
    2: "Information which is likely to reveal the identity of an individual.",
    3: "Information relating to the financial or business affairs of any particular person "
    "(including the authority holding that information).",
    4: "Information relating to any consultations or negotiations, or contemplated consultations "
    "or negotiations, in connection with any labour relations matter.",
    5: "Information in respect of which a claim to legal professional privilege could be "
    "maintained in legal proceedings.",
    6: "Information which reveals that the authority proposes to give a notice or to make an "
    "order or direction under any enactment.",
    7: "Information relating to any action taken or to be taken in connection with the "
    "prevention, investigation or prosecution of crime.",
}


def validate_paragraphs(paragraphs: list[int]) -> list[int]:
    """Return the paragraphs sorted and de-duplicated, or raise if any is not 1-7."""
    for p in paragraphs:
        if not isinstance(p, int) or isinstance(p, bool) or p not in SCHEDULE_12A_PARAGRAPHS:
            raise ValidationError(
                f"Schedule 12A paragraph {p!r} does not exist: choose paragraphs 1 to 7.",
                "exempt_paragraphs",
            )
    return sorted(set(paragraphs))


def describe_paragraphs(paragraphs: list[int]) -> str:
    """'Paragraph 1' / 'Paragraphs 1 and 2' / 'Paragraphs 1, 2 and 3', as agendas cite them."""
    ps = sorted(set(paragraphs))
    if not ps:
        return ""
    if len(ps) == 1:
        return f"Paragraph {ps[0]}"
    return "Paragraphs " + ", ".join(str(p) for p in ps[:-1]) + f" and {ps[-1]}"
