"""Matching statements that say the same thing in other words.

Lexical: a logistic model (statement_model.py, fitted by bench/fit_statements.py
on cross-outlet same-fact pairs and MRPC) over what two sentences share and
what each adds (pair_features.py). Words are weighted by how rare they are in
general English (frequencies.py), so shared names and rare words count for more
than shared function words, however few sentences the articles have.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import attrs
from rapidfuzz import fuzz

from compare.align import statement_model
from compare.align.blocking import cross_source_pairs
from compare.align.frequencies import information
from compare.align.pair_features import Sentence, cover_bound, pair_features
from compare.align.words import words
from compare.extract.attribution.marks import DOUBLE_MARKS, QuoteSpan, quote_spans


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
            # Less in common than nearly all the same-fact pairs the model was
            # fitted on: outside what it knows.
            return 0.0
        return sigmoid(self.bias + sum(w * features[n] for n, w in self.weights.items()))


MODEL = PairModel(statement_model.WEIGHTS, statement_model.BIAS, statement_model.MIN_COVER)
DEFAULT_THRESHOLD = statement_model.THRESHOLD
# Blocking: a word indexes a sentence when its weight (information times
# topicality) is at least 3.5, i.e. a word rarer than about once in 3,000 words
# of English that the articles do not use everywhere; a pair is scored when its
# shared indexed words weigh 5 or more together.
INDEXED_INFORMATION = 3.5
CANDIDATE_INFORMATION = 5.0
TOPIC_FLOOR = 0.2  # a word in every sentence still weighs a fifth of its information


class StatementScorer:
    """Scores sentence pairs; words weigh what they say in general English
    (frequencies.information), so that two short articles weigh words as a
    large collection would, times how little the articles' own sentences use
    them (topicality)."""

    def __init__(self, sentences: Sequence[str]) -> None:
        self.sentences = [Sentence(s) for s in sentences]
        # the content words' stems, for candidate blocking and topic words
        self.terms = [{s.stems[i] for i in s.content} for s in self.sentences]
        self.n = max(1, len(sentences))
        self.df: Counter[str] = Counter()
        for terms in self.terms:
            self.df.update(terms)
        self._weights: dict[str, float] = {}  # weight is asked once per word per pair

    def weight(self, term: str) -> float:
        """What a shared occurrence of `term` says: its information in general
        English, less when the articles at hand use it in many sentences (the
        topic's own words, "Russia" in a story on Russia, tell little about
        which two sentences state the same fact)."""
        known = self._weights.get(term)
        if known is None:
            known = self._weights[term] = information(term) * self.topicality(term)
        return known

    def topicality(self, term: str) -> float:
        """1 for a word in at most two sentences (so a lone pair of sentences
        scores as anywhere), falling with the share of sentences using it."""
        df = self.df.get(term, 0)
        if df <= 2:
            return 1.0
        return max(TOPIC_FLOOR, math.log(self.n / df) / math.log(self.n / 2))

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
        """Pairs from different sources whose shared uncommon words say enough
        (CANDIDATE_INFORMATION) to be worth scoring."""
        index: dict[str, list[int]] = defaultdict(list)
        for i, terms in enumerate(self.terms):
            for term in terms:
                if self.weight(term) >= INDEXED_INFORMATION:
                    index[term].append(i)
        shared: defaultdict[tuple[int, int], float] = defaultdict(float)
        for term, postings in index.items():
            weight = self.weight(term)
            for x in range(len(postings)):
                for y in range(x + 1, len(postings)):
                    i, j = postings[x], postings[y]
                    if sources[i] != sources[j]:
                        shared[(i, j)] += weight
        return [pair for pair, total in shared.items() if total >= CANDIDATE_INFORMATION]


def statement_pairs(
    texts: Sequence[str], sources: Sequence[str], threshold: float = DEFAULT_THRESHOLD
) -> list[tuple[float, int, int]]:
    scorer = StatementScorer(texts)
    pairs = []
    # The same sentence word for word in two sources states the same fact, however
    # common its words have become across them (two hundred copies of one wire story
    # leave no word uncommon enough to be a candidate otherwise).
    same: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        same[" ".join(words(text))].append(i)
    identical = set()
    for i, j in cross_source_pairs(same.values(), sources.__getitem__):
        identical.add((i, j))
        pairs.append((1.0, i, j))
    quoted = [quotations(text) for text in texts]
    unquoted: StatementScorer | None = None
    for i, j in scorer.candidates(sources):
        if (i, j) in identical:
            continue
        if different_quotations(texts[i], quoted[i], texts[j], quoted[j]):
            # The quote matcher judges the quotations; the statement must stand on
            # what the two sentences say besides them (often only who spoke).
            if unquoted is None:
                unquoted = StatementScorer(
                    [_without(t, q) for t, q in zip(texts, quoted, strict=True)]
                )
            score = min(scorer.score(i, j), unquoted.score(i, j))
        else:
            score = scorer.score(i, j)
        if score >= threshold:
            pairs.append((score, i, j))
    return pairs


MIN_QUOTED = 12  # characters: shorter passages are a word or two in quotation marks
QUOTE_LIKENESS = 60  # rapidfuzz token_set_ratio under which two passages differ


def quotations(text: str) -> list[QuoteSpan]:
    """A sentence's closed quotations in double marks, as the quote extractor reads them."""
    return [
        span
        for span in quote_spans(text, 0, len(text), 0)
        if span.closed and text[span.open] in DOUBLE_MARKS and span.end - span.start >= MIN_QUOTED
    ]


def different_quotations(
    a: str, quoted_a: Sequence[QuoteSpan], b: str, quoted_b: Sequence[QuoteSpan]
) -> bool:
    """Both sentences quote someone, and no passage of one is like a passage of the
    other ("'We see no grounds,' said Ryabkov" / "'They are saying no,' Ryabkov said")."""
    if not quoted_a or not quoted_b:
        return False
    return (
        max(
            fuzz.token_set_ratio(a[x.start : x.end], b[y.start : y.end])
            for x in quoted_a
            for y in quoted_b
        )
        < QUOTE_LIKENESS
    )


def _without(text: str, quoted: Sequence[QuoteSpan]) -> str:
    """The sentence with its quotations, marks and all, blanked out."""
    for span in reversed(quoted):
        text = f"{text[: span.open]} {text[span.close + 1 :]}"
    return text
