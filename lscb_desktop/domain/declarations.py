"""Declarations of interest made at a meeting, and the declarations minute written from them."""

from dataclasses import dataclass
from enum import Enum

from .attendance import titled_name
from .committee import MemberRole
from .errors import ValidationError


class InterestKind(str, Enum):
    """The three kinds of interest in a council's code of conduct."""

    DISCLOSABLE_PECUNIARY = "disclosable_pecuniary"
    OTHER_REGISTRABLE = "other_registrable"
    NON_REGISTRABLE = "non_registrable"

    @property
    def label(self) -> str:
        return {
            InterestKind.DISCLOSABLE_PECUNIARY: "disclosable pecuniary interest",
            InterestKind.OTHER_REGISTRABLE: "other registrable interest",
            InterestKind.NON_REGISTRABLE: "non-registrable interest",
        }[self]

    @property
    def with_article(self) -> str:
        """'a disclosable pecuniary interest', 'an other registrable interest'."""
        return ("an " if self.label[0] in "aeiou" else "a ") + self.label


@dataclass
class Declaration:
    """A member's declaration on one agenda item. The member's name and role and the item's
    title are copied in, so the minute still reads right if either changes later."""

    member_name: str
    item_title: str
    kind: InterestKind
    description: str = ""  # "as her daughter is a foster carer"
    member_role: MemberRole = MemberRole.MEMBER
    member_id: int | None = None
    agenda_item_id: int | None = None
    id: int | None = None
    meeting_id: int | None = None

    def validate(self) -> None:
        if not self.member_name.strip():
            raise ValidationError("A declaration needs the member who made it.", "member_id")
        if not self.item_title.strip():
            raise ValidationError(
                "A declaration needs the agenda item it concerns: choose the item.",
                "agenda_item_id")

    def sentence(self) -> str:
        """'Councillor H Marsh declared a non-registrable interest in the item 'Voice of ...',
        as her daughter is a foster carer.'"""
        text = (f"{titled_name(self.member_name, self.member_role)} declared "
                f"{self.kind.with_article} in the item '{self.item_title.strip()}'")
        description = self.description.strip().rstrip(".")
        return f"{text}, {description}." if description else f"{text}."


def declarations_minute(declarations: list[Declaration]) -> str:
    if not declarations:
        return "There were no declarations of interest."
    return " ".join(d.sentence() for d in declarations)
