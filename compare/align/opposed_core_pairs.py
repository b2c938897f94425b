"""Pairs of statements of which one tells a clause's core with the opposite of the
other's predicate ("accepted responsibility" / "denied responsibility").

The statement matchers pair sentences by the words they share as wholes, and the
clause matcher (clause_negations) asks for three shared roots in one clause of
each; "The crowd cheered the decision" / "The decision was booed by large sections
of the crowd" share two. This matcher pairs two statements of different sources
that share MIN_SHARED content roots when opposed_cores.opposed_core reads one fact
told both ways, and keeps the pair only when the statement judge finds them
differing, so a pair made here is never shown as an agreement.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from compare.align.denied_cores import MIN_SHARED, content_word
from compare.align.opposed_cores import opposable_heads, opposed_core
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.word_contradictions import word_root
from compare.align.words import words
from compare.extract.claims import Statement

SCORE = 0.9  # one clause's core told both ways is surer evidence of one fact than shared words


def opposed_core_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Statements of two sources that tell one clause's core with opposite
    predicates, and that the statement judge finds differing (never a ✓ made here)."""
    # only statements with a predicate that has an opposite, under their roots
    opposing = [i for i, s in enumerate(statements) if opposable_heads(s.text)]
    roots = {
        i: {word_root(w) for w in words(statements[i].text) if content_word(w)} for i in opposing
    }
    index: dict[str, list[int]] = defaultdict(list)
    for i in opposing:
        for root in roots[i]:
            index[root].append(i)
    pairs = []
    for i in opposing:
        shared: Counter[int] = Counter()
        for root in roots[i]:
            shared.update(j for j in index[root] if j > i)
        for j, count in sorted(shared.items()):
            if count < MIN_SHARED or statements[j].source == statements[i].source:
                continue
            if opposed_core(statements[i].text, statements[j].text) is None:
                continue
            if compare_pair(statements[i], statements[j], sentences) is not None:
                pairs.append((SCORE, i, j))
    return pairs
