"""Whether two sentences of two articles are each other's closest.

The closest-sentence matchers (days and clock times, figures, places, doers, denials
and opposites) pair two claims that nothing else paired when their sentences share
content words and neither article holds a sentence that shares as many with the other
one while telling something the matcher would compare: the fact two outlets tell in
other words usually sits in the sentences nearest each other, and a sentence with a
nearer rival is near by topic alone. The matchers differ only in what counts as a
rival (a date of another value, a figure of one kind, another sentence) and in how
they read a sentence's words; the test itself is this one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from compare.align.sentence_claims import SentenceClaims
from compare.extract.claims import Claim

C = TypeVar("C", bound=Claim)


def closest_both_ways(
    a: C,
    b: C,
    shared: int,
    told: Sequence[C],
    words_of: Callable[[C], frozenset[str]],
    rivals: Callable[[C, C], bool],
    tie: Callable[[C, C], int] | None = None,
    settled: Callable[[C, C], bool] | None = None,
) -> bool:
    """Is each of the two sentences the other's closest: does no claim of `told` in
    the other's article that `rivals(claim, other)` accepts sit in a sentence sharing
    `shared` words or more with this one? With `tie`, a claim tied to this one beyond
    the words both say (one payment named, words of one sense:
    closest_figure_clashes) counts the words `tie` gives more, as the pair's own
    `shared` did. With `settled`, a rival sharing exactly as many words as the pair
    (a draw the words cannot break) parts the pair only when `settled(a, b)` is
    false: a reading of the whole of both articles that ranks the two sentences
    each other's likeliest partner (fitted_pairs.fitted_tie) breaks the draw; a
    rival sharing more words still parts them."""
    draw_broken: bool | None = None  # asked once, only when a draw is met
    for one, other in ((a, b), (b, a)):
        mine = words_of(one)
        for rival in told:
            if rival is other or rival.source != other.source or not rivals(rival, other):
                continue
            extra = tie(one, rival) if tie is not None else 0
            near = len(mine & words_of(rival)) + extra
            if near < shared:
                continue
            if near == shared and settled is not None:
                if draw_broken is None:
                    draw_broken = settled(a, b)
                if draw_broken:
                    continue
            return False
    return True


def other_sentence(rival: Claim, other: Claim) -> bool:
    """Any claim of another sentence is a rival."""
    return rival.sentence_start != other.sentence_start


def fitted_settler(sentences: SentenceClaims) -> Callable[[Claim, Claim], bool]:
    """How the closest-sentence readings break a draw of shared words: are the two
    claims' sentences a fitted pair (fitted_pairs.fitted_tie), each the other's
    likeliest partner by the fitted pair model over the whole comparison?"""
    # imported here: fitted_pairs reads best_agreements, whose judges read the
    # closest-sentence readings that import this module
    from compare.align.fitted_pairs import fitted_tie

    return lambda a, b: fitted_tie(a, b, sentences)
