"""Meeting-date patterns: how a committee's meetings fall over a municipal year (May to April).

Two kinds of pattern cover what councils agree:
- monthly: "every second Tuesday of alternate months", "first Monday of every month",
  "last Wednesday of every third month" (the cycle counts from `first_month`);
- weekly: "every 6 weeks on Thursday from 9 May 2019" (the series starts on `starts_on`).

Months in `skip_months` (the August recess by default) have no meeting: a date that falls in
one is dropped, not moved, since a recess is agreed as a break.

A date that falls on a bank holiday moves to the same weekday of the next week (again while
that is a bank holiday: Christmas Day, then New Year's Day). Moving rather than dropping keeps
the number of meetings the committee agreed to hold (terms of reference often set a minimum)
and keeps members' diaries on the usual weekday. A moved date that would reach a recess
month, leave the period asked for, or meet the next date of the pattern is dropped instead,
with the reason given, so that the officer can fix it by hand.
"""

from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import Enum
from functools import lru_cache

import holidays

from .dates import clock_time, long_date, weekday_date
from .deadlines import ENGLAND_AND_WALES, is_bank_holiday
from .errors import ValidationError

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEK_OF_MONTH = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
AUGUST_RECESS = (8,)


class PatternKind(str, Enum):
    MONTHLY = "monthly"
    WEEKLY = "weekly"


@dataclass(frozen=True)
class MeetingPattern:
    kind: PatternKind
    weekday: int  # 0 Monday .. 6 Sunday
    start_time: time
    week_of_month: int = 1  # monthly: 1-4, or -1 for the last such weekday of the month
    every: int = 1  # monthly: every n months; weekly: every n weeks
    first_month: int = 5  # monthly: the month the cycle counts from (May, the year's start)
    starts_on: date | None = None  # weekly: the first meeting of the series
    skip_months: tuple[int, ...] = AUGUST_RECESS

    def validate(self) -> None:
        if self.weekday not in range(7):
            raise ValidationError("Choose the weekday the committee meets on (Monday to Sunday).",
                                  "weekday")
        if self.kind is PatternKind.MONTHLY:
            if self.week_of_month not in WEEK_OF_MONTH:
                raise ValidationError("Choose which week of the month: first, second, third, "
                                      "fourth or last.", "week_of_month")
            if not 1 <= self.every <= 12:
                raise ValidationError("A monthly pattern repeats every 1 to 12 months: "
                                      f"{self.every} will not do.", "every")
            if self.first_month not in range(1, 13):
                raise ValidationError("Choose the month the cycle starts from (1-12).",
                                      "first_month")
        else:
            if not 1 <= self.every <= 52:
                raise ValidationError("A weekly pattern repeats every 1 to 52 weeks: "
                                      f"{self.every} will not do.", "every")
            if self.starts_on is None:
                raise ValidationError("A weekly pattern needs the date of its first meeting.",
                                      "starts_on")
            if self.starts_on.weekday() != self.weekday:
                raise ValidationError(
                    f"The first meeting ({weekday_date(self.starts_on)}) is not a "
                    f"{WEEKDAYS[self.weekday]}: choose a {WEEKDAYS[self.weekday]} to start from.",
                    "starts_on")
        if any(m not in range(1, 13) for m in self.skip_months):
            raise ValidationError("Months without meetings are numbered 1 (January) to 12.",
                                  "skip_months")
        if len(set(self.skip_months)) >= 12:
            raise ValidationError("Every month is skipped, so there would be no meetings: "
                                  "leave at least one month free.", "skip_months")

    def describe(self) -> str:
        """'Every second Tuesday of alternate months at 4.00 pm, except in August'."""
        day = WEEKDAYS[self.weekday]
        if self.kind is PatternKind.MONTHLY:
            months = {1: "every month", 2: "alternate months"}.get(
                self.every, f"every {self.every} months")
            text = f"The {WEEK_OF_MONTH[self.week_of_month]} {day} of {months}"
            if self.every > 1:
                text += f" from {MONTHS[self.first_month - 1]}"
        else:
            weeks = "Every week" if self.every == 1 else f"Every {self.every} weeks"
            text = f"{weeks} on {day} from {long_date(self.starts_on)}"
        text += f" at {clock_time(self.start_time)}"
        if self.skip_months:
            names = [MONTHS[m - 1] for m in sorted(set(self.skip_months))]
            listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
            text += f", except in {listed}"
        return text


