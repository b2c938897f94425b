"""A hedged figure of one article that covers the other article's figure, both
counting one thing: one fact told loosely ("About 420 passengers were aboard" /
"More than 400 people were on board", "more than 500 people were killed" / "left
519 dead").

`same_figures` pairs two equal values only; two values a hedge or a bound joins
("about", "more than", "close to", "just over") are paired by the number matcher
only when they count one noun. This matcher pairs two figures of different articles,
of one form (`same_figures.posted_as`: a count with a count, one currency, one unit),
of two values, when the number judge finds the hedge covers the gap (its verdict
approximate, never differ), nothing parts them as two facts (`same_figures.one_fact`:
deaths and injuries, a part and a total, another day, people and things), they are
firmly tied (`tied_figures.firmly_tied`: one outcome, one counted noun, or two shared
content words), and each is the only figure of its article that the other's value
falls within so tied. Across kinds only an agreement is shown: the pair is shown as
one fact both outlets tell (two compatible tellings), never as a discrepancy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.figure_intervals import comparable_value, compare_figures
from compare.align.figure_ranges import members_ranges_apart
from compare.align.figures_beside import (
    bound_sides_apart,
    differ_beside,
    judge_numbers_beside,
    own_dates_apart,
)
from compare.align.model import Judgement, Verdict
from compare.align.same_figures import SCORE, _in_quote, content_words, one_fact, posted_as
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.tied_figures import firmly_tied
from compare.extract import Number


def covered_figure_pairs(
    numbers: Sequence[Number],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of figures of two values among `numbers` (those nothing paired yet), one
    hedged so that it covers the other, firmly tied, each the other's only such figure."""
    every = [
        c for claims in sentences.by_sentence.values() for c in claims if isinstance(c, Number)
    ]
    forms: dict[tuple[str, object], list[Number]] = defaultdict(list)
    for n in every or numbers:
        posted = posted_as(n)
        if posted is not None:
            forms[(n.source, posted[0])].append(n)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        posted = posted_as(n)
        if posted is not None and n.pair is None:
            postings[posted[0]].append(i)
    pairs = []
    for form, members in postings.items():
        for i, j in cross_source_pairs((members,), lambda k: numbers[k].source):
            a, b = numbers[i], numbers[j]
            if comparable_value(a) == comparable_value(b):
                continue  # one value: same_figures' and tied_figures' own
            if _in_quote(a, sentences) or _in_quote(b, sentences):
                continue  # a speaker's words: the other outlet may give them to another
            if compare_figures(a, b) != Verdict.APPROXIMATE or not firmly_tied(a, b):
                continue  # the cheap readings first: most pairs of a form fail them
            if not _covered(a, b, sentences):
                continue
            if _another(a, b, forms[(a.source, form)], sentences):
                continue
            if _another(b, a, forms[(b.source, form)], sentences):
                continue
            if not one_fact(a, b, max(comparable_value(a), comparable_value(b))):
                continue
            wa, wb = content_words(a), content_words(b)
            common = len(wa & wb) / max(1, len(wa | wb))
            pairs.append((SCORE + 0.1 * common, i, j))
    return pairs


def _covered(a: Number, b: Number, sentences: SentenceClaims) -> bool:
    """Does the number judge find one figure's hedge covers the other's value?"""
    judgement = judge_numbers_beside([a, b], None, sentences)
    if judgement.verdict != Verdict.APPROXIMATE or judgement.unchecked:
        return False
    # what leaves an agreement of two figures unchecked leaves this one too
    return not (
        bound_sides_apart([a, b], sentences) is not None
        or differ_beside([a, b], sentences)
        or members_ranges_apart([a, b])
        or own_dates_apart(a, b, sentences)
    )


def _another(own: Number, other: Number, same_form: Sequence[Number], s: SentenceClaims) -> bool:
    """Does another figure of the article, in another sentence, also meet `other`:
    its value or one the other's hedge covers, and tied to it?"""
    return any(
        n.sentence_start != own.sentence_start
        and compare_figures(n, other) != Verdict.DIFFER
        and firmly_tied(n, other)
        and (comparable_value(n) == comparable_value(other) or _covered(n, other, s))
        for n in same_form
    )


def judge_covered_figures(
    members: Sequence[Number], options: Options, sentences: SentenceClaims
) -> Judgement:
    """The number judge across kinds: a hedge covering the gap is one fact told
    loosely, shown as an agreement (only an agreement is shown across kinds)."""
    if len(members) == 2 and _covered(members[0], members[1], sentences):
        return Judgement(verdict=Verdict.AGREE)
    return judge_numbers_beside(members, options, sentences)


__all__ = ["covered_figure_pairs", "judge_covered_figures"]
