"""A length or speed given in metric units by one article and imperial by the other,
paired as figures: "The image, about three meters wide, was found ..." / "The picture
measures roughly 10ft across", "risen by four metres" / "climbed about 13 feet".

converted_figures pairs the two sentences as statements, and that pair loses when
either sentence has a better-scored partner (the metric sentence often tells more
than the size: where, when, by whom), so the figures themselves were never shown as
one fact. Here the two figures, left unpaired by every number matcher (their units
are keyed apart), are paired across kinds when they are one amount up to rounding
(imperial_units), their sentences tie as converted_figures asks (one clause, or a
word of one in the other, with nothing clashing) and the statement judge finds
nothing differing between the two sentences; the judge compares them in one unit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.converted_figures import one_amount, one_measurement
from compare.align.imperial_units import one_rounded_amount, snapped, system_unit
from compare.align.model import Judgement
from compare.align.number_judge import judge_numbers, judge_numbers_in_context
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.extract.claims import Number, Statement

SCORE = 0.45  # as same_figures


def system_figure_pairs(
    numbers: Sequence[Number],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of unpaired figures of one measure in two systems, one amount rounded."""
    by_measure: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        told = system_unit(n)
        if told is not None:
            by_measure[told.measure].append(i)
    pairs = []
    for i, j in cross_source_pairs(by_measure.values(), lambda k: numbers[k].source):
        a, b = numbers[i], numbers[j]
        if not one_rounded_amount(a, b):
            continue
        sa, sb = statement_of(a, sentences), statement_of(b, sentences)
        frame_a = sa.frame if sa is not None else None
        frame_b = sb.frame if sb is not None else None
        if not (one_amount(a, b, frame_a, frame_b) or one_measurement(a, b, frame_a, frame_b)):
            continue
        if sa is not None and sb is not None and compare_pair(sa, sb, sentences) is not None:
            continue
        pairs.append((SCORE, i, j))
    return pairs


def statement_of(n: Number, sentences: SentenceClaims) -> Statement | None:
    """The statement whose words hold the figure (the shortest, a clause before its
    sentence)."""
    holding = [
        c
        for c in sentences.of(n)
        if isinstance(c, Statement) and c.start <= n.start and n.end <= c.end
    ]
    return min(holding, key=lambda c: c.end - c.start, default=None)


def judge_system_figures(
    members: Sequence[Number], options: Options | None, sentences: SentenceClaims
) -> Judgement:
    """The number judge, each figure told in the other's unit when it rounds to it.
    A figure converted from the other system was rounded by its outlet, so a hedge
    beside it ("some 256 feet" for "78 metres") says no more than the rounding does:
    the hedge alone is no variant here (judge_numbers_in_context would show one)."""
    if len(members) == 2:
        (a,), (b,) = snapped([members[0]], [members[1]])
        if a is not members[0]:
            return judge_numbers([a, b], options)
        members = [a, b]
    return judge_numbers_in_context(members, options, sentences)
