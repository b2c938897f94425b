"""One span of time told in two units, the only such match in either article: "must
pay within 90 days" / "has three months to pay", "would need about six weeks" /
"would take roughly a month and a half", "stay closed for at least 48 hours" / "it
would take two days to clear", "for two hours" / "120 minutes under the snow".

converted_figures pairs two such sentences only when their amounts are exactly one
(so "90 days" never meets "three months", 91.3 days) and their sentences share a word
or one clause; and it keeps a pair only when the figures agree outright, so a bound
("at least 48 hours") against an exact figure ("two days") is no pair. Outlets that
retell a span reword the phrase around it ("pay" / "settle", "closed" / "clear").
A story tells many spans, so the amount alone ties two figures only when nothing else
could: each figure here is the other's only match among the free spans of the two
articles, their units differ (one unit is the figure matchers' to pair), neither is
a rhythm ("every four weeks") or a window some other fact is told over ("the past
two years"), their clauses clash in nothing, neither is denied, and the statement
judge finds nothing differing between their sentences.

Two spans match when their intervals in days meet: a figure's own interval, a
one-sided hedge read up to the next step of its figure as English uses it ("more than
two weeks" is past 14 days and short of 21, as years_as_spans reads years), and a
tenth either way between a calendar unit (a month, a year) and a fixed one (days,
weeks), since "three months" is 89 to 92 days. It runs after every kind's own
matchers (a CrossKindSpec) and is shown only as an agreement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.converted_figures import recurring, window
from compare.align.measure_units import Measured, measured
from compare.align.model import Judgement, Verdict
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_conversions import clash, sole_partners
from compare.extract.claims import Number
from compare.extract.number_forms import hedge_kind

SCORE = 0.43  # under sole_conversions
# a calendar unit against a fixed one: "three months" is 89 to 92 days, "a month" 28-31
CALENDAR_SLACK = 0.1
_CALENDAR = frozenset({"month", "year", "decade", "century"})


def sole_span_pairs(
    numbers: Sequence[Number],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of free spans of time in two units, each the other's only match."""
    spans = [(i, told) for i, n in enumerate(numbers) if (told := _span(n)) is not None]
    matches: dict[int, list[int]] = defaultdict(list)
    for x, (i, ti) in enumerate(spans):
        for j, tj in spans[x + 1 :]:
            if numbers[i].source != numbers[j].source and one_span(numbers[i], ti, numbers[j], tj):
                matches[i].append(j)
                matches[j].append(i)
    return [
        (SCORE, i, j)
        for i, j in sole_partners(matches)
        if not clash(numbers[i], numbers[j], sentences)
    ]


def _span(n: Number) -> Measured | None:
    told = measured(n)
    if told is None or told.measure != "time" or n.value <= 0:
        return None
    if recurring(n) or window(n):
        return None
    return told


def one_span(a: Number, ta: Measured, b: Number, tb: Measured) -> bool:
    """Two spans in two units whose intervals in days meet."""
    if ta.unit == tb.unit:
        return False
    slack = CALENDAR_SLACK if (ta.unit in _CALENDAR) != (tb.unit in _CALENDAR) else 0.0
    low_a, high_a = _interval(a, ta)
    low_b, high_b = _interval(b, tb)
    # (float noise aside: 2 hours and 120 minutes are one amount of days)
    return max(low_a * (1 - slack), low_b) <= min(high_a * (1 + slack), high_b) * (1 + 1e-9)


def _interval(n: Number, told: Measured) -> tuple[float, float]:
    """The span's interval in days: its own, a one-sided hedge stopped at the next step
    of its figure ("more than two weeks": 14 to 21 days)."""
    step = _step(n.value)
    low = n.low if n.low is not None else max(n.value - step, 0.0)
    high = n.high if n.high is not None else n.value + step
    if hedge_kind(n.hedge) in (">", ">="):
        high = min(high, n.value + step)
    if hedge_kind(n.hedge) in ("<", "<="):
        low = max(low, n.value - step)
    return low * told.scale, high * told.scale


def _step(value: float) -> float:
    """The place of a figure's last digit that is not nought: 2 → 1, 30 → 10, 1.5 → 0.5
    (a half is the step of a half)."""
    if value != int(value):
        return 0.5 if value * 2 == int(value * 2) else 0.1
    place = 1.0
    while value % (place * 10) == 0:
        place *= 10
    return place


def judge_sole_spans(
    members: Sequence[Number], options: Options | None, sentences: SentenceClaims
) -> Judgement:
    """Agree when the two spans meet as the matcher read them; else unchecked, so no
    span ever makes a conflict here."""
    if len(members) == 2:
        a, b = members
        ta, tb = _span(a), _span(b)
        if ta is not None and tb is not None and one_span(a, ta, b, tb):
            return Judgement(verdict=Verdict.AGREE)
    return Judgement(verdict=Verdict.AGREE, unchecked=True)
