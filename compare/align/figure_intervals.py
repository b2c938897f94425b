"""Figures as intervals: a hedge's range ("about 100" is 90-110, "more than 30"
has no top), the value two figures are compared on, and whether two figures
agree, one covers the other (approximate) or they differ."""

from __future__ import annotations

from compare.align.model import Verdict
from compare.align.settings import DEFAULT_TOLERANCE
from compare.extract import Number
from compare.extract.number_forms import hedge_kind


def comparable_value(number: Number) -> float:
    """Shares compare with percents: 'a quarter' (0.25) is 25."""
    return number.value * 100 if number.form == "share" else number.value


def compare_figures(a: Number, b: Number, tolerance: float = DEFAULT_TOLERANCE) -> Verdict:
    va, vb = comparable_value(a), comparable_value(b)
    if va == vb and _overlap(a, b) and not ((exact(a) and _bound(b)) or (exact(b) and _bound(a))):
        # Only the hedges differ ("about 10,000" / "as many as 10,000" / "10,000").
        # A bound against an exact figure ("more than 4,000" / "4,000") stays approximate.
        return Verdict.AGREE
    if relative_gap(va, vb) > CEILINGS_APART and ceiling(a) and ceiling(b):
        return Verdict.DIFFER  # "up to 2.4 million tonnes" / "as much as 4.2 million tonnes"
    if _covers(a, vb) or _covers(b, va) or relative_gap(va, vb) <= tolerance:
        return Verdict.APPROXIMATE
    return Verdict.DIFFER


def exact(n: Number) -> bool:
    """A figure told without a hedge: its interval is the value alone."""
    return (n.low, n.high) == (n.value, n.value)


def _bound(n: Number) -> bool:
    """A one-sided hedge: "more than", "at least", "up to" (not "about")."""
    return not exact(n) and not (
        n.low is not None and n.high is not None and n.low < n.value < n.high
    )


def ceiling(n: Number) -> bool:
    """A figure told as a ceiling ("up to", "a maximum of", "as much as"): a limit set
    or a most reached is itself the fact, so two different ceilings of one thing
    differ, though the larger's interval holds the smaller. A range under a ceiling's
    words ("as many as 35 to 40") is a range."""
    return hedge_kind(n.hedge) == "<=" and not n.low


# Two ceilings further apart than this part of the larger differ; nearer, they are one
# limit told loosely ("up to $180 million" / "as high as $184 million": approximate).
CEILINGS_APART = 0.1


def _bounds(n: Number) -> tuple[float, float]:
    scale = 100 if n.form == "share" else 1
    low = n.low * scale if n.low is not None else float("-inf")
    high = n.high * scale if n.high is not None else float("inf")
    return low, high


def _overlap(a: Number, b: Number) -> bool:
    (la, ha), (lb, hb) = _bounds(a), _bounds(b)
    return max(la, lb) <= min(ha, hb)


def _covers(n: Number, value: float) -> bool:
    low, high = _bounds(n)
    return not exact(n) and low <= value <= high


# A figure told as just short of a round one and an exact one it holds are one figure
# told twice when they lie this close ("nearly 300" / "298", "almost 54%" / "53.8%").
COVERED_GAP = 0.1


def hedge_covers(a: Number, b: Number) -> bool:
    """Is one figure told as falling just short of a round figure ("nearly",
    "almost", "just under") that the other's exact value sits just under? The outlet
    rounded what the other counted. A lower bound ("more than", "at least") is no
    such reading: it is as often a threshold ("at least 30 in each season", "in
    excess of $160 million"), nor a hedge both ways ("about"), the word of estimates
    and forecasts, which may lie on either side of a count."""
    va, vb = comparable_value(a), comparable_value(b)
    if va == vb or relative_gap(va, vb) > COVERED_GAP:
        return False
    return (exact(b) and _just_short(a) and _covers(a, vb)) or (
        exact(a) and _just_short(b) and _covers(b, va)
    )


def _just_short(n: Number) -> bool:
    return hedge_kind(n.hedge) == "<~"


def relative_gap(a: float, b: float) -> float:
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale
