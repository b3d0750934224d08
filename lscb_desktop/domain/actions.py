"""Actions arising from a minute ("Action: contact the venue"), each with an owner and a due
date."""

from dataclasses import dataclass
from datetime import date
from enum import Enum

from .errors import ValidationError


class ActionStatus(str, Enum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass
class Action:
    description: str
    owner: str
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    minute_id: int | None = None
    id: int | None = None

    def is_overdue(self, today: date) -> bool:
        return self.status is ActionStatus.OPEN and self.due is not None and self.due < today

    def validate(self) -> None:
        if not self.description.strip():
            raise ValidationError("An action needs a description of what is to be done.",
                                  "description")
        if not self.owner.strip():
            raise ValidationError(
                f"The action '{self.description.strip()}' needs an owner: enter who will do it.",
                "owner")
