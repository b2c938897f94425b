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
) -> bool:
    """Is each of the two sentences the other's closest: does no claim of `told` in
    the other's article that `rivals(claim, other)` accepts sit in a sentence sharing
    `shared` words or more with this one? With `tie`, a claim tied to this one beyond
    the words both say (one payment named, words of one sense:
    closest_figure_clashes) counts the words `tie` gives more, as the pair's own
    `shared` did."""
    for one, other in ((a, b), (b, a)):
        mine = words_of(one)
        for rival in told:
            if rival is other or rival.source != other.source or not rivals(rival, other):
                continue
            extra = tie(one, rival) if tie is not None else 0
            if len(mine & words_of(rival)) + extra >= shared:
                return False
    return True


def other_sentence(rival: Claim, other: Claim) -> bool:
    """Any claim of another sentence is a rival."""
    return rival.sentence_start != other.sentence_start
