"""Two sentences that share a word only in other words: one uncommon word of each,
of different stems, tied by a WordNet sense or a derivational family ("hopes to
acquire the hoard" / "wants to buy the collection", "has denied knowing" / "says he
knew nothing").

best_agreements.py shows a mutual-best pair only when the two sentences share a word
that is no name and not the topic's own (or a figure): sentences that share only
who they are about describe the people, not one thing they did. A reporter who
tells the fact in other words shares none, though the words are one: the same
test, read through the synonyms and derivations the word model's alignment reads
(pair_features), keeps such a pair. Both words must be uncommon (information at
least mutual_best.INDEXED, as for the words a reported quote must tell again) and
not the topic's own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from compare.align.derivations import families
from compare.align.frequencies import information, zipf
from compare.align.mutual_best import INDEXED
from compare.align.synonyms import senses
from compare.align.wide_statements import COMMON_ZIPF, MIN_TOPICALITY
from compare.align.words import STOPWORDS, display_words, stem


def kindred_shared(a: str, b: str, topicality: Callable[[str], float]) -> bool:
    """Do the sentences hold one uncommon word each, no name, of two stems tied by a
    WordNet sense or a derivational family, neither the topic's own?"""
    keys_b: dict[str, set[str]] = defaultdict(set)
    for word, term in _plain_words(b):
        if _telling(term, topicality):
            for key in _keys(word):
                keys_b[key].add(term)
    if not keys_b:
        return False
    for word, term in _plain_words(a):
        if not _telling(term, topicality):
            continue
        for key in _keys(word):
            if keys_b.get(key, set()) - {term}:
                return True
    return False


def _telling(term: str, topicality: Callable[[str], float]) -> bool:
    return information(term) >= INDEXED and topicality(term) >= MIN_TOPICALITY


@lru_cache(maxsize=4096)  # a sentence meets many candidates
def _plain_words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, stem) of the text's content words that are no names (as
    wide_statements.shared_words reads them)."""
    found = []
    for k, shown in enumerate(display_words(text)):
        word = shown.lower()
        if word in STOPWORDS or not word[:1].isalpha():
            continue
        if shown[:1].isupper() and (k > 0 or zipf(stem(word)) < COMMON_ZIPF):
            continue
        found.append((word, stem(word)))
    return tuple(found)


@lru_cache(maxsize=16384)
def _keys(word: str) -> frozenset[str]:
    return senses(word) | families(word)
