"""Matching statements that say the same thing in other words.

Lexical, and tuned for precision: a pair needs shared rare words (weighted by
how few sentences use them) and fuzzy similarity together. Figures or names
that one sentence has and the other contradicts count against the pair.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from compare.align.words import STOPWORDS, stem, words

DEFAULT_THRESHOLD = 0.45  # best F1 on the MRPC tuning fifth (bench/mrpc.py --sweep)
_NUMBER = re.compile(r"\d[\d,.]*")


class StatementScorer:
    """Scores sentence pairs against the document frequencies of one collection."""

    def __init__(self, sentences: Sequence[str]) -> None:
        self.terms = [self._terms(s) for s in sentences]
        df: Counter[str] = Counter()
        for terms in self.terms:
            df.update(terms)
        n = max(1, len(sentences))
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.df = df
        self.n = n

    @staticmethod
    def _terms(sentence: str) -> set[str]:
        return {stem(w) for w in words(sentence) if w not in STOPWORDS}

    def score(self, i: int, j: int, a: str, b: str) -> float:
        ta, tb = self.terms[i], self.terms[j]
        if not ta or not tb:
            return 0.0
        shared = ta & tb
        weight = self.idf.get
        wa = sum(weight(t, 0.0) for t in ta)
        wb = sum(weight(t, 0.0) for t in tb)
        cosine = sum(weight(t, 0.0) for t in shared) / math.sqrt(max(wa * wb, 1e-9))
        fuzzy = fuzz.token_set_ratio(a.lower(), b.lower()) / 100
        score = 0.65 * cosine + 0.35 * fuzzy
        numbers_a, numbers_b = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
        if numbers_a and numbers_b and not numbers_a & numbers_b:
            score -= 0.1  # different figures: probably different facts
        return max(0.0, min(1.0, score))

    def candidates(self, sources: Sequence[str]) -> list[tuple[int, int]]:
        """Pairs from different sources that share at least two uncommon terms."""
        limit = max(5, int(0.05 * self.n))
        index: dict[str, list[int]] = defaultdict(list)
        for i, terms in enumerate(self.terms):
            for term in terms:
                if self.df[term] <= limit:
                    index[term].append(i)
        shared: Counter[tuple[int, int]] = Counter()
        for postings in index.values():
            for x in range(len(postings)):
                for y in range(x + 1, len(postings)):
                    i, j = postings[x], postings[y]
                    if sources[i] != sources[j]:
                        shared[(i, j)] += 1
        return [pair for pair, count in shared.items() if count >= 2]


def statement_pairs(
    texts: Sequence[str], sources: Sequence[str], threshold: float = DEFAULT_THRESHOLD
) -> list[tuple[float, int, int]]:
    scorer = StatementScorer(texts)
    pairs = []
    for i, j in scorer.candidates(sources):
        score = scorer.score(i, j, texts[i], texts[j])
        if score >= threshold:
            pairs.append((score, i, j))
    return pairs
