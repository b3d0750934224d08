"""Errors raised by rules; each message names the problem and the way out."""


class NotFound(LookupError):
    """No record with that id; the message names what was looked for."""


class ValidationError(ValueError):
    """A record breaks a rule. `field` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field
