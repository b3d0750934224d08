"""A report's status: draft -> submitted -> cleared -> published.

Forward, one step at a time, and only while the completeness check finds nothing. Back to
draft from submitted or cleared, when democratic services or the senior officer return it for
changes. A published report is part of a published agenda pack and stays as it is: a
correction is published as a new (supplementary) report.
"""

from dataclasses import dataclass, replace
from datetime import datetime

from .completeness import Problem, check_completeness
from .errors import ValidationError
from .report import Report, ReportStatus, header_value
from .templates import FieldRole, ReportTemplate

ALLOWED: dict[ReportStatus, tuple[ReportStatus, ...]] = {
    ReportStatus.DRAFT: (ReportStatus.SUBMITTED,),
    ReportStatus.SUBMITTED: (ReportStatus.CLEARED, ReportStatus.DRAFT),
    ReportStatus.CLEARED: (ReportStatus.PUBLISHED, ReportStatus.DRAFT),
    ReportStatus.PUBLISHED: (),
}
_FORWARD = {ReportStatus.SUBMITTED, ReportStatus.CLEARED, ReportStatus.PUBLISHED}


@dataclass(frozen=True)
class StatusChange:
    """One step of a report's status history: who moved it, when (UTC), from and to, and why."""

    when: datetime
    by: str
    from_status: ReportStatus
    to_status: ReportStatus
    note: str = ""


class ReportNotReady(ValidationError):
    """The report still has completeness problems; `problems` lists them."""

    def __init__(self, message: str, problems: list[Problem]):
        super().__init__(message, "status")
        self.problems = problems


def _name(report: Report, template: ReportTemplate) -> str:
    title = header_value(report, template, FieldRole.TITLE)
    return f"'{title}'" if title else "The report"


def check_status_change(report: Report, template: ReportTemplate, target: ReportStatus) -> None:
    """Raise unless `report` may move to `target`: ValidationError for a move that is not
    allowed, ReportNotReady (listing the problems) while the report is incomplete."""
    if report.template_id != template.id:
        raise ValidationError(
            f"The report uses the template '{report.template_id}', not '{template.id}': check it "
            "against its own template.", "template_id",
        )
    current = report.status
    if target not in ALLOWED[current]:
        way = ("a correction is published as a new report" if current is ReportStatus.PUBLISHED
               else "it can go to " + " or ".join(f"'{s.label}'" for s in ALLOWED[current]))
        raise ValidationError(
            f"{_name(report, template)} is '{current.label}' and cannot become "
            f"'{target.label}': {way}.",
            "status",
        )
    if target in _FORWARD:
        problems = check_completeness(report, template)
        if problems:
            listed = "\n".join(f"- {p.message}" for p in problems)
            raise ReportNotReady(
                f"{_name(report, template)} cannot be marked '{target.label}' while the "
                "completeness "
                f"check finds {len(problems)} problem{'s' if len(problems) > 1 else ''}; put "
                f"{'them' if len(problems) > 1 else 'it'} right first:\n{listed}",
                problems,
            )


def with_status(report: Report, template: ReportTemplate, target: ReportStatus) -> Report:
    """A copy of `report` with its status moved to `target` (check_status_change's rules)."""
    check_status_change(report, template, target)
    return replace(report, status=target)
