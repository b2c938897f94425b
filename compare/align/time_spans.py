"""Stretches of time told in two units: "72 hours" / "three days", "18 months" /
"a two-year ban", "every four weeks" / "once every 28 days".

Numbers are compared within one counted unit (numbers.unit_key), so a span told in
hours by one outlet and in days by the other was never compared: an agreement went
unseen, and a statement pair that differs by the span ("banned for 18 months" / "a
two-year ban") was shown ✓. A span is one measure whatever its unit: converted to
the larger of the two units, the figures compare as any two figures do (a hedge's
interval, the tolerance). Only units that go into each other exactly are converted:
seconds to weeks among themselves, months to centuries among themselves. A month
is 28 to 31 days, so "30 days" / "a month" or "four weeks" / "a month" are left
uncompared, as before, rather than called different. Ages are no spans here: an
age describes a person (numbers.unit_key "age").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from compare.align.words import stem
from compare.extract import Number

_DAY = 86_400.0
_YEAR = 365.25 * _DAY
# Each unit of a span of time, singular and plural, and its length in seconds
# (a calendar unit's in average months: only its ratio to another calendar unit is read).
_UNIT_SECONDS = {
    ("second", "seconds"): 1.0,
    ("minute", "minutes"): 60.0,
    ("hour", "hours"): 3_600.0,
    ("day", "days"): _DAY,
    ("week", "weeks"): 7 * _DAY,
    ("month", "months"): _YEAR / 12,
    ("year", "years"): _YEAR,
    ("decade", "decades"): 10 * _YEAR,
    ("century", "centuries"): 100 * _YEAR,
}
# Seconds in each unit, by numbers.unit_key's key for it: a stem of the singular or
# of the plural ("minute" / "minutes" is "minut").
_SECONDS = {stem(form): seconds for forms, seconds in _UNIT_SECONDS.items() for form in forms}
SPAN = "span:"  # the posting key of spans told in two units (numbers.number_pairs)


_CALENDAR = frozenset(
    stem(unit) for unit in "month months year years decade decades century centuries".split()
)


def two_units(key_a: str, key_b: str) -> bool:
    """Are the two unit keys two different units of time, one a whole number of the
    other (not days and months)?"""
    if key_a == key_b or key_a not in _SECONDS or key_b not in _SECONDS:
        return False
    return (key_a in _CALENDAR) == (key_b in _CALENDAR)


def calendar_unit(key: str) -> bool:
    """Is the unit key a unit of the calendar, of no fixed length (a month, a year)?"""
    return key in _CALENDAR


def in_one_unit(a: Number, key_a: str, b: Number, key_b: str) -> tuple[Number, Number]:
    """The two spans, the one in the smaller unit converted to the larger ("18
    months" against "two years" is 1.5 years); other figures as they are."""
    if not two_units(key_a, key_b):
        return a, b
    if _SECONDS[key_a] < _SECONDS[key_b]:
        return _converted(a, _SECONDS[key_a] / _SECONDS[key_b]), b
    return a, _converted(b, _SECONDS[key_b] / _SECONDS[key_a])


def _converted(n: Number, factor: float) -> Number:
    def scaled(x: float | None) -> float | None:
        return None if x is None else x * factor

    return attrs.evolve(n, value=n.value * factor, low=scaled(n.low), high=scaled(n.high))


def span_length(key: str) -> float:
    """Seconds in the unit of time a unit key names (0 for any other key)."""
    return _SECONDS.get(key, 0.0)


def span_postings(keys: Sequence[str]) -> dict[str, list[int]]:
    """The indexes of the spans of time, by the numbers' unit keys, as one posting
    when they are told in more than one unit; else none (each unit's own posting
    compares them)."""
    spans = [i for i, key in enumerate(keys) if key in _SECONDS]
    told = {keys[i] for i in spans}
    return {SPAN: spans} if any(two_units(x, y) for x in told for y in told) else {}
