"""Judging numbers that count the same thing: as intervals, tallies as tallies.

Verdicts, the reference against each other member:
- agree: the same value, whatever the hedges ("about 10,000" / "as many as 10,000");
- approximate: a hedge's interval covers the other figure ("roughly 100,000"
  covers 106,000), or the two are within the relative tolerance;
- differ: anything else (a figure conflict), a tally reversed or changed, or the
  same count stated with opposite or negated predicates.

Which numbers are compared at all is compare.align.numbers' matter."""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.estimates import estimate_and_outcome, goal_against_done
from compare.align.figure_intervals import compare_figures
from compare.align.frames import FrameMatch, compare_frames, confident
from compare.align.hedged_figures import hedged_pair
from compare.align.metric_units import in_one_metric_unit, metric
from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.number_clues import opposite_near
from compare.align.number_facts import sides_swapped
from compare.align.numbers import SPANS_OF_TIME, two_currencies, unit_key
from compare.align.opposed_moves import OpposedMove, opposed_move
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import DEFAULT_TOLERANCE, Options
from compare.align.time_spans import in_one_unit, two_units
from compare.extract import Number
from compare.extract.claims import figure_text, format_number, score_sets

__all__ = ["judge_numbers", "judge_numbers_in_context", "judge_pair"]


def judge_numbers(members: Sequence[Number], options: Options | None = None) -> Judgement:
    """The worst verdict over every two members: with the first as the only
    reference, "about $1 million" would hide that "$1 million" and "more than $1
    million" are told two ways. Differences are listed against the first member,
    plus the worst pair's when the first is not in it. A pair the judge could not
    check ("estimated at 8 million" / "cost 12 million", "US$4.4m" / "NZ$7.3m")
    leaves the group unchecked unless another pair differs: no ✓ over it."""
    tolerance = (options or Options()).tolerance
    reference = members[0]
    worst = Judgement(verdict=Verdict.AGREE)
    differences: list[Difference] = []
    unchecked = False
    for x, first in enumerate(members):
        for other in members[x + 1 :]:
            judgement = judge_pair(first, other, tolerance)
            if judgement.unchecked:
                unchecked = True
                continue
            if first is reference:
                differences.extend(judgement.differences)
            if _rank(judgement) > _rank(worst):
                worst = judgement
    if unchecked and worst.verdict != Verdict.DIFFER:
        return Judgement(verdict=Verdict.AGREE, unchecked=True)
    if worst.differences and not set(worst.differences) & set(differences):
        differences.extend(worst.differences)
    return Judgement(
        verdict=worst.verdict,
        differences=tuple(differences),
        conflict=worst.conflict,
        severity=worst.severity,
        title=worst.title,
    )


def judge_numbers_in_context(
    members: Sequence[Number], options: Options | None, sentences: SentenceClaims
) -> Judgement:
    """judge_numbers, and a figure that agrees only because its hedge is ignored
    ("200 feet" / "about 200 feet"), told of one fact beyond doubt, is approximate
    (hedged_figures)."""
    judgement = judge_numbers(members, options)
    if judgement.verdict != Verdict.AGREE or judgement.unchecked:
        return judgement
    found = hedged_pair(members, sentences)
    if found is None:
        return judgement
    a, b = found
    return Judgement(
        verdict=Verdict.APPROXIMATE,
        differences=(
            Difference("value", "hedge", a.source, b.source, figure_text(a), figure_text(b)),
        ),
        title=f"{figure_text(a)} vs {figure_text(b)}",
    )


def _rank(judgement: Judgement) -> int:
    return [Verdict.AGREE, Verdict.APPROXIMATE, Verdict.DIFFER].index(judgement.verdict)


