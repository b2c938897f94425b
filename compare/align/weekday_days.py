"""A bare weekday against a month's day that the calendar puts on another weekday.

"won the final on Sunday" / "the final on 7 November", when 7 November of that year
is a Saturday: the two name two days whatever week the weekday is read in, since no
Sunday is a 7 November that year. Only the year of the month's day is read (told, or
the one nearest the publication date), never the week of the bare weekday, which
news style leaves to the reader ("on Tuesday" is the last Tuesday in a report of
what happened, the next in a notice). The same weekday on both sides ("on Sunday" /
"Sunday 8 November") is never told apart here: the two may be one day.

The other way round, a bare weekday and a month's day that falls on that weekday
within a week of the weekday's resolved day are one day the calendar reconciles
("had until Friday to decide" / "had until 27 November", a Friday): the weekday's
week is the reader's to find, and the resolver's guess of it (the last Friday, for a
verb in the past) is no evidence of another day (calendar_fits).
"""

from __future__ import annotations

import datetime as dt

from compare.align.month_days import month_day
from compare.align.words import words
from compare.extract.claims import Claim, Date
from compare.extract.temporal import WEEKDAYS

FULL_DAY = len("2026-11-07")
# The bare weekday read in its article's week lies within this many days of the month's
# day: a weekday further off may be another occurrence of the event.
NEAR_DAYS = 6


def calendar_apart(a: Claim, b: Claim) -> bool:
    """Does one date name a bare weekday and the other a month's day that falls on
    another weekday (and near the weekday's resolved day)?"""
    return _apart(a, b) or _apart(b, a)


def _apart(a: Claim, told: Claim) -> bool:
    found = _weekday_and_day(a, told)
    if found is None:
        return False
    bare, named, day = found
    if WEEKDAYS[day.weekday()] in named or named_weekdays(told) - {WEEKDAYS[day.weekday()]}:
        return False
    if len(bare.value or "") == FULL_DAY:
        gap = abs((dt.date.fromisoformat(bare.value or "") - day).days)
        if gap > NEAR_DAYS:
            return False
    return True


# The bare weekday resolved into the week before or after the month's day's own
WEEK = 7
# Words that tell the weekday's week
_WEEK_NAMED = frozenset("last next this previous coming past following".split())


def calendar_fits(a: Claim, b: Claim) -> bool:
    """Does one date name a bare weekday and the other a month's day that falls on
    that weekday, within a week of the weekday's resolved day?"""
    return _fits(a, b) or _fits(b, a)


def _fits(a: Claim, told: Claim) -> bool:
    found = _weekday_and_day(a, told)
    if found is None:
        return False
    bare, named, day = found
    if len(bare.value or "") != FULL_DAY or _WEEK_NAMED & frozenset(words(bare.text)):
        return False  # "last Friday", "next Friday": the week is told, not guessed
    gap = abs((dt.date.fromisoformat(bare.value or "") - day).days)
    return WEEKDAYS[day.weekday()] in named and gap <= WEEK


def _weekday_and_day(bare: Claim, told: Claim) -> tuple[Date, frozenset[str], dt.date] | None:
    """The bare date, the one weekday it names (no month's day beside it) and the full
    day the other date tells by its month's day, or None: what both readings compare."""
    if not (isinstance(bare, Date) and isinstance(told, Date)):
        return None
    named = named_weekdays(bare)
    if len(named) != 1 or month_day(bare.text) is not None:
        return None
    found = month_day(told.text)
    if found is None or found[1] is None or len(told.value or "") != FULL_DAY:
        return None
    return bare, named, dt.date.fromisoformat(told.value or "")


def named_weekdays(date: Claim) -> frozenset[str]:
    return frozenset(WEEKDAYS) & frozenset(words(date.text))
