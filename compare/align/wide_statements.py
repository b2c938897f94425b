"""Wide statement pairs: two sentences of two articles that are each other's best
match by a word cosine, one to one within each pair of articles, among the
sentences the statement model left without a partner in that article.

The word model's candidates need a shared word that is uncommon both in English
and in the compared articles; on real multi-outlet events most sentences that
state one fact share only the event's own words ("fire", "warehouse", "Palmer"),
which the articles use everywhere. Here words weigh their information in general
English alone (frequencies.information), as a TF-IDF cosine with a background
list would, so that two sentences made of the topic's words still meet.

Such a pair is often the same topic rather than the same fact, so it is only a
proposal: loose_statements keeps it when nothing in it clashes (unpair.unpairs)
and gives it the lowest score of the statement pairs, and `align` shows it only
when the judge finds the two sentences agree.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from compare.align.frequencies import information, zipf
from compare.align.mutual_best import cosine
from compare.align.pair_features import Sentence
from compare.align.words import STOPWORDS, display_words, stem

# Chosen on ECB+ odd topics (README, "How it is measured").
WIDE_COSINE = 0.35
# A word indexes a sentence when at least this informative (rarer than about once
# in 100,000 words of English: "warehouse", "rehab", not "said" or "people").
INDEXED = 4.0
# A word in more sentences than this indexes none: across hundreds of articles of
# many events a word that common pairs sentences of different events, and the
# pairs it would list cost more time than every other word's.
MOST_POSTINGS = 200
MIN_CONTENT = 3  # content words: a shorter line ("Photo: AP") states no fact
# A capitalised first word this frequent in English ("Police", "Officials") is a
# word, not a name (as unpair.COMMON_ZIPF).
COMMON_ZIPF = 5.0
# A wide pair must share a word that is no name and that the articles do not use
# in nearly every sentence (topicality at least this): "fire" and "warehouse" in
# every sentence on one warehouse fire pair its sentences by topic only ("the fire
# spread to the roof" / "the fire burned for six hours"). Chosen on ECB+ odd
# topics: it keeps 610 of 653 wide pairs there, at the same precision.
MIN_TOPICALITY = 0.3


def unit_vector(sentence: Sentence) -> dict[str, float]:
    """The sentence's content stems weighted by their information, of unit length."""
    vector: dict[str, float] = defaultdict(float)
    for k in sentence.content:
        vector[sentence.stems[k]] += information(sentence.stems[k])
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def wide_candidates(
    sentences: Sequence[Sentence],
    sources: Sequence[str],
    paired: Collection[tuple[int, str]],
    topicality: Callable[[str], float],
    threshold: float = WIDE_COSINE,
) -> list[tuple[float, int, int]]:
    """Pairs (cosine, i, j), i < j, from different sources, of at least `threshold`,
    best first, leaving out a sentence already `paired` (index, other source) with
    the other's source. Only pairs that share an informative word of at least
    MIN_TOPICALITY are met (a wide pair must share one such word that is no name).
    Not yet one to one: the caller assigns them, skipping pairs it rejects."""
    vectors = [unit_vector(s) if len(s.content) >= MIN_CONTENT else {} for s in sentences]
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for term in vector:
            if information(term) >= INDEXED and topicality(term) >= MIN_TOPICALITY:
                index[term].append(i)
    indexed = {t for t, postings in index.items() if len(postings) <= MOST_POSTINGS}
    # What the indexed words give each meeting pair, and a bound on what the other
    # words can add (the length of each side's rest, by Cauchy-Schwarz): most pairs
    # fall short of the threshold without a full dot product.
    partial: defaultdict[tuple[int, int], float] = defaultdict(float)
    for term in indexed:
        postings = index[term]
        for x, i in enumerate(postings):
            weight = vectors[i][term]
            for j in postings[x + 1 :]:
                partial[(i, j)] += weight * vectors[j][term]
    rest = [
        math.sqrt(sum(v * v for t, v in vector.items() if t not in indexed)) for vector in vectors
    ]
    found = []
    for (i, j), known in partial.items():
        if known + rest[i] * rest[j] < threshold or sources[i] == sources[j]:
            continue
        if (i, sources[j]) in paired or (j, sources[i]) in paired:
            continue
        cos = cosine(vectors[i], vectors[j])
        if cos >= threshold:
            found.append((cos, i, j))
    return sorted(found, key=lambda p: (-p[0], p[1], p[2]))


def shared_words(a: str, b: str) -> frozenset[str]:
    """The stems of the content words both sentences use that are no names:
    sentences that share only who they are about ("Lukashevich spoke to the
    media" / "Lukashevich warned that ...") describe the people, not one thing
    they did."""
    return _words_not_names(a) & _words_not_names(b)


@lru_cache(maxsize=4096)  # a sentence meets many candidates
def _words_not_names(text: str) -> frozenset[str]:
    found = set()
    for k, shown in enumerate(display_words(text)):
        word = shown.lower()
        if word in STOPWORDS or not word[:1].isalpha():
            continue
        if shown[:1].isupper() and (k > 0 or zipf(stem(word)) < COMMON_ZIPF):
            continue  # a name, or a word capitalised in a headline
        found.add(stem(word))
    return frozenset(found)
