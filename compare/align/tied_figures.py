"""One figure given more than once in an article, tied to one telling in the other.

`same_figures` pairs two equal figures only when each article gives the value once:
a small count ("two", "three") is given for many things in one story, and which of
an article's "two" is the other's cannot be read from the value. It can be read from
what the figure counts. This matcher pairs two equal figures of different articles
(hedges aside, one form, as `same_figures` reads them) when the two are tied firmly
(both count one outcome: the dead, the hurt, those held; one counted noun by stem or
WordNet synonym; or, from ten up, two content words the sentences share) and each is the
only figure of that value in its article so tied to the other ("Two people died." /
"The flood killed two people.", whatever other "two" either article gives). Anything
that parts two equal figures in `same_figures` (deaths and injuries, a part and a
total, another day, people against things) parts them here too, and a pair is shown
only when the number judge agrees: it never makes a discrepancy. It runs after
`same_figures`, on the figures still unpaired.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.figure_intervals import comparable_value
from compare.align.number_clues import Clues
from compare.align.same_figures import (
    DISTINCTIVE_FROM,
    SCORE,
    _in_quote,
    _names_other,
    content_words,
    counted_alike,
    one_fact,
    posted_as,
)
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.extract import Number

SHARED_WORDS = 2  # content words two sentences share that tie their equal figures


def tied_figure_pairs(
    numbers: Sequence[Number],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of equal figures among `numbers` (those nothing paired yet), each firmly
    tied to the other and the only figure of its value in its article so tied."""
    every = [
        c for claims in sentences.by_sentence.values() for c in claims if isinstance(c, Number)
    ]
    told: dict[tuple[str, object, float], list[Number]] = defaultdict(list)
    for n in every or numbers:
        posted = posted_as(n)
        if posted is not None:
            told[(n.source, posted[0], posted[1])].append(n)
    postings: dict[tuple[str, float, object], list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        posted = posted_as(n)
        if posted is not None:
            postings[(posted[0], posted[1], n.pair)].append(i)
    pairs = []
    for (form, value, _), members in postings.items():
        for i, j in cross_source_pairs((members,), lambda k: numbers[k].source):
            a, b = numbers[i], numbers[j]
            if _in_quote(a, sentences) or _in_quote(b, sentences):
                continue  # a speaker's words: the other outlet may give them to another
            if not firmly_tied(a, b):
                continue
            if not _only_tied(a, b, told[(a.source, form, value)]):
                continue
            if not _only_tied(b, a, told[(b.source, form, value)]):
                continue
            if not one_fact(a, b, max(comparable_value(a), comparable_value(b))):
                continue
            wa, wb = content_words(a), content_words(b)
            common = len(wa & wb) / max(1, len(wa | wb))
            pairs.append((SCORE + 0.1 * common, i, j))
    return pairs


def firmly_tied(a: Number, b: Number) -> bool:
    """Do two figures count one thing beyond their value: one outcome, one counted
    noun, or, for figures from ten up, two content words their sentences share?"""
    if Clues.of(a).outcome & Clues.of(b).outcome:
        return True
    if counted_alike(a, b):
        return True
    if min(comparable_value(a), comparable_value(b)) < DISTINCTIVE_FROM:
        return False  # two of anything share words across two long sentences
    shared = content_words(a) & content_words(b)
    return len(shared) >= SHARED_WORDS and not (_names_other(a, b) or _names_other(b, a))


def _only_tied(own: Number, other: Number, same_value: Sequence[Number]) -> bool:
    """Is `own` the only figure of its article's figures of that value (in another
    sentence) firmly tied to `other`?"""
    return not any(
        n.sentence_start != own.sentence_start and firmly_tied(n, other) for n in same_value
    )


__all__ = ["firmly_tied", "tied_figure_pairs"]
