"""Appendices: other documents attached to a report, lettered A, B, C ... in their order.

The report holds a reference to each file (its name and SHA-256 checksum); the file itself is
copied into the application's store by the services, which also check that it really is the
PDF or Word document its name says.
"""

import re
from dataclasses import dataclass
from enum import Enum

from .errors import ValidationError

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class AppendixKind(str, Enum):
    PDF = "pdf"
    DOCX = "docx"

    @classmethod
    def from_file_name(cls, file_name: str) -> "AppendixKind":
        suffix = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
        for kind in cls:
            if suffix == kind.value:
                return kind
        raise ValidationError(
            f"'{file_name}' cannot be an appendix: attach a PDF (.pdf) or Word (.docx) file; "
            "save other documents as PDF first.",
            "file_name",
        )


@dataclass
class Appendix:
    title: str
    file_name: str
    sha256: str
    kind: AppendixKind
    id: int | None = None

    def validate(self) -> None:
        if not self.title.strip():
            raise ValidationError(
                f"The appendix '{self.file_name}' needs a title: say what the document is.", "title"
            )
        if AppendixKind.from_file_name(self.file_name) is not self.kind:
            raise ValidationError(
                f"'{self.file_name}' is not a {self.kind.value.upper()} file by its name: "
                "attach the file again.",
                "kind",
            )
        if not _SHA256.match(self.sha256):
            raise ValidationError(
                f"The checksum of '{self.file_name}' is not a SHA-256 digest: "
                "attach the file again.",
                "sha256",
            )


def appendix_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA', 27 -> 'AB' (as spreadsheet columns)."""
    if index < 0:
        raise ValueError(f"An appendix index cannot be negative ({index}).")
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def lettered(appendices: list[Appendix]) -> list[tuple[str, Appendix]]:
    """Each appendix with its letter: lettering follows the order, so it never has gaps."""
    return [(appendix_letter(i), appendix) for i, appendix in enumerate(appendices)]


def appendices_reference(appendices: list[Appendix]) -> str:
    """'(Appendix A refers)', '(Appendices A and B refer)', '(Appendices A, B and C refer)',
    as a cover report states under its title; '' when there are none."""
    letters = [letter for letter, _ in lettered(appendices)]
    if not letters:
        return ""
    if len(letters) == 1:
        return f"(Appendix {letters[0]} refers)"
    return f"(Appendices {', '.join(letters[:-1])} and {letters[-1]} refer)"
