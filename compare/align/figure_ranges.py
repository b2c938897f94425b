"""A range of figures against a figure, or another range, that overlaps it without
being the same range.

"Offers ranged from $140 million to $160 million" / "the club bid $140-150 million":
the two overlap, so the number judge, which reads each figure as an interval, finds
no difference; but a range is told for a reason (several offers, an estimate's
spread), and a figure inside it, or another range, is another fact or a narrower
claim, not the same one told alike. Such a pair is no agreement to show (no ✓, no
finding: a range may well hold the other figure). Only a range given outright, both
ends written and no hedge ("between 40 and 50 boats", "12-15%") counts: "at least
160" or "about 30" are one figure. Figures of two measures are never compared.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.numbers import unit_key
from compare.extract.claims import Number


def explicit_range(number: Number) -> bool:
    """A range with both ends written: "$140 million to $160 million", "12-15%"."""
    return (
        number.pair is None
        and number.hedge is None
        and number.low is not None
        and number.high is not None
        and number.low < number.high
    )


def range_against_inside(ranges: Sequence[Number], others: Sequence[Number]) -> bool:
    """Does a range of `ranges` meet, among `others` of its measure, a figure that
    overlaps it and none that gives the same range?"""
    for told in ranges:
        if not explicit_range(told):
            continue
        kin = [o for o in others if o.pair is None and unit_key(o) == unit_key(told)]
        if any(_same_range(told, o) for o in kin):
            continue
        if any(_overlaps(told, o) for o in kin):
            return True
    return False


def ranges_apart(a: Sequence[Number], b: Sequence[Number]) -> bool:
    """Either side's range against figures of the other that overlap it (a figure
    inside it, another range across it), none giving the same range."""
    return range_against_inside(a, b) or range_against_inside(b, a)


def members_ranges_apart(members: Sequence[Number]) -> bool:
    """Two figures of two sources aligned as one, one a range the other is not."""
    return any(
        x.source != y.source and ranges_apart([x], [y])
        for i, x in enumerate(members)
        for y in members[i + 1 :]
    )


def _same_range(a: Number, b: Number) -> bool:
    return a.low == b.low and a.high == b.high


def _overlaps(a: Number, b: Number) -> bool:
    low = b.low if b.low is not None else float("-inf")
    high = b.high if b.high is not None else float("inf")
    assert a.low is not None and a.high is not None
    return low <= a.high and a.low <= high