@dataclass(frozen=True)
class ProposedMeeting:
    date: date
    start_time: time
    note: str = ""  # why the date moved from the pattern's, when it did


@dataclass(frozen=True)
class SkippedDate:
    date: date  # the pattern's date that has no meeting
    reason: str


@dataclass(frozen=True)
class CalendarPreview:
    proposed: list[ProposedMeeting]
    skipped: list[SkippedDate]


def municipal_year_bounds(start_year: int) -> tuple[date, date]:
    """1 May of `start_year` to 30 April of the next: the municipal year '2019/20'."""
    return date(start_year, 5, 1), date(start_year + 1, 4, 30)


@lru_cache(maxsize=64)
def _holiday_names(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("GB", subdiv=ENGLAND_AND_WALES, years=year))


def bank_holiday_name(day: date) -> str:
    return _holiday_names(day.year).get(day, "a bank holiday")


def _nth_weekday(year: int, month: int, weekday: int, week: int) -> date:
    if week == -1:
        following = date(year + month // 12, month % 12 + 1, 1)
        last = following - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))


def _monthly_dates(p: MeetingPattern, start: date, end: date):
    year, month = start.year, start.month
    while date(year, month, 1) <= end:
        if (month - p.first_month) % p.every == 0:
            day = _nth_weekday(year, month, p.weekday, p.week_of_month)
            if start <= day <= end:
                yield day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _weekly_dates(p: MeetingPattern, start: date, end: date):
    step = timedelta(weeks=p.every)
    day = p.starts_on
    if day < start:  # jump to the series' first date on or after `start`
        day += step * -(-(start - day).days // step.days)
    while day <= end:
        yield day
        day += step


def pattern_dates(pattern: MeetingPattern, start: date, end: date) -> list[date]:
    """The pattern's own dates from `start` to `end` inclusive, before recess and holidays."""
    pattern.validate()
    source = _monthly_dates if pattern.kind is PatternKind.MONTHLY else _weekly_dates
    return list(source(pattern, start, end))


def _place(pattern: MeetingPattern, day: date, next_day: date | None, end: date):
    """The ProposedMeeting or SkippedDate for one of the pattern's dates."""
    if day.month in pattern.skip_months:
        return SkippedDate(day, f"{weekday_date(day)} falls in the {MONTHS[day.month - 1]} "
                                "recess: no meeting.")
    if not is_bank_holiday(day):
        return ProposedMeeting(day, pattern.start_time)
    moved = day
    while is_bank_holiday(moved):
        moved += timedelta(weeks=1)
    why = f"{weekday_date(day)} is {bank_holiday_name(day)}"
    if moved.month in pattern.skip_months or moved > end or (next_day and moved >= next_day):
        return SkippedDate(day, f"{why}, and the week after ({weekday_date(moved)}) is not "
                                "free for it: no meeting. Add one by hand if it is needed.")
    return ProposedMeeting(moved, pattern.start_time, f"Moved from {weekday_date(day)}, "
                                                      f"{bank_holiday_name(day)}.")


def meetings_between(pattern: MeetingPattern, start: date, end: date) -> CalendarPreview:
    """The meetings the pattern gives from `start` to `end`, after the recess and the
    bank-holiday rule (see the module's docstring), with every pattern date left out."""
    days = pattern_dates(pattern, start, end)
    proposed, skipped = [], []
    for i, day in enumerate(days):
        placed = _place(pattern, day, days[i + 1] if i + 1 < len(days) else None, end)
        (proposed if isinstance(placed, ProposedMeeting) else skipped).append(placed)
    return CalendarPreview(proposed, skipped)


def meetings_in_year(pattern: MeetingPattern, start_year: int) -> CalendarPreview:
    """The meetings of the municipal year starting in May of `start_year`."""
    return meetings_between(pattern, *municipal_year_bounds(start_year))


def next_meetings(pattern: MeetingPattern, after: date, count: int) -> list[ProposedMeeting]:
    """The first `count` meetings the pattern gives after `after` (recess and holidays
    applied), looking up to about ten years ahead."""
    if count < 1:
        return []
    start = after + timedelta(days=1)
    span = 366
    while True:  # a wider window rather than chunks: a date moved past a chunk's end is kept
        found = meetings_between(pattern, start, start + timedelta(days=span)).proposed
        if len(found) >= count or span > 3660:
            return found[:count]
        span *= 2
