"""Statement pairs whose sentence embeddings are close: another matcher for statements.

The lexical matcher (compare.align.statements) needs shared words; two outlets
telling one fact in other words ("Three people died when a storm struck the
coastline" / "A storm hit the coast, killing three") share few. This matcher
proposes, for every two sources, the sentence pairs that are each other's
nearest neighbour by cosine and at least THRESHOLD apart from chance. Its pairs
join the lexical ones; the statement judge then says whether they agree.

Embeddings score a contradiction ("approved" / "rejected") about as close as a
paraphrase, so they only propose pairs: verdicts still come from the judge's
explicit rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.settings import Options
from compare.align.words import words
from compare.extract.claims import Statement

# Cosine at or above which two mutual nearest neighbours are proposed. Chosen on
# ECB+ odd topics only (bench/semantic_tune.py); even topics are reported.
THRESHOLD = 0.75
MUTUAL = True  # only pairs that are each other's nearest neighbour in the other source
MIN_WORDS = 5  # a headline fragment or a dateline embeds close to anything on its topic


def semantic_statement_pairs(
    statements: Sequence[Statement], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """(cosine, i, j) for mutual nearest neighbours from two sources, cosine >= THRESHOLD."""
    return close_pairs(statements, threshold=THRESHOLD, mutual=MUTUAL)


def close_pairs(
    statements: Sequence[Statement], *, threshold: float, mutual: bool = True
) -> list[tuple[float, int, int]]:
    from compare.semantic.encoder import encoder  # onnxruntime loads here, not on import

    by_source: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        if len(words(statement.text)) >= MIN_WORDS:
            by_source[statement.source].append(i)
    if len(by_source) < 2:
        return []
    kept = [i for indexes in by_source.values() for i in indexes]
    vectors = encoder().embed([statements[i].text for i in kept])
    row = {i: n for n, i in enumerate(kept)}
    blocks = {source: vectors[[row[i] for i in indexes]] for source, indexes in by_source.items()}
    pairs = []
    names = list(by_source)
    for x, a in enumerate(names):
        for b in names[x + 1 :]:
            cosines = blocks[a] @ blocks[b].T
            best_in_b = cosines.argmax(axis=1)
            best_in_a = cosines.argmax(axis=0)
            for p, q in zip(*(cosines >= threshold).nonzero(), strict=True):
                if not mutual or (best_in_b[p] == q and best_in_a[q] == p):
                    i, j = by_source[a][int(p)], by_source[b][int(q)]
                    pairs.append((min(float(cosines[p, q]), 1.0), min(i, j), max(i, j)))
    return pairs
