"""Sure pairs the grouping left apart: an article that tells one fact twice.

The grouping gives each claim one counterpart per article, best pair first, and
joins groups by complete linkage. When an article tells one fact in two sentences
(the lead and again further down, or a sentence and a later quotation's paraphrase),
the other article's sentence of that fact pairs with one of them; the other is
left with no counterpart in that article, though the word model found the pair
sure. Complete linkage likewise leaves a sure pair out when a third article's
claim in one of the groups does not score with the other.

So after the grouping's own groups are judged, each sure pair of the kind's own
matcher (a score at or above the threshold) whose two claims no shown alignment
holds together, and one of which has no shown counterpart in the other's article,
is shown as a pair of two, best first, when the judge finds it agrees: it never
makes a discrepancy, and a claim gains one such partner per article. It joins no
group, so a group's other members are never set against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from compare.extract import Claim

Group = tuple[list[int], float]


def repeat_candidates(pairs: Iterable[tuple[float, int, int]], threshold: float) -> list[Group]:
    """The sure pairs (score at least `threshold`), best first, each pair once."""
    best: dict[tuple[int, int], float] = {}
    for score, i, j in pairs:
        key = (min(i, j), max(i, j))
        if score >= threshold and score > best.get(key, -1.0):
            best[key] = score
    return [([i, j], s) for (i, j), s in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))]


class Shown:
    """The claims of one kind's shown alignments: who is with whom, and which
    articles each claim has a counterpart in."""

    def __init__(self) -> None:
        self.sources: dict[int, set[str]] = {}
        self.together: set[frozenset[int]] = set()

    def add(self, members: Sequence[Claim]) -> None:
        for a in members:
            self.sources.setdefault(id(a), set()).update(
                m.source for m in members if m.source != a.source
            )
            self.together.update(frozenset((id(a), id(b))) for b in members if b is not a)

    def wanted(self, a: Claim, b: Claim) -> bool:
        """Would the pair give one of its claims a counterpart in the other's article?"""
        if a.source == b.source or frozenset((id(a), id(b))) in self.together:
            return False
        return b.source not in self.sources.get(id(a), set()) or a.source not in self.sources.get(
            id(b), set()
        )
