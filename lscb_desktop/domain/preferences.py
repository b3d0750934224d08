"""User preferences, declared once with type and default. Stored by store/settings_repo."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Preference:
    key: str
    type: type
    default: object
    label: str
    minimum: int | None = None
    maximum: int | None = None
    note: str = ""  # shown under the field in Settings

    def parse(self, raw: str | None) -> object:
        if raw is None:
            return self.default
        value = self.type(raw)
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.label} must be at least {self.minimum}.")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.label} must be at most {self.maximum}.")
        return value


CLEAR_DAYS = Preference(
    "clear_days", int, 5, "Clear days' notice before a meeting", 0, 30,
    note="5 in England (Local Government Act 1972 s100B); 3 in Wales",
)
COUNCIL_NAME = Preference("council_name", str, "Borsetshire Council", "Council name")

SUPPRESSION_THRESHOLD = Preference(
    "suppression_threshold", int, 5, "Suppress counts below", 1, 100,
    note="Scorecard counts from 1 up to this number are shown as 'Suppressed' in every export, "
    "so that children cannot be identified",
)

ALL = {p.key: p for p in (CLEAR_DAYS, COUNCIL_NAME, SUPPRESSION_THRESHOLD)}
