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

from collections.abc import Callable, Iterable, Sequence

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
        # each claim's partners in agreeing alignments, with the alignment's score
        self.agreeing: dict[int, list[tuple[Claim, float]]] = {}

    def add(self, members: Sequence[Claim], agrees: bool = False, score: float = 0.0) -> None:
        for a in members:
            if agrees:
                self.agreeing.setdefault(id(a), []).extend(
                    (b, score) for b in members if b.source != a.source
                )
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

    def bridges(self) -> list[tuple[Claim, Claim, float]]:
        """Two claims of two articles that each agree with one claim of a third, the
        weaker of the two agreements' scores first... best first."""
        found: dict[frozenset[int], tuple[Claim, Claim, float]] = {}
        for partners in self.agreeing.values():
            for x, (a, sa) in enumerate(partners):
                for b, sb in partners[x + 1 :]:
                    if a.source == b.source:
                        continue
                    key = frozenset((id(a), id(b)))
                    score = min(sa, sb)
                    if key not in found or score > found[key][2]:
                        found[key] = (a, b, score)
        return sorted(found.values(), key=lambda t: -t[2])


def in_common(claims: Sequence[Claim]) -> Callable[[Claim, Claim], bool]:
    """Whether two of the claims share at least the statement model's cover floor
    (each covers that share of the other's weight, words weighed as the statement
    matcher weighs them among these claims): less than the model ever trusts."""
    from compare.align.statements import MODEL, StatementScorer

    index = {id(c): n for n, c in enumerate(claims)}
    scorer: list[StatementScorer] = []

    def test(a: Claim, b: Claim) -> bool:
        if not scorer:  # made once, when first asked
            scorer.append(StatementScorer([c.text for c in claims]))
        return scorer[0].covers(index[id(a)], index[id(b)], MODEL.min_cover)

    return test
