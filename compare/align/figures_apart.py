"""Two statements that each state one figure, and the two figures are far apart:
"About 10,000 residents signed a petition" / "As many as 15,000 people put their
names to a petition", "a 16-inch pipeline" / "the line, 24 inches across".

The number judge compares figures of one counted thing; when the two outlets
count with two nouns ("residents" / "people") or the extractor reads one unit
and not the other, the figures were never compared, and a statement pair scored
alike by its other words was shown ✓ over them. A statement that states one
figure states it as what the sentence is about; when each side's only figure is
far from the other's (neither within the other's stated range, nor within a
fifth of it, so that "about 30" / "nearly 30" and rounding agree; two units of
measure, "20-year" / "two decades", are not compared), the pair is
left unchecked, not reported: the figures may count two things.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.numbers import _MEASURES, unit_key
from compare.extract import Claim, Number

_FORMS = frozenset({"cardinal", "money", "percent"})
_CLOSE = 1.2  # figures within a fifth of each other may be one figure rounded
_YEARS = (1800, 2100)


def sole_figures_apart(inside_a: Sequence[Claim], inside_b: Sequence[Claim]) -> bool:
    """Each statement states one figure, and the two are far apart."""
    fa, fb = _sole(inside_a), _sole(inside_b)
    if fa is None or fb is None or fa.form != fb.form:
        return False
    unit_a, unit_b = unit_key(fa), unit_key(fb)
    if unit_a != unit_b and (unit_a in _MEASURES or unit_b in _MEASURES):
        return False  # "a 20-year lease" / "a lease running two decades"
    if _within(fa, fb.value) or _within(fb, fa.value):
        return False
    low, high = sorted((abs(fa.value), abs(fb.value)))
    return low > 0 and high / low > _CLOSE


def _sole(claims: Sequence[Claim]) -> Number | None:
    figures = [c for c in claims if isinstance(c, Number) and c.form in _FORMS]
    figures = [n for n in figures if not _a_year(n)]
    return figures[0] if len(figures) == 1 else None


def _a_year(n: Number) -> bool:
    return n.form == "cardinal" and not n.unit and _YEARS[0] <= n.value <= _YEARS[1]


def _within(n: Number, value: float) -> bool:
    """Is the value inside the figure's stated range ("up to 20", "more than 100")?"""
    if n.low is None and n.high is None:
        return False
    low = n.low if n.low is not None else float("-inf")
    high = n.high if n.high is not None else float("inf")
    return low <= value <= high and (low, high) != (n.value, n.value)