def judge_pair(a: Number, b: Number, tolerance: float = DEFAULT_TOLERANCE) -> Judgement:
    def difference(kind: str) -> tuple[Difference, ...]:
        return (Difference("value", kind, a.source, b.source, figure_text(a), figure_text(b)),)

    if two_currencies(a, b):
        return Judgement(verdict=Verdict.AGREE, unchecked=True)  # "US$4.4m" / "NZ$7.3m"
    frames = compare_frames(a.frame, b.frame)
    if frames.conflict == Conflict.NEGATION and not (
        a.frame and b.frame and confident(a.frame.lemma) and confident(b.frame.lemma)
    ):
        # "No one was injured ... while two children were inside": a negated light verb
        # is another clause's, not the count's.
        frames = FrameMatch(True)
    key_a, key_b = unit_key(a), unit_key(b)
    if (key_a == key_b and key_a in SPANS_OF_TIME) or two_units(key_a, key_b):
        # An age describes a person and an elapsed time a stretch of time, not the
        # clause's event: "Ray Holm, 32, was climbing" / "Holm, 32, fell", and "was
        # released after 20 years" / "arrested ... 20 years later" are no opposite.
        frames = FrameMatch(True)
    if frames.conflict is None and (a.frame is None or b.frame is None):
        frames = opposite_near(a, b)
    move = opposed_move(a.frame, b.frame) if not frames.aligned else OpposedMove.NONE
    if move == OpposedMove.UNCHECKED:
        return Judgement(verdict=Verdict.AGREE, unchecked=True)
    if move == OpposedMove.CONFLICT and a.frame and b.frame:
        frames = FrameMatch(True, Conflict.OPPOSITE, f"{a.frame.lemma} vs {b.frame.lemma}")
    if frames.conflict is not None:
        return Judgement(
            verdict=Verdict.DIFFER,
            differences=difference(frames.conflict.value),
            conflict=frames.conflict,
            severity=Severity.CONFLICT,
            title=frames.reason,
        )
    if a.pair is not None and b.pair is not None:
        sets_a, sets_b = score_sets(a), score_sets(b)
        if sets_a == sets_b:
            return Judgement(verdict=Verdict.AGREE)
        if min(len(sets_a), len(sets_b)) == 1 and set(sets_a) & set(sets_b):
            # A whole scoreline and one of its sets ("6-4, 3-6, 7-5" / "took the
            # first set 6-4"): one part agrees, the result is not checked, so no ✓
            return Judgement(verdict=Verdict.AGREE, unchecked=True)
        reversed_ = sets_a == tuple(s[::-1] for s in sets_b)
        if reversed_ and sides_swapped(a, b):
            return Judgement(verdict=Verdict.AGREE)  # each told from its first-named side
        title = f"{_sets(sets_a)} vs {_sets(sets_b)}" + (" (reversed)" if reversed_ else "")
        return Judgement(
            verdict=Verdict.DIFFER,
            differences=difference("tally"),
            conflict=Conflict.TALLY,
            severity=Severity.CONFLICT,
            title=title,
        )
    # a span of time told in two units is compared in the larger ("18 months" / "two years"),
    # an amount in two metric units in its base unit ("2,300 metres" / "2.3 kilometres")
    verdict = compare_figures(*in_one_metric_unit(*in_one_unit(a, key_a, b, key_b)), tolerance)
    if verdict == Verdict.AGREE:
        # a goal against the same figure done ("a target of 7,000" / "vaccinated
        # 7,000"): two facts, no ✓ (estimates.goal_against_done)
        return Judgement(verdict=verdict, unchecked=goal_against_done(a, b))
    title = f"{figure_text(a)} vs {figure_text(b)}"
    if two_units(key_a, key_b) or (key_a != key_b and None not in (metric(a), metric(b))):
        title = f"{figure_text(a)} {a.unit or key_a} vs {figure_text(b)} {b.unit or key_b}"
    if verdict == Verdict.APPROXIMATE:
        return Judgement(verdict=verdict, differences=difference("hedge"), title=title)
    if estimate_and_outcome(a, b):
        return Judgement(verdict=Verdict.AGREE, unchecked=True)  # "estimated at 8" / "cost 12"
    return Judgement(
        verdict=Verdict.DIFFER,
        differences=difference("figure"),
        conflict=Conflict.FIGURE,
        severity=Severity.CONFLICT,
        title=title,
    )


def _sets(sets: tuple[tuple[float, float], ...]) -> str:
    return ", ".join(f"{format_number(x)}–{format_number(y)}" for x, y in sets)
