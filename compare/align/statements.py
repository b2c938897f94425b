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
from compare.align.attributions import attributed, one_speaker
from compare.align.blocking import cross_source_pairs
from compare.align.frequencies import information
from compare.align.pair_features import (
    Sentence,
    content_weights,
    cover_bound,
    covers,
    pair_features,
)
from compare.align.wide_statements import wide_candidates
from compare.align.words import remembered, words
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
# Pairs that share less (one indexed word, 3.5) are scored too, but loose at best.
THIN_INFORMATION = 3.5
TOPIC_FLOOR = 0.2  # a word in every sentence still weighs a fifth of its information


class StatementScorer:
    """Scores sentence pairs; words weigh what they say in general English
    (frequencies.information), so that two short articles weigh words as a
    large collection would, times how little the articles' own sentences use
    them (topicality)."""

    texts: list[str]
    sentences: list[Sentence]

    def __init__(self, sentences: Sequence[str], like: StatementScorer | None = None) -> None:
        # a sentence `like` has read already (the same text) is not read again
        known: dict[str, Sentence] = {}
        if like is not None:
            known = dict(zip(like.texts, like.sentences, strict=True))
        self.texts = list(sentences)
        self.sentences = [known.get(s) or Sentence(s) for s in sentences]
        # the content words' stems, for candidate blocking and topic words
        self.terms = [{s.stems[i] for i in s.content} for s in self.sentences]
        self.n = max(1, len(sentences))
        self.df: Counter[str] = Counter()
        for terms in self.terms:
            self.df.update(terms)
        self._vectors: dict[int, dict[str, float]] = {}
        self._weights: dict[str, float] = {}
        self._content_weights: dict[int, list[float]] = {}
        self._features: dict[tuple[int, int], dict[str, float] | None] = {}

    def weight(self, term: str) -> float:
        """What a shared occurrence of `term` says: its information in general
        English, less when the articles at hand use it in many sentences (the
        topic's own words, "Russia" in a story on Russia, tell little about
        which two sentences state the same fact). Made once per word."""
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

    def vector(self, i: int) -> dict[str, float]:
        """Sentence i's content stems, each by its weight, of unit length."""
        known = self._vectors.get(i)
        if known is None:
            s = self.sentences[i]
            vector: dict[str, float] = defaultdict(float)
            for k in s.content:
                vector[s.stems[k]] += self.weight(s.stems[k])
            norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
            known = self._vectors[i] = {t: v / norm for t, v in vector.items()}
        return known

    def content_weights(self, i: int) -> list[float]:
        """Sentence i's content words' weights, in order (made once per sentence:
        a sentence is scored against many)."""
        known = self._content_weights.get(i)
        if known is None:
            known = self._content_weights[i] = content_weights(self.sentences[i], self.weight)
        return known

    def features(self, i: int, j: int) -> dict[str, float] | None:
        """The pair's model features, worked out once per pair: the matcher scores a
        pair, and repeated facts ask its cover again. Callers only read the dict."""
        if (i, j) not in self._features:
            weights = (self.content_weights(i), self.content_weights(j))
            self._features[(i, j)] = pair_features(
                self.sentences[i], self.sentences[j], self.weight, weights
            )
        return self._features[(i, j)]

    def cover(self, i: int, j: int) -> float:
        """An upper bound of the model's min_cover feature (the share of either
        sentence's weight the other covers), from the words' sets alone: cheap."""
        a, b = self.sentences[i], self.sentences[j]
        return min(
            cover_bound(a, b, self.weight, self.content_weights(i)),
            cover_bound(b, a, self.weight, self.content_weights(j)),
        )

    def covers(self, i: int, j: int, floor: float) -> bool:
        """self.cover(i, j) >= floor, the second side read only when the first reaches it."""
        weights = (self.content_weights(i), self.content_weights(j))
        return covers(self.sentences[i], self.sentences[j], self.weight, floor, weights)

    def score(self, i: int, j: int) -> float:
        """Probability that sentences i and j make the same statement."""
        if not self.covers(i, j, MODEL.min_cover):
            return 0.0  # what MODEL.probability would say, without aligning words
        features = self.features(i, j)
        return 0.0 if features is None else MODEL.probability(features)

    def shared_information(self, sources: Sequence[str]) -> dict[tuple[int, int], float]:
        """What each pair of sentences from different sources shares, in the
        weight of the indexed words (INDEXED_INFORMATION) both use."""
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
        return shared

    def candidates(self, sources: Sequence[str]) -> list[tuple[int, int]]:
        """Pairs from different sources whose shared uncommon words say enough
        (CANDIDATE_INFORMATION) to be worth scoring."""
        shared = self.shared_information(sources)
        return [pair for pair, total in shared.items() if total >= CANDIDATE_INFORMATION]


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def mutually_closest(
    likeness: Mapping[tuple[int, int], float], sources: Sequence[str]
) -> set[tuple[int, int]]:
    """The pairs where each sentence is likelier the other than any other sentence
    of the other's source (ties kept): the sentence that states the same fact is
    usually the other's closest, and a sentence with a nearer rival in the other
    article is usually near this one by topic alone."""
    best: dict[tuple[int, str], float] = defaultdict(float)
    for (i, j), like in likeness.items():
        best[(i, sources[j])] = max(best[(i, sources[j])], like)
        best[(j, sources[i])] = max(best[(j, sources[i])], like)
    return {
        (i, j)
        for (i, j), like in likeness.items()
        if like >= best[(i, sources[j])] and like >= best[(j, sources[i])]
    }


