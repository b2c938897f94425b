"""Two statements that each state one figure, and the two figures are far apart:
"About 10,000 residents signed a petition" / "As many as 15,000 people put their
names to a petition", "a 16-inch pipeline" / "the line, 24 inches across".

The number judge compares figures of one counted thing; when the two outlets
count with two nouns ("residents" / "people") or the extractor reads one unit
and not the other, the figures were never compared, and a statement pair scored
alike by its other words was shown ✓ over them. A statement that states one
figure states it as what the sentence is about; when each side's only figure is
far from the other's (neither within the other's stated range, nor within a
fifth of it, so that "about 30" / "nearly 30" and rounding agree; lengths and
speeds in two units are compared once converted, "20 miles" / "32 km" agree, "two
miles" / "6.4 km" are apart, other units of measure not at all; two of time are, in
the larger one: "20-year" / "two decades" agree, "18 months" / "two-year" are apart;
a ceiling told as the estimate, "as many as 15,000", is that figure, so "about
10,000" is apart from it, while "more than 1,100" holds "about 1,400"), the pair is
left unchecked, not reported: the figures may count two things. Within a fifth,
two figures told exactly ("dropped 1,240 points" / "closed 1,420 points lower") are
apart too when neither is the other rounded: a rounded figure ends in zeros where
the other has digits ("1,240" / "1,200"), and "1,240" is no rounding of "1,420".
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from compare.align.figure_intervals import exact
from compare.align.frames import same_predicate
from compare.align.imperial_units import system_unit
from compare.align.numbers import MEASURE_WORDS, unit_key
from compare.align.time_spans import in_one_unit, two_units
from compare.extract import Claim, Number

_FORMS = frozenset({"cardinal", "money", "percent"})
# Hedges that give an end of an estimate as the estimate ("as many as 15,000 people
# marched", "as few as 20"), unlike a bound ("fewer than 40", "at least 12"): the
# "as ... as" hedges and "up to" of number_grammar.HEDGES
_CEILINGS = frozenset(
    {"as many as", "as much as", "up to", "as high as", "as few as", "as little as", "as low as"}
)
_CLOSE = 1.2  # figures within a fifth of each other may be one figure rounded
_YEARS = (1800, 2100)


def sole_figures_apart(inside_a: Sequence[Claim], inside_b: Sequence[Claim]) -> bool:
    """Each statement states one figure, and the two are far apart; or, when a
    statement states more, each states one figure of a counted thing both count
    ("dropped 1,240 points" / "closed 1,420 points lower, while the S&P 500 lost
    3.4 per cent"), and those two are apart."""
    fa, fb = _sole(inside_a), _sole(inside_b)
    if fa is not None and fb is not None:
        return _apart(fa, fb)
    fa, fb = _sole_beside_shared(inside_a, inside_b), _sole_beside_shared(inside_b, inside_a)
    if fa is not None and fb is not None and _one_verb(fa, fb) and _apart(fa, fb):
        # "employs about 31,000 people in 22 countries" / "employs roughly 46,500
        # staff across 22 countries": the figure both give alike checks only itself
        # (of one verb: "adds 12 officers ... eliminates 31 posts" / "a dozen new
        # posts ... two branches were at risk" count other things)
        return True
    by_a, by_b = _sole_of_unit(inside_a), _sole_of_unit(inside_b)
    # a statement that gives the other's figure too ("30 of the 39 constituencies" /
    # "Thirty constituencies out of 39") reads its figures the other way round
    values_a = {n.value for n in _figures(inside_a)}
    values_b = {n.value for n in _figures(inside_b)}
    return any(
        _apart(by_a[key], by_b[key])
        and by_a[key].value not in values_b
        and by_b[key].value not in values_a
        for key in by_a.keys() & by_b.keys()
    )


def _sole_of_unit(claims: Sequence[Claim]) -> dict[str, Number]:
    """Each counted thing (a named unit key) the claims give exactly one figure of."""
    found: dict[str, list[Number]] = {}
    for n in _figures(claims):
        key = unit_key(n)
        if key.isalpha():  # a counted noun or measure; not a bare figure, not money
            found.setdefault(key, []).append(n)
    return {key: figures[0] for key, figures in found.items() if len(figures) == 1}


def _apart(fa: Number, fb: Number) -> bool:
    if fa.form != fb.form:
        return False
    unit_a, unit_b = unit_key(fa), unit_key(fb)
    # spans of time in two units compare in the larger ("18 months" / "a two-year ban")
    fa, fb = in_one_unit(fa, unit_a, fb, unit_b)
    converted = _in_units_of(fa, fb)
    if converted is not None:
        # lengths and speeds in two units compare in one ("two miles" / "6.4 km")
        fb, unit_b = converted, unit_a
    if (
        unit_a != unit_b
        and not two_units(unit_a, unit_b)
        and (unit_a in MEASURE_WORDS or unit_b in MEASURE_WORDS)
    ):
        return False  # "20 tonnes" / "40 acres": no conversion known
    if _within(fa, fb.value) or _within(fb, fa.value):
        return False
    low, high = sorted((abs(fa.value), abs(fb.value)))
    if low <= 0:
        return False
    return high / low > _CLOSE or (_precise(fa) and _precise(fb) and not _roundings(fa, fb))


def _in_units_of(a: Number, b: Number) -> Number | None:
    """Figure b told in a's unit, when the two are lengths or speeds in two units
    (imperial_units.py's table: "two miles" / "3.2 kilometres"); None otherwise."""
    ua, ub = system_unit(a), system_unit(b)
    if ua is None or ub is None or ua.measure != ub.measure or ua.scale == ub.scale:
        return None
    factor = ub.scale / ua.scale

    def scaled(v: float | None) -> float | None:
        return None if v is None else v * factor

    return attrs.evolve(b, value=b.value * factor, low=scaled(b.low), high=scaled(b.high))


def _precise(n: Number) -> bool:
    """A figure told without a hedge or a range, as a whole number of two or more
    significant digits ("1,240", "38"; not "30", "2 million", "4.5")."""
    value = abs(n.value)
    return (
        n.hedge is None
        and exact(n)
        and value == int(value)
        and len(str(int(value)).rstrip("0")) >= 2
    )


def _roundings(a: Number, b: Number) -> bool:
    """Is either figure the other rounded to its own last nonzero digit ("1,200" /
    "1,240": 1,240 rounds to 1,200 at the hundreds)?"""
    for x, y in ((a.value, b.value), (b.value, a.value)):
        digits = str(int(abs(x)))
        zeros = len(digits) - len(digits.rstrip("0"))
        if round(abs(y), -zeros) == abs(x):
            return True
    return False


def _figures(claims: Sequence[Claim]) -> list[Number]:
    figures = [c for c in claims if isinstance(c, Number) and c.form in _FORMS]
    return [n for n in figures if not _a_year(n)]


def _sole_beside_shared(claims: Sequence[Claim], others: Sequence[Claim]) -> Number | None:
    """The one figure left when those the other statement gives alike are set
    aside; None when none are shared, or more than one is left."""
    shared = {n.value for n in _figures(others)}
    figures = _figures(claims)
    left = [n for n in figures if n.value not in shared]
    return left[0] if len(left) == 1 and len(left) < len(figures) else None


def _one_verb(x: Number, y: Number) -> bool:
    lx = x.frame_lemma
    ly = y.frame_lemma
    return bool(lx and ly and same_predicate(lx, ly))


def _sole(claims: Sequence[Claim]) -> Number | None:
    figures = _figures(claims)
    return figures[0] if len(figures) == 1 else None


def _a_year(n: Number) -> bool:
    return n.form == "cardinal" and not n.unit and _YEARS[0] <= n.value <= _YEARS[1]


def _within(n: Number, value: float) -> bool:
    """Is the value inside the figure's stated range ("between 20 and 30", "more than
    100", "fewer than 40")? A ceiling told as the estimate ("as many as 15,000", "up
    to 20,000") is the figure its outlet gives, not a range down to nothing: a value
    far under it is another estimate ("about 10,000"), and one near it is the
    rounding _apart allows; so for a floor told so ("as few as 20")."""
    if n.low is None and n.high is None:
        return False
    if n.hedge is not None and n.hedge.lower() in _CEILINGS:
        return False
    low = n.low if n.low is not None else float("-inf")
    high = n.high if n.high is not None else float("inf")
    return low <= value <= high and (low, high) != (n.value, n.value)
