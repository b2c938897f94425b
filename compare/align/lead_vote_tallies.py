"""The vote an article tells first, against another article's only vote: one vote.

sole_vote_tallies pairs two vote tallies when each article gives one. An article
that also tells a second vote (an earlier one, another body's, a motion beside
the main one) is left to the words around the tallies, and outlets tell one vote
in their own words ("Councillors backed the budget line by 38 votes to 21" / "The
decision was carried by 38 votes to 27"), so nothing pairs them. A news report
tells the vote it is about before any other: the first vote tally of an article,
against the only vote tally of another article, is that vote told twice.

A tally of another occurrence ("In 2019, the council voted 6-3") is no candidate
and does not count against an article's only one (occasions.another_occurrence,
read before the tally or in its own clause: closest_figure_clashes.occurrence_apart);
a first tally sharing its sentence with another vote tally is not told first
alone; and what parts two figures in closest_figure_clashes (another period, day,
place or leading name, a forecast) parts these too, as does a year one sentence
names and the other does not. The words beside the two
tallies need not meet: the place of each tally in its article is what ties them.
A CrossKindSpec with `differs`: it runs on tallies nothing paired and is shown
only when the number judge finds the two differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.closest_figure_clashes import YEAR, occurrence_apart, two_facts
from compare.align.model import Verdict
from compare.align.number_judge import judge_pair
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.vote_tallies import vote_tally
from compare.extract.claims import Claim, Number

SCORE = 0.38  # under closest_figure_clashes' pairs: a pair tied by words first


def lead_vote_pairs(
    numbers: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of two articles' first vote tallies, one of them its
    article's only vote tally, both among `numbers` (those nothing paired)."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(numbers)
    votes: dict[str, list[Number]] = {}
    for c in sorted(every, key=lambda c: (c.source, c.start)):
        if isinstance(c, Number) and vote_tally(c) and not occurrence_apart(c):
            votes.setdefault(c.source, []).append(c)
    free = {id(c): i for i, c in enumerate(numbers)}
    leads = {}
    for source, told in votes.items():
        first = told[0]
        alone = all(n.sentence_start != first.sentence_start for n in told[1:])
        if id(first) in free and alone:
            leads[source] = (first, len({n.pair for n in told}) == 1)
    pairs = []
    found = sorted(leads.items())
    for x, (_, (a, sole_a)) in enumerate(found):
        for _, (b, sole_b) in found[x + 1 :]:
            if not (sole_a or sole_b) or judge_pair(a, b).verdict != Verdict.DIFFER:
                continue
            if two_facts(a, b, sentences, every, tied_by_words=False) or years_apart(a, b):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE, i, j))
    return pairs


def years_apart(a: Number, b: Number) -> bool:
    """Does either sentence name a year the other does not ("In 2019 the members
    approved ...")? Nothing but the tallies' places ties the two, so a year told on
    one side alone is another vote's."""
    return set(YEAR.findall(a.sentence)) != set(YEAR.findall(b.sentence))
