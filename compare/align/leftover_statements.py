"""Mutual-best statement pairs among the statements nothing paired, that name one
event or count one thing alike: shown only when the statement judge finds they agree.

best_agreements.py pairs two statements that are each the other's closest across
two whole articles. A sentence's closest partner is often a sentence another
matcher already paired with a third one, so two tellings of one fact in other
words are never each other's closest, though nothing else is left for either.
Taking out the statements every kind's matchers paired, and asking again which of
the rest are each other's closest, finds them: the greedy one-to-one reading of a
word cosine, which recalls far more same-fact pairs than mutual closeness over
everything (bench/ecb_facts.py's baseline). It is asked twice (ROUNDS): each
round takes out every pair of the last one that was each other's closest, paired
or not.

Among what is left, closeness alone ties two sentences of one topic as often as
two tellings of one fact ("The council will debate the repairs at its meeting" /
"Fishermen said they would crowd the next council meeting"), and the judge agrees
with most such pairs, since nothing in them clashes. So a pair must also show one
fact (fact_ties.py): a clause of each names one event by its predicate ("were
rescued" / "were saved"; "exits were locked" / "doors had been padlocked"), or
both sentences give one figure of one counted thing ("4,200 households" / "about
4,200 households"), or one calendar day ("planned for November 4" / "another
walkout on November 4"). Every test best_agreements sets still holds (a shared word that is no
name nor the topic's own, the topic read over every statement; the model's cover
floor; unpair.unpairs), and the pair is kept only when the judge agrees
(CrossKindSpec): it never makes a discrepancy.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.best_agreements import best_agreement_pairs, body_statement
from compare.align.fact_ties import one_fact
from compare.align.mutual_best import BEST_COSINE, mutual_best
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract.claims import Claim

# The lowest cosine of a pair among the statements left: mutual_best's own floor,
# under best_agreements' 0.25, since the event or figure test stands in for the
# missing words (on the read sets 0.25 found none of the three planted agreements
# this finds, at 0.21-0.23).
LEFTOVER_COSINE = BEST_COSINE
# Rounds of asking again among what is still left: a statement whose closest
# partner was closest to a third statement may be the next round's pair ("was
# sentenced to 8 years" / "had been serving an eight-year sentence"). A second
# round found one more planted agreement on the read sets, a third none.
ROUNDS = 2


def leftover_best_pairs(
    claims: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> list[tuple[float, int, int]]:
    """Scored pairs of `claims` (those nothing paired yet), two statements each the
    other's closest among the statements left, that show one fact; each round
    leaves out the closest pairs of the rounds before."""
    left = [k for k, c in enumerate(claims) if body_statement(c)]
    every = [c for c in sentences.claims() if body_statement(c)]
    pairs = []
    for _ in range(ROUNDS):
        told = [claims[k] for k in left]
        closest = mutual_best(told, LEFTOVER_COSINE)
        if not closest:
            break
        found = best_agreement_pairs(told, options, sentences, topic=every, floor=LEFTOVER_COSINE)
        pairs += [
            (score, left[i], left[j])
            for score, i, j in found
            if one_fact(claims[left[i]], claims[left[j]], sentences)
        ]
        taken = {x for _, i, j in closest for x in (left[i], left[j])}
        left = [k for k in left if k not in taken]
    return pairs
