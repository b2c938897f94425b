"""Matching statements that say the same thing in other words.

Lexical: a logistic model (statement_model.py, fitted by bench/mrpc.py) over
what two sentences share and what each adds (pair_features.py). Words are
weighted by how few sentences of the collection use them, so shared names and
rare words count for more than shared function words.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import attrs

from compare.align import statement_model
from compare.align.pair_features import Sentence, cover_bound, pair_features


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@attrs.frozen
class PairModel:
    """A logistic regression over pair features, trusted only on pairs with at
    least `min_cover` in common."""

    weights: Mapping[str, float]
    bias: float
    min_cover: float

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a pair says the same thing."""
        if features["min_cover"] < self.min_cover:
            # Less in common than nearly all the pairs the model was fitted on
            # (MRPC's were chosen as likely paraphrases): outside what it knows.
            return 0.0
        return sigmoid(self.bias + sum(w * features[n] for n, w in self.weights.items()))


MODEL = PairModel(statement_model.WEIGHTS, statement_model.BIAS, statement_model.MIN_COVER)
DEFAULT_THRESHOLD = statement_model.THRESHOLD


class StatementScorer:
    """Scores sentence pairs against the document frequencies of one collection."""

    def __init__(self, sentences: Sequence[str]) -> None:
        self.sentences = [Sentence(s) for s in sentences]
        # the content words' stems, for document frequencies and candidate blocking
        self.terms = [{s.stems[i] for i in s.content} for s in self.sentences]
        df: Counter[str] = Counter()
        for terms in self.terms:
            df.update(terms)
        n = max(1, len(sentences))
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.unseen = math.log(n + 1)  # a word no sentence of the collection has
        self.df = df
        self.n = n

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unseen)

    def features(self, i: int, j: int) -> dict[str, float] | None:
        return pair_features(self.sentences[i], self.sentences[j], self.weight)

    def score(self, i: int, j: int) -> float:
        """Probability that sentences i and j make the same statement."""
        a, b = self.sentences[i], self.sentences[j]
        bound = min(cover_bound(a, b, self.weight), cover_bound(b, a, self.weight))
        if bound < MODEL.min_cover:
            return 0.0  # what MODEL.probability would say, without aligning words
        features = self.features(i, j)
        return 0.0 if features is None else MODEL.probability(features)

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
        score = scorer.score(i, j)
        if score >= threshold:
            pairs.append((score, i, j))
    return pairs
