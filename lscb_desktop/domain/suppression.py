"""Small numbers are suppressed so that papers about children cannot identify them.

Every exporter shows a scorecard value through `display_value`. A value is a COUNT when it is
a whole number written without £ or % ("3", "1,065", also "3.0"); counts from 1 up to the threshold
(exclusive, default 5: so 1 to 4) are shown as "Suppressed". Zero reveals nobody and is shown,
as councils usually do, unless `suppress_zero` is set. Rates, percentages, money, fractions
(2.5), ranges and words are shown as written: they are not counts of people.
"""

from .figures import parse_figure

SUPPRESSED = "Suppressed"
DEFAULT_THRESHOLD = 5


def is_suppressed(value: object, threshold: int = DEFAULT_THRESHOLD,
                  suppress_zero: bool = False) -> bool:
    if threshold < 0:
        raise ValueError(f"The suppression threshold cannot be negative ({threshold}).")
    figure = parse_figure(value)
    if figure is None or figure.currency or figure.percent or not figure.is_whole:
        return False
    if figure.value < 0:
        return False
    if figure.value == 0:
        return suppress_zero
    return figure.value < threshold


def display_value(value: object, threshold: int = DEFAULT_THRESHOLD,
                  suppress_zero: bool = False) -> str:
    """What a table shows for `value`: "Suppressed" for a small count, "" for nothing, else
    the value as written."""
    if is_suppressed(value, threshold, suppress_zero):
        return SUPPRESSED
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value)
