"""Candidate pairs from shared keys (blocking): two claims are compared only when
they share a key (a lemma, a measure, the same words), never all against all."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence


def cross_source_pairs(
    buckets: Iterable[Sequence[int]], source_of: Callable[[int], str]
) -> Iterator[tuple[int, int]]:
    """Each pair (i, j), i < j, of indices that share a bucket and come from
    different sources, once however many buckets they share, in the order first
    met. Each bucket lists its indices in ascending order."""
    seen: set[tuple[int, int]] = set()
    for postings in buckets:
        for x, i in enumerate(postings):
            for j in postings[x + 1 :]:
                if (i, j) in seen or source_of(i) == source_of(j):
                    continue
                seen.add((i, j))
                yield i, j


def later_postings(postings: list[int], i: int) -> list[int]:
    """The indices of an ascending postings list that come after i: the claims a
    row i is still to meet, when each pair is counted once (i < j)."""
    return postings[bisect_right(postings, i) :]
