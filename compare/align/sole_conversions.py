"""One measurement told in two units, the only such match in either article: "the
5-kilometre tunnel" / "The bore runs for just over three miles", "a 35-centimetre
reflector" / "a 14-inch reflecting telescope", "8.2 million kilograms of tea" / "A
total of 8,200 tonnes", "a 40-hectare extension" / "close to 100 acres".

system_figures pairs a metric and an imperial figure only when their sentences tie
(one clause, or a word of one in the other), and only when the conversion lands
within 3% of the other figure. Outlets that convert a measurement usually reword the
whole phrase ("tunnel" / "bore", "ship" / "vessel"), and a converted figure rounded
to one significant digit ("some nine miles" for 15 km, 9.3) moves further than 3%.
Yet a length, area, mass, speed or temperature whose conversion lands on a figure of
the other article is itself telling, unless either article has another figure it
could be: so two figures are paired here when each is the other's only match among
the free figures of that measure across the two articles, their units differ, their
clauses clash in nothing and neither is denied, and the statement judge finds nothing
differing between their sentences. Across systems the rounder figure may stand for
anything it rounds from: half a unit of its last significant digit, at most 6% (a
figure of one digit, "nine", "30", "700"); within one system the amounts must be one
(kilograms and tonnes, metres and kilometres). Spans of time and money are left to
converted_figures: one story holds many spans alike, and money has its own tables.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

from compare.align.figure_intervals import relative_gap
from compare.align.frames import compare_frames
from compare.align.imperial_units import SAME_SYSTEM, SystemUnit, system_unit
from compare.align.model import Judgement, Verdict
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.system_figures import statement_of
from compare.extract.claims import Number

SCORE = 0.44  # under system_figures (0.45): its tied pairs first

# A figure of one significant digit stands for anything within half its unit, but a
# conversion more than this far off is another figure, whatever the rounding.
MOST_ROUNDING = 0.06
# Two or more significant digits: what rounding to two digits can move (imperial_units).
TWO_DIGITS = 0.03


def sole_conversion_pairs(
    numbers: Sequence[Number],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of free figures of one measure in two units, each the other's only match."""
    by_measure: dict[str, list[tuple[int, SystemUnit]]] = defaultdict(list)
    for i, n in enumerate(numbers):
        told = system_unit(n)
        if told is not None and n.value > 0:
            by_measure[told.measure].append((i, told))
    matches: dict[int, list[int]] = defaultdict(list)
    for postings in by_measure.values():
        for x, (i, ui) in enumerate(postings):
            for j, uj in postings[x + 1 :]:
                a, b = numbers[i], numbers[j]
                if a.source != b.source and one_measurement(a, ui, b, uj):
                    matches[i].append(j)
                    matches[j].append(i)
    return [
        (SCORE, i, j)
        for i, j in sole_partners(matches)
        if not clash(numbers[i], numbers[j], sentences)
    ]


def sole_partners(matches: Mapping[int, list[int]]) -> list[tuple[int, int]]:
    """(i, j), i < j, for each two figures that are each other's only match, in the
    order `matches` was filled."""
    return [
        (i, partners[0])
        for i, partners in matches.items()
        if len(partners) == 1 and i < partners[0] and matches[partners[0]] == [i]
    ]


def one_measurement(a: Number, ua: SystemUnit, b: Number, ub: SystemUnit) -> bool:
    """One amount in two units: exact within a system, up to the rounder figure's
    rounding across two."""
    if ua.system == ub.system:
        if ua.scale == ub.scale and ua.offset == ub.offset:
            return False  # one unit: the figure matchers' to pair
        return relative_gap(ua.to_base(a.value), ub.to_base(b.value)) <= SAME_SYSTEM
    in_b = ub.from_base(ua.to_base(a.value))
    in_a = ua.from_base(ub.to_base(b.value))
    return relative_gap(in_b, b.value) <= rounding(b) or relative_gap(in_a, a.value) <= rounding(a)


def rounding(n: Number) -> float:
    """How far, as a part of it, a figure may lie from what it was rounded from."""
    digits = _significant(n.value)
    if digits >= 2:
        return TWO_DIGITS
    return min(MOST_ROUNDING, 0.5 * 10.0 ** _last_place(n.value) / n.value)


def _significant(value: float) -> int:
    text = f"{value:.6g}".replace(".", "").lstrip("0").rstrip("0")
    return len(text)


def _last_place(value: float) -> int:
    """The power of ten of a one-digit figure's digit (9 → 0, 30 → 1, 0.5 → -1)."""
    place = 0
    while value >= 10:
        value /= 10
        place += 1
    while value < 1:
        value *= 10
        place -= 1
    return place


def clash(a: Number, b: Number, sentences: SentenceClaims) -> bool:
    """Either clause denied, the two frames in conflict, or the statement judge
    finding a difference between the two sentences."""
    sa, sb = statement_of(a, sentences), statement_of(b, sentences)
    fa = a.frame or (sa.frame if sa is not None else None)
    fb = b.frame or (sb.frame if sb is not None else None)
    if (fa is not None and fa.negated) or (fb is not None and fb.negated):
        return True
    if fa is not None and fb is not None and compare_frames(fa, fb).conflict is not None:
        return True
    return sa is not None and sb is not None and compare_pair(sa, sb, sentences) is not None


def judge_sole_conversions(
    members: Sequence[Number], options: Options | None, sentences: SentenceClaims
) -> Judgement:
    """Agree when the first figure, converted exactly into the second's unit, and the
    second meet within their hedges and the rounder one's rounding ("5 km" is 3.1
    miles, inside "just over three miles"); anything else is left unchecked, so no
    conversion ever makes a conflict."""
    if len(members) != 2:
        return Judgement(verdict=Verdict.AGREE, unchecked=True)
    a, b = members
    ua, ub = system_unit(a), system_unit(b)
    if ua is None or ub is None or not one_measurement(a, ua, b, ub):
        return Judgement(verdict=Verdict.AGREE, unchecked=True)
    slack = SAME_SYSTEM if ua.system == ub.system else max(rounding(a), rounding(b))

    def converted(v: float | None, default: float) -> float:
        return default if v is None else ub.from_base(ua.to_base(v))

    low_a, high_a = converted(a.low, -math.inf), converted(a.high, math.inf)
    low_b = -math.inf if b.low is None else b.low * (1 - slack)
    high_b = math.inf if b.high is None else b.high * (1 + slack)
    if max(low_a, low_b) <= min(high_a, high_b):
        return Judgement(verdict=Verdict.AGREE)
    return Judgement(verdict=Verdict.AGREE, unchecked=True)
