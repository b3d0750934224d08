"""Notice rules for key decisions and private meetings (Local Authorities (Executive
Arrangements) (Meetings and Access to Information) (England) Regulations 2012):

- a key decision is published in the forward plan at least 28 clear days before it is made
  (reg 9);
- a meeting held in private needs a notice of the intention at least 28 clear days before
  (reg 5(2)), then a further notice with the reasons at least 5 clear days before (reg 5(4)).

Counting. The 28 days are calendar days: the regulations count a period of notice, not
office opening days, so only the day the notice is given and the day of the meeting are
left out. The 5 clear days are counted like the agenda's five clear days (LGA 1972 s100B,
domain/deadlines.py): weekends and bank holidays do not count either.

These rules warn rather than refuse: an urgent decision can still be taken with the chair's
agreement (regs 10 and 11), and the warning says how to put it right.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from .dates import weekday_date
from .deadlines import clear_days_between, publication_deadline
from .forward_plan import EntryStatus, ForwardPlanEntry

KEY_DECISION_DAYS = 28
PRIVATE_NOTICE_DAYS = 28
PRIVATE_REASONS_DAYS = 5


@dataclass(frozen=True)
class NoticeWarning:
    code: str  # 'key_decision_unpublished', 'key_decision_short', 'private_28_missing',
    # 'private_28_short', 'private_5_missing', 'private_5_short'
    message: str


def calendar_clear_days(given: date, meeting: date) -> int:
    """Whole days between the day notice is given and the day of the meeting."""
    return max(0, (meeting - given).days - 1)


def latest_28_day_notice(meeting: date) -> date:
    """The last day a 28-clear-day notice can be given for a meeting on `meeting`."""
    return meeting - timedelta(days=KEY_DECISION_DAYS + 1)


def latest_5_day_notice(meeting: date) -> date:
    """The last working day a 5-clear-day notice can be given."""
    return publication_deadline(meeting, PRIVATE_REASONS_DAYS)


def _key_decision(entry: ForwardPlanEntry, meeting: date) -> list[NoticeWarning]:
    latest = weekday_date(latest_28_day_notice(meeting))
    if entry.first_published is None:
        return [NoticeWarning(
            "key_decision_unpublished",
            f"'{entry.title}' is a key decision but has not been published in the forward "
            f"plan: publish it by {latest} to give 28 clear days' notice, or record the date "
            "it was first published.")]
    days = calendar_clear_days(entry.first_published, meeting)
    if days < KEY_DECISION_DAYS:
        earliest = entry.first_published + timedelta(days=KEY_DECISION_DAYS + 1)
        return [NoticeWarning(
            "key_decision_short",
            f"'{entry.title}' is a key decision first published on "
            f"{weekday_date(entry.first_published)}, only {days} clear days before the "
            f"meeting (28 needed): move it to a meeting on or after {weekday_date(earliest)}, "
            "or record the chair's agreement that it is urgent.")]
    return []


def _private(entry: ForwardPlanEntry, meeting: date) -> list[NoticeWarning]:
    warnings = []
    latest_28 = weekday_date(latest_28_day_notice(meeting))
    if entry.notice_28_given is None:
        warnings.append(NoticeWarning(
            "private_28_missing",
            f"'{entry.title}' is to be taken in private but no 28-day notice is recorded: "
            f"give notice of the private meeting by {latest_28}, or record the date it was "
            "given."))
    elif calendar_clear_days(entry.notice_28_given, meeting) < PRIVATE_NOTICE_DAYS:
        warnings.append(NoticeWarning(
            "private_28_short",
            f"The 28-day notice for '{entry.title}' was given on "
            f"{weekday_date(entry.notice_28_given)}, too late for a private meeting on "
            f"{weekday_date(meeting)} (it was due by {latest_28}): move the item to a later "
            "meeting, or record the chair's agreement that it is urgent."))
    latest_5 = weekday_date(latest_5_day_notice(meeting))
    if entry.notice_5_given is None:
        warnings.append(NoticeWarning(
            "private_5_missing",
            f"'{entry.title}' is to be taken in private but no 5-day notice (with the reasons) "
            f"is recorded: give it by {latest_5}, or record the date it was given."))
    elif clear_days_between(entry.notice_5_given, meeting) < PRIVATE_REASONS_DAYS:
        warnings.append(NoticeWarning(
            "private_5_short",
            f"The 5-day notice for '{entry.title}' was given on "
            f"{weekday_date(entry.notice_5_given)}, fewer than 5 clear days before the "
            f"meeting (it was due by {latest_5}): move the item to a later meeting, or record "
            "the chair's agreement that it is urgent."))
    return warnings


def notice_warnings(entry: ForwardPlanEntry, meeting: date | None) -> list[NoticeWarning]:
    """What is wrong with the notices for `entry` at a meeting on `meeting`. Nothing while the
    meeting date is not fixed, nor for entries no longer heading for a meeting."""
    if meeting is None or entry.status in (EntryStatus.CONSIDERED, EntryStatus.WITHDRAWN):
        return []
    warnings = _key_decision(entry, meeting) if entry.key_decision else []
    if entry.private:
        warnings += _private(entry, meeting)
    return warnings
