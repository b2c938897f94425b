"""One amount told in two units of one measure: "two weeks" / "14 days", "48 hours" /
"two days", "18 months" / "a two-year ban", "three-quarters of an hour" / "45 minutes",
"a quarter of a million pounds" / "£250,000", "1,300 megawatts" / "1.3 gigawatts".

Figures are compared by their unit's key (numbers.unit_key), so two tellings of one
amount in two units of one measure were never compared: an agreement not found, and
a figure that differs ("banned for 18 months" / "a two-year ban") hidden behind a ✓.
Here each such figure is told in the larger of the two units, so the usual figure
tests compare them. The units are those of any dictionary's conversion table: spans
of time (a month a twelfth of a year), metric prefixes of one unit (watts, grams,
metres), and money told with a noun and a scale word ("half a million pounds").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from compare.align.imperial_units import snapped
from compare.align.words import stem, words
from compare.extract.claims import Number

# (measure, how many of the measure's smallest unit one of it holds)
_DAY = 1.0
_UNITS: dict[str, tuple[str, float]] = {
    "second": ("time", _DAY / 86400),
    "minute": ("time", _DAY / 1440),
    "hour": ("time", _DAY / 24),
    "day": ("time", _DAY),
    "week": ("time", 7 * _DAY),
    "fortnight": ("time", 14 * _DAY),
    "month": ("time", 365.25 / 12 * _DAY),
    "year": ("time", 365.25 * _DAY),
    "decade": ("time", 3652.5 * _DAY),
    "century": ("time", 36525 * _DAY),
    "watt": ("power", 1.0),
    "kilowatt": ("power", 1e3),
    "megawatt": ("power", 1e6),
    "gigawatt": ("power", 1e9),
    "gram": ("mass", 1.0),
    "kilogram": ("mass", 1e3),
    "tonne": ("mass", 1e6),
    "metre": ("length", 1.0),
    "meter": ("length", 1.0),
    "kilometre": ("length", 1e3),
    "kilometer": ("length", 1e3),
}
# each unit's name as written, plural or singular, and its crude stem ("minut", "decad")
_UNIT_NAMES = {
    form: name
    for name in _UNITS
    for form in (name, name + "s", stem(name + "s"), stem(name + "es"))
} | {"centuries": "century"}
# A scale word between the figure and a money noun ("a quarter of a million pounds").
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "lakh": 1e5, "crore": 1e7}
# Money told with a noun after the figure, as the sign a money figure carries.
_CURRENCIES = {"pound": "£", "dollar": "$", "euro": "€"}
_CURRENCY_WORDS = {**_CURRENCIES, **{w + "s": sign for w, sign in _CURRENCIES.items()}}


@attrs.frozen
class Measured:
    """A figure's amount in its measure's smallest unit: `scale` of those per one
    of the figure's own `unit`."""

    measure: str
    unit: str
    scale: float


def measured(n: Number) -> Measured | None:
    """The measure and unit a figure is told in, or None when it is no amount of a
    convertible measure (a count, a score, an age, a rate "per hour")."""
    if n.pair is not None or n.form not in ("cardinal", "share", "money"):
        return None
    if n.form == "money":
        return Measured(f"money:{n.unit or ''}", n.unit or "", 1.0)
    unit_words = words(n.unit or "")
    if not unit_words or {"per", "a", "an", "old"} & set(unit_words[1:]):
        return None  # "miles per hour", "a year" after the unit: a rate; an age
    first = unit_words[0]
    if first in _SCALES and len(unit_words) == 2 and unit_words[1] in _CURRENCY_WORDS:
        # "a quarter of a million pounds", "two million dollars"
        return Measured(f"money:{_CURRENCY_WORDS[unit_words[1]]}", first, _SCALES[first])
    if len(unit_words) == 1 and first in _CURRENCY_WORDS and n.form == "cardinal":
        return Measured(f"money:{_CURRENCY_WORDS[first]}", first, 1.0)
    if len(unit_words) != 1 or first not in _UNIT_NAMES:
        return None  # "a three-month stay" describes a stay; only a bare unit is kept
    name = _UNIT_NAMES[first]
    measure, scale = _UNITS[name]
    return Measured(measure, name, scale)


def amount(n: Number, told: Measured) -> float:
    """The figure's value in its measure's smallest unit."""
    return round(n.value * told.scale, 9)


def in_one_unit(
    numbers_a: Sequence[Number], numbers_b: Sequence[Number]
) -> tuple[list[Number], list[Number]]:
    """Both sides' figures, those of a measure that each side tells only in units the
    other does not use told again in the larger unit of the two sides, as money with
    its sign ("a quarter of a million pounds" as £250,000). A measure one unit of
    which both sides use is left as it is: that unit's figures meet already. A length
    or speed of one system that a figure of the other side's system gives, rounded,
    is told as that figure (imperial_units.snapped)."""
    return snapped(*_in_one_unit(numbers_a, numbers_b))


def _in_one_unit(
    numbers_a: Sequence[Number], numbers_b: Sequence[Number]
) -> tuple[list[Number], list[Number]]:
    told_a = [measured(n) for n in numbers_a]
    told_b = [measured(n) for n in numbers_b]
    units_a = _units_by_measure(told_a)
    units_b = _units_by_measure(told_b)
    targets: dict[str, Measured] = {}
    for measure, units in units_a.items():
        others = units_b.get(measure)
        if not others or {u.unit for u in units} & {u.unit for u in others}:
            continue
        if measure.startswith("money:"):
            targets[measure] = Measured(measure, measure.removeprefix("money:"), 1.0)
        else:
            targets[measure] = max([*units, *others], key=lambda u: u.scale)
    if not targets:
        return list(numbers_a), list(numbers_b)
    return _told_in(numbers_a, told_a, targets), _told_in(numbers_b, told_b, targets)


# Units of the calendar, whose length in days varies: a month, a year.
_CALENDAR = frozenset({"month", "year", "decade", "century"})


def _calendar(told: Measured) -> bool:
    return told.measure == "time" and told.unit in _CALENDAR


def _units_by_measure(told: Sequence[Measured | None]) -> dict[str, list[Measured]]:
    out: dict[str, list[Measured]] = {}
    for t in told:
        if t is not None:
            out.setdefault(t.measure, []).append(t)
    return out


def _told_in(
    numbers: Sequence[Number], told: Sequence[Measured | None], targets: dict[str, Measured]
) -> list[Number]:
    out = []
    for n, t in zip(numbers, told, strict=True):
        target = targets.get(t.measure) if t is not None else None
        if t is None or target is None or (t == target and n.form != "share"):
            out.append(n)
            continue
        factor = t.scale / target.scale
        # Days and weeks against months and years: "30 days" is "a month" told roughly
        # ("four weeks" perhaps too), so the figure holds a tenth either way, as a
        # hedge does: at most approximate, never a figure conflict.
        rough = _calendar(t) != _calendar(target)

        def convert(value: float | None, factor: float = factor) -> float | None:
            return None if value is None else round(value * factor, 9)

        money = t.measure.startswith("money:")
        out.append(
            attrs.evolve(
                n,
                value=round(n.value * factor, 9),
                low=convert(n.low * 0.9 if rough and n.low is not None else n.low),
                high=convert(n.high * 1.1 if rough and n.high is not None else n.high),
                # a share of an amount ("three-quarters of an hour") is that amount
                form="money" if money else "cardinal",
                unit=t.measure.removeprefix("money:") if money else target.unit,
            )
        )
    return out
