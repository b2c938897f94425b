"""Mutual-best sentence pairs: two statements of two articles, each the other's
closest in the other article by an information-weighted word cosine.

Most sentences that state one fact in two articles are never paired by the word
model: they share only the event's own words, which both articles use everywhere,
or they differ in just the slot that makes them worth showing ("at 10:20 a.m." /
"at 8:45 a.m."), which pushes them under every matcher's floor. Being each other's
closest across two whole articles is evidence of one fact that needs no high floor
on the words: on the planted pairs of the read sets (bench/pairing_cover.py) it
holds for about half the conflicts and two thirds of the agreements, but for under
a fifth of the traps. What is done with such a pair is best_clashes.py's and
best_agreements.py's.

Each content stem weighs its information in general English (frequencies.py), as
in wide_statements.unit_vector; two statements are compared when they share a word
at least INDEXED informative, so the closest partner is the closest among those.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import repeat
from operator import mul

from compare.align.figure_words import figure_words
from compare.align.frequencies import information
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Claim

# The lowest cosine of a mutual-best pair (chosen on the read sets and ECB+ odd
# topics, see README, "How it is measured").
BEST_COSINE = 0.2
# A word pairs statements for the cosine when at least this informative (rarer than
# about once in 10,000 words of English): two sentences sharing only commoner words
# are never each other's closest by much.
INDEXED = 3.0
# A word in more statements than this pairs none (as wide_statements.MOST_POSTINGS,
# which allows 200): across hundreds of articles its pairs cost more than all
# others'. 50 gives the same ECB+ pairs as 200 (both halves), and all 509 ECB+
# articles in one comparison CPU 64.9 -> 60.4 s.
MOST_POSTINGS = 50
MIN_CONTENT = 3  # content words: a shorter line ("Photo: AP") states no fact


def mutual_best(
    statements: Sequence[Claim], floor: float = BEST_COSINE
) -> tuple[tuple[float, int, int], ...]:
    """(cosine, i, j), i < j, of statements of two sources, each the other's closest
    in the other's source (no tie), of cosine at least `floor`, best first."""
    return _mutual_best(tuple((s.source, s.text) for s in statements), floor)


@remembered(4)  # both best_clashes and best_agreements ask, of one comparison
def _mutual_best(
    statements: tuple[tuple[str, str], ...], floor: float
) -> tuple[tuple[float, int, int], ...]:
    sources = [source for source, _ in statements]
    vectors = [unit_vector(text) for _, text in statements]
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for term in vector:
            if information(term) >= INDEXED:
                index[term].append(i)  # in order of i
    indexed = {t for t, postings in index.items() if len(postings) <= MOST_POSTINGS}
    # What the other words can add to a dot product: at most the product of the two
    # sides' lengths over them (Cauchy-Schwarz), so most pairs fall short of the
    # floor without a full dot product. A pair under the floor can decide nothing:
    # a closer partner than a pair of at least the floor is at least the floor too.
    rest = [
        math.sqrt(sum(v * v for t, v in vector.items() if t not in indexed)) for vector in vectors
    ]
    likeness: dict[tuple[int, int], float] = {}
    for i, vector in enumerate(vectors):
        known: defaultdict[int, float] = defaultdict(float)  # one row at a time: little memory
        for term, weight in vector.items():
            if term not in indexed:
                continue
            postings = index[term]
            for j in postings[bisect_right(postings, i) :]:
                if sources[j] != sources[i]:
                    known[j] += weight * vectors[j][term]
        for j, dot in known.items():
            if dot + rest[i] * rest[j] >= floor:
                like = cosine(vector, vectors[j])
                if like >= floor:
                    likeness[(i, j)] = like
    best: dict[tuple[int, str], float] = defaultdict(float)
    ties: dict[tuple[int, str], int] = defaultdict(int)
    for (i, j), like in likeness.items():
        for one, other in ((i, j), (j, i)):
            key = (one, sources[other])
            if like > best[key]:
                best[key], ties[key] = like, 1
            elif like == best[key]:
                ties[key] += 1
    # Being each other's closest is evidence only where there was a choice: two
    # one-sentence texts are each other's closest whatever they say.
    sizes = Counter(sources)
    pairs = []
    for (i, j), like in likeness.items():
        if sizes[sources[i]] + sizes[sources[j]] <= 2:
            continue
        key_i, key_j = (i, sources[j]), (j, sources[i])
        if like == best[key_i] == best[key_j] and ties[key_i] == ties[key_j] == 1:
            pairs.append((like, i, j))
    return tuple(sorted(pairs, key=lambda p: (-p[0], p[1], p[2])))


@remembered(TEXTS_REMEMBERED)  # best_clashes and best_agreements read one statement each
def unit_vector(text: str) -> dict[str, float]:
    """The text's content stems weighted by their information, of unit length
    (empty for a text of under MIN_CONTENT content words); written amounts as their
    digits (figure_words). Remembered: every caller gets the same dict, to read only."""
    # "Forty-three" / "43", "thirty thousand" / "30,000": one figure, one word
    content = [stem(w) for w in figure_words(words(text)) if w not in STOPWORDS]
    if len(content) < MIN_CONTENT:
        return {}
    vector: dict[str, float] = defaultdict(float)
    for term in content:
        vector[term] += information(term)
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    # the products in a's order, as a generator would add them, without a frame per
    # term: a comparison of hundreds of articles computes hundreds of thousands
    total: float = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    return total
