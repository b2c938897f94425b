"""Statements with one clause each that say one thing and its negation or opposite.

"The visitors were angry that the referee did not award a penalty" and "With
the score at 1-1, the referee awarded a penalty for a foul" share too few of
their words as wholes for the statement matchers, and their main clauses are
about other things. This matcher cuts each sentence into clauses
(word_contradictions.clauses) and pairs two statements from different sources
when a clause of each shares at least three content words with the other and
one negates, or replaces by its opposite, what the other says. It pairs only
what the statement judge then finds differing, so a pair made here is never
shown as an agreement.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.word_contradictions import MIN_SHARED, by_clauses, content_roots
from compare.extract.claims import Statement

SCORE = 0.9  # a clause denied is surer evidence of one fact than most shared words


def clause_negation_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        for root in content_roots(statement.text):
            index[root].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for postings in index.values():
        for x, i in enumerate(postings):
            for j in postings[x + 1 :]:
                if statements[i].source != statements[j].source:
                    shared[(i, j)] += 1
    pairs = []
    for (i, j), count in sorted(shared.items()):
        if count < MIN_SHARED:
            continue
        a, b = statements[i], statements[j]
        if by_clauses(a.text, b.text) is not None and compare_pair(a, b, sentences) is not None:
            pairs.append((SCORE, i, j))
    return pairs