@attrs.frozen
class GradedPairs:
    """The statement pairs of one comparison: `tight` pairs the model is sure of
    (candidates scoring at least the threshold), `loose` ones it is not sure of
    (each sentence the other's closest, scoring at least LOOSE_THRESHOLD, or past
    the threshold while sharing under CANDIDATE_INFORMATION): same topic, maybe
    the same fact, to be paired only when nothing in them clashes."""

    tight: list[tuple[float, int, int]]
    loose: list[tuple[float, int, int]]
    # wide_statements' candidates among the sentences no tight pair pairs with the
    # other's source, best first (with `loose` only)
    wide: list[tuple[float, int, int]] = attrs.field(factory=list)
    scorer: StatementScorer | None = None  # what scored them, for the wide pairs


# A loose pair's sentences are each other's closest, with a weighted word cosine
# and a probability of at least these (chosen on ECB+ odd topics, see README:
# with the unpair rules reading actors and governed negations, cosine 0.35 gives
# as many right pairs there as 0.4 at the same precision, 0.3 and 0.2 fall under
# 0.90; on the planted pairs' odd half it finds "no arrests were made" / "reported
# no arrests", cosine 0.38).
LOOSE_THRESHOLD = 0.3
LOOSE_COSINE = 0.35


def statement_pairs(
    texts: Sequence[str], sources: Sequence[str], threshold: float = DEFAULT_THRESHOLD
) -> list[tuple[float, int, int]]:
    """Scored pairs of statements from different sources that state the same fact."""
    return graded_statement_pairs(texts, sources, threshold, loose=False).tight


def scorer_of(texts: Sequence[str]) -> StatementScorer:
    """The word scorer of these texts, one object for the same texts read again in
    one comparison (the statement matcher and repeated facts read one set)."""
    return _scorer_of(tuple(texts))


# A scorer changes only by remembering what it has worked out from its own texts
# (vectors, weights), so handing one out again gives the same answers; emptied after
# each comparison with the other `remembered` caches.
@remembered(2)
def _scorer_of(texts: tuple[str, ...]) -> StatementScorer:
    return StatementScorer(texts)


def graded_statement_pairs(
    texts: Sequence[str],
    sources: Sequence[str],
    threshold: float = DEFAULT_THRESHOLD,
    *,
    loose: bool = True,
) -> GradedPairs:
    """The tight pairs and, with `loose`, the loose ones (see GradedPairs)."""
    scorer = scorer_of(texts)
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
    shared = scorer.shared_information(sources)
    likeness = (
        {pair: cosine(scorer.vector(pair[0]), scorer.vector(pair[1])) for pair in shared}
        if loose
        else {}
    )
    closest = {
        pair for pair in mutually_closest(likeness, sources) if likeness[pair] >= LOOSE_COSINE
    }
    quoted = [quotations(text) for text in texts]
    unquoted: StatementScorer | None = None
    unsaid: StatementScorer | None = None
    unsure = []
    for (i, j), total in shared.items():
        if (i, j) in identical or total < THIN_INFORMATION:
            continue
        if total < CANDIDATE_INFORMATION and (i, j) not in closest:
            continue  # a thin pair is scored only when each sentence is the other's closest
        quotes_differ = different_quotations(texts[i], quoted[i], texts[j], quoted[j])
        if quotes_differ:
            # The quote matcher judges the quotations; the statement must stand on
            # what the two sentences say besides them (often only who spoke).
            if unquoted is None:
                unquoted = StatementScorer(
                    [_without(t, q) for t, q in zip(texts, quoted, strict=True)], like=scorer
                )
            score = min(scorer.score(i, j), unquoted.score(i, j))
        else:
            score = scorer.score(i, j)
        said_apart = False
        if score >= threshold and one_speaker(texts[i], texts[j]):
            # One speaker's two sentences share who spoke: unless what was said pairs
            # them too (attributions.py), the pair is loose at best, each sentence the
            # other's closest, and a sure pair takes either sentence first.
            if unsaid is None:
                unsaid = StatementScorer([attributed(t).said for t in texts], like=scorer)
            said_apart = unsaid.score(i, j) < threshold
        if score >= threshold and total >= CANDIDATE_INFORMATION and not said_apart:
            pairs.append((score, i, j))
        elif quotes_differ:
            continue  # closeness measured with the quotations in says nothing here
        elif (score >= threshold and not said_apart) or (
            score >= LOOSE_THRESHOLD and (i, j) in closest
        ):
            unsure.append((min(score, threshold), i, j))
    # Being each other's closest is evidence only where there was a choice: two
    # one-sentence texts are each other's closest whatever they say (on MRPC's tuning
    # fifths such loose and wide pairs were mostly no paraphrases).
    sizes = Counter(sources)
    unsure = [p for p in unsure if sizes[sources[p[1]]] + sizes[sources[p[2]]] > 2]
    if not loose:
        return GradedPairs(pairs, unsure)
    paired = {(i, sources[j]) for _, i, j in pairs} | {(j, sources[i]) for _, i, j in pairs}
    wide = wide_candidates(scorer.sentences, sources, paired, scorer.topicality)
    wide = [p for p in wide if sizes[sources[p[1]]] + sizes[sources[p[2]]] > 2]
    return GradedPairs(pairs, unsure, wide, scorer)


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
