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
holds together, one of which has no shown counterpart in the other's article, and
each of which covers half of the other's weight (COVER), is shown as a pair of two,
best first, when the judge finds it agrees: it never
makes a discrepancy. It joins no group, so a group's other members are never set
against it.

Across four or more articles the same holds one step further: two claims of two
articles that each agree with one claim of a third and with one of a fourth (A's
sentence shown agreeing with C's and D's, and so is B's) state those claims' fact,
though the model may not pair them (each tells it with other words of the others').
They are shown as a pair when one has no
counterpart in the other's article yet, they share at least the model's cover floor
(less in common than it ever trusts is two facts of one topic as often as one), and
the judge finds they agree; pairs so shown bridge again until none is added.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from compare.align import statement_model
from compare.extract import Claim
from compare.ingest import HEADLINE

if TYPE_CHECKING:
    from compare.align.statements import StatementScorer

Group = tuple[list[int], float]

# Half of each side's weight covered by the other, as for a quotation told as a
# statement (quote_statements.MIN_COVER): a sentence that says one fact and much else
# meets another telling of that fact, and another of something else, by one clause.
COVER = 0.5
# A bridge needs one fact told alike in two more articles: a sentence of one third
# article that agrees with both may tell two facts, one each side meets, and on ECB+
# a single such hub paired two facts of one story nearly as often as one.
HUBS = 2
# ...and at least the statement model's cover floor in common (less than it ever trusts)
BRIDGE_COVER = statement_model.MIN_COVER


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
        self.source_of: dict[int, str] = {}

    def add(self, members: Sequence[Claim], agrees: bool = False, score: float = 0.0) -> None:
        for a in members:
            self.source_of[id(a)] = a.source
            # a headline sums up its body: meeting two articles' claims it tells
            # nothing of whether they are one fact (as _headline_only has it)
            if agrees and a.block != HEADLINE:
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

    def bridges(self, hubs: int = 1) -> list[tuple[Claim, Claim, float]]:
        """Two claims of two articles that each agree with one claim of a third, in
        at least `hubs` articles besides theirs, each scored by the weaker of its two
        agreements, best first."""
        found: dict[tuple[int, int], tuple[Claim, Claim, float]] = {}
        through: dict[tuple[int, int], set[str]] = {}
        for hub, partners in self.agreeing.items():
            hub_source = self.source_of[hub]
            for x, (a, sa) in enumerate(partners):
                for b, sb in partners[x + 1 :]:
                    if a.source == b.source:
                        continue
                    key = (id(a), id(b)) if id(a) < id(b) else (id(b), id(a))  # either order
                    through.setdefault(key, set()).add(hub_source)
                    score = min(sa, sb)
                    if key not in found or score > found[key][2]:
                        found[key] = (a, b, score)
        kept = [found[key] for key, sources in through.items() if len(sources) >= hubs]
        return sorted(kept, key=lambda t: -t[2])


def in_common(claims: Sequence[Claim]) -> Callable[[Claim, Claim, float], bool]:
    """Whether two of the claims each cover at least `floor` of the other's weight
    (words weighed as the statement matcher weighs them among these claims)."""
    from compare.align.statements import scorer_of

    index = {id(c): n for n, c in enumerate(claims)}
    scorer: list[StatementScorer] = []
    # the rows and the bridges ask of one pair again, each time the pair is wanted
    known: dict[tuple[int, int, float], bool] = {}

    def test(a: Claim, b: Claim, floor: float) -> bool:
        if not scorer:  # the statement matcher's own, when first asked
            scorer.append(scorer_of([c.text for c in claims]))
        i, j = index[id(a)], index[id(b)]
        key = (i, j, floor)
        if key not in known:
            known[key] = scorer[0].covers(i, j, floor) and _covered(scorer[0], i, j, floor)
        return known[key]

    return test


def _covered(scorer: StatementScorer, i: int, j: int, floor: float) -> bool:
    """Does the model's min_cover feature of the pair reach the floor?"""
    features = scorer.features(i, j)
    return features is not None and features["min_cover"] >= floor
