"""A hedged count of one article that covers the other article's count of one thing:
one fact told loosely ("About 310,000 households lost power" / "More than 300,000
customers were without power", "1,340 camera traps" / "more than 1,300 camera traps").

`same_figures` pairs two equal values only; two values a hedge or a bound joins
("about", "more than", "close to", "just over") are paired by the number matcher
only when their sentences name one counted noun as it reads them. This matcher pairs
two counts of different articles (`same_figures.posted_as`: not spans of time,
measures or sums, whose unit is all two figures of two facts may share), of two
values, when the number judge finds the hedge covers the gap (its verdict
approximate, never differ, and nothing beside the figures leaves it unchecked),
nothing parts them as two facts (`same_figures.one_fact`: deaths and injuries, a part
and a total, another day, people and things), both count one outcome (the dead, the
hurt, those held) or one counted noun (one stem or WordNet synonyms) or, when one of
them names no counted noun (or one counts people and the other a kind of person),
their sentences share two content words, and each is the only count of its article
that the other meets so. Two different counted nouns are two things whatever the
sentences share: on ECB+ "at least 105 runs" / "a combined 157 games". It runs last of
the matchers across kinds, on the figures every other matcher left. Across kinds only
an agreement is shown: the pair is shown as one fact both outlets tell, never as a
discrepancy.
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
from compare.align.number_clues import Clues
from compare.align.people_counts import general_and_kind
from compare.align.same_figures import (
    SCORE,
    _counted,
    _in_quote,
    _names_other,
    content_words,
    counted_alike,
    one_fact,
    posted_as,
)
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.tied_figures import SHARED_WORDS
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
            if form != "count":
                continue  # a span, a measure or a sum: two such figures share their unit only
            if compare_figures(a, b) != Verdict.APPROXIMATE or not counted_as_one(a, b):
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


def counted_as_one(a: Number, b: Number) -> bool:
    """Do two counts of two values count one thing: one outcome (the dead, the hurt,
    those held) or one counted noun; or, when one of them names no counted noun (or
    one counts people and the other a kind of person), two content words their
    sentences share. Two different counted nouns are two things, whatever the
    sentences share: on ECB+ "at least 105 runs" / "a combined 157 games"."""
    if Clues.of(a).outcome & Clues.of(b).outcome or counted_alike(a, b):
        return True
    if _counted(a) and _counted(b) and not general_and_kind(a, b):
        return False  # two nouns counted ("runs" / "games"): two things
    shared = content_words(a) & content_words(b)
    return len(shared) >= SHARED_WORDS and not (_names_other(a, b) or _names_other(b, a))


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
        and counted_as_one(n, other)
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
