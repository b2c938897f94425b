"""Calendar days told by month and day, compared when neither is resolved.

Without a publication date "on Sept. 29" and "on Oct. 1" stay unresolved (value
None), yet they are two days all the same, whatever the year: a month and day in
the words is as good as a resolved value for telling them apart. "Sept. 29" and
"29 September" are one day told two ways; "in March" holds "March 3".
"""

from __future__ import annotations

import re

from compare.extract.claims import Claim, Date
from compare.extract.temporal import month_number

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# "Sept. 29", "29 September", "the 4th of March", "March" alone
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?![\d:])")
_MONTH_ALONE = re.compile(rf"\b{_MONTH}\b")


def month_day(text: str) -> tuple[int, int | None] | None:
    """The month (1-12) and day a date's words give, the day None when only the
    month is named; None when no month is named."""
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            month = month_number(match.group("month"))
            day = int(match.group("day"))
            if month is not None and 1 <= day <= 31:
                return month, day
    for match in _MONTH_ALONE.finditer(text):
        month = month_number(match.group("month"))
        if month is not None:
            return month, None
    return None


def told_days_differ(x: Claim, y: Claim) -> bool:
    """Do two dates, not both resolved, name months (or days of one month) that
    differ? "in March" and "March 3" do not; "Sept. 29" and "Oct. 1" do."""
    if not (isinstance(x, Date) and isinstance(y, Date)) or (x.value and y.value):
        return False
    told_x, told_y = month_day(x.text), month_day(y.text)
    if told_x is None or told_y is None:
        return False
    (month_x, day_x), (month_y, day_y) = told_x, told_y
    if month_x != month_y:
        return True
    return day_x is not None and day_y is not None and day_x != day_y


def a_told_day(date: Claim) -> bool:
    """An unresolved date told to the day by month and day ("on Sept. 29")."""
    if not isinstance(date, Date) or date.value:
        return False
    told = month_day(date.text)
    return told is not None and told[1] is not None
