"""Statements with one clause each that say one thing and its negation or opposite.

"The visitors were angry that the referee did not award a penalty" and "With
the score at 1-1, the referee awarded a penalty for a foul" share too few of
their words as wholes for the statement matchers, and their main clauses are
about other things. This matcher cuts each sentence into clauses
(clause_contradictions.clauses) and pairs two statements from different sources
when a clause of each shares at least three content words with the other and
one negates, or replaces by its opposite, what the other says. It pairs only
what the statement judge then finds differing, so a pair made here is never
shown as an agreement.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

from compare.align.blocking import later_postings
from compare.align.clause_contradictions import (
    MIN_SHARED,
    ClauseRoots,
    between_clauses,
    clause_roots,
)
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.word_contradictions import content_roots
from compare.extract.claims import Statement

SCORE = 0.9  # a clause denied is surer evidence of one fact than most shared words


def clause_negation_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    index: dict[str, list[int]] = defaultdict(list)
    roots = [content_roots(statement.text) for statement in statements]
    for i, own in enumerate(roots):
        for root in own:
            index[root].append(i)
    # Every sentence cut into clauses once, and the clauses indexed by their roots
    # too: between_clauses finds nothing unless one clause of each shares
    # MIN_SHARED roots, so only such pairs are handed to it.
    cut: list[ClauseRoots] = [clause_roots(statement.text) for statement in statements]
    owner: list[int] = []  # clause number -> its statement
    clause_index: dict[str, list[int]] = defaultdict(list)
    for i, parts in enumerate(cut):
        for _, clause_own in parts:
            for root in clause_own:
                clause_index[root].append(len(owner))
            owner.append(i)
    pairs = []
    first_clause = 0
    for i, a in enumerate(statements):
        # the roots each later statement shares with this one, counted one row at a
        # time so memory does not grow with all pairs (postings ascend: the later
        # ones are a slice, counted without a Python loop)
        shared = Counter(chain.from_iterable(later_postings(index[root], i) for root in roots[i]))
        close = _close_clauses(cut[i], first_clause, clause_index, owner)
        first_clause += len(cut[i])
        for j in sorted(j for j, count in shared.items() if count >= MIN_SHARED):
            b = statements[j]
            if b.source == a.source or j not in close:
                continue
            if (
                between_clauses(cut[i], cut[j]) is not None
                and compare_pair(a, b, sentences) is not None
            ):
                pairs.append((SCORE, i, j))
    return pairs


def _close_clauses(
    parts: ClauseRoots, first: int, clause_index: dict[str, list[int]], owner: list[int]
) -> set[int]:
    """The later statements with a clause sharing MIN_SHARED roots with one of these
    clauses (numbered from `first`), each clause's row counted from postings slices."""
    close: set[int] = set()
    for number, (_, own) in enumerate(parts, start=first):
        counts = Counter(
            chain.from_iterable(later_postings(clause_index[root], number) for root in own)
        )
        close.update(owner[d] for d, count in counts.items() if count >= MIN_SHARED)
    return close
