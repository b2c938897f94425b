"""Pairs of statements of which one denies the core of a clause the other states.

The statement matchers pair sentences by the words they share, and a clause
denied in one article and stated in another may share only two ("The decision
was not unanimous" / "The judges' decision was unanimous, the chair said"); the
clause matcher (clause_negations) asks for three in one clause of each. This
matcher pairs two statements of different sources when denied_cores.core_denied
reads one fact denied, and keeps the pair only when the statement judge finds
them differing, so a pair made here is never shown as an agreement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.denied_cores import content_word, core_denied, denied_cores
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.synonyms import senses
from compare.align.word_contradictions import word_root
from compare.align.words import words
from compare.extract.claims import Statement

SCORE = 0.9  # a clause's core denied is surer evidence of one fact than most shared words


def denied_core_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Statements of two sources of which one denies a clause's core the other
    states, and that the statement judge finds differing (never a ✓ made here)."""
    # each statement under its words' roots and WordNet sense groups, so that a
    # denied head finds the statements that state it or a synonym of it
    index: dict[str, set[int]] = defaultdict(set)
    for i, statement in enumerate(statements):
        for w in words(statement.text):
            if content_word(w):
                index[word_root(w)].add(i)
                for group in senses(w):
                    index[f"#{group}"].add(i)
    pairs: set[tuple[int, int]] = set()
    for i, statement in enumerate(statements):
        for core in denied_cores(statement.text):
            keys = [core.head, *(f"#{g}" for g in senses(core.head_word))]
            for j in set().union(*(index.get(key, set()) for key in keys)):
                other = statements[j]
                if other.source == statement.source or (min(i, j), max(i, j)) in pairs:
                    continue
                if core_denied(statement.text, other.text) is None:
                    continue
                first, second = sorted((i, j))
                if compare_pair(statements[first], statements[second], sentences) is not None:
                    pairs.add((first, second))
    return [(SCORE, i, j) for i, j in sorted(pairs)]
