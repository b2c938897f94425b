"""Matching statements that say the same thing in other words.

Candidates: each sentence's weighted word vector (a word weighs its information
in general English, frequencies.py, times how little the compared articles use
it) is compared with every sentence of the other sources that shares a word; a
pair is scored when each sentence is the other's closest in the other's source
and their cosine is at least CANDIDATE_COSINE: the sentence that states the
same fact is usually the other's closest, and a sentence with several near
rivals in a long article on one story is usually near them by topic alone.

Decision: a logistic model (statement_model.py, fitted by bench/fit_statements.py
on cross-outlet same-fact pairs and MRPC) over what two sentences share and
what each adds (pair_features.py), their cosine, whether their frames name one
predicate, and what they share that their own articles use nowhere else.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import attrs
from rapidfuzz import fuzz

from compare.align import statement_model
from compare.align.frames import confident, same_predicate
from compare.align.frequencies import information
from compare.align.pair_features import Sentence, cover_bound, pair_features
from compare.align.words import words
from compare.extract.attribution.marks import DOUBLE_MARKS, QuoteSpan, quote_spans
from compare.extract.claims import Frame


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
# Candidates: a pair is scored when each sentence is the other's closest in its
# source and their cosine is at least this. Pairs where only one side is the
# other's closest added a fifth of fact recall on ECB+'s fitting topics, but in
# two long articles on one story they were mostly the same topic, not the same
# fact (on the bundled pair, 9 of the 10 such pairs past the threshold).
CANDIDATE_COSINE = 0.08
_SAME = 1e-12  # two sums of the same products in another order
# A word counts among the specific words a pair shares when it is at least this
# rare in English (about once in 30,000 words: not "said", "year", "people").
SPECIFIC_INFORMATION = 4.5
TOPIC_FLOOR = 0.2  # a word in every sentence still weighs a fifth of its information
# The features the scorer adds to pair_features: the pair's cosine, what their
# frames say when the claims carry them, and what the pair shares that its two
# articles say nowhere else.
CONTEXT_FEATURES = (
    "cosine",
    "same_predicate",
    "specific_information",
    "specific_words",
    "shared_figures",
)


class StatementScorer:
    """Scores sentence pairs; words weigh what they say in general English
    (frequencies.information), so that two short articles weigh words as a
    large collection would, times how little the articles' own sentences use
    them (topicality)."""

    def __init__(
        self,
        sentences: Sequence[str],
        frames: Sequence[Frame | None] = (),
        sources: Sequence[str] = (),
    ) -> None:
        self.sentences = [Sentence(s) for s in sentences]
        self.frames = list(frames) or [None] * len(self.sentences)
        # without sources, every sentence is an article of its own
        self.sources = list(sources) or [str(i) for i in range(len(self.sentences))]
        self.n = max(1, len(sentences))
        self.df: Counter[str] = Counter()
        # (source, stem) -> how many of the source's sentences use the stem
        self.source_df: Counter[tuple[str, str]] = Counter()
        for s, source in zip(self.sentences, self.sources, strict=True):
            stems = {s.stems[i] for i in s.content}
            self.df.update(stems)
            self.source_df.update((source, t) for t in stems)
        self._weights: dict[str, float] = {}  # weight(), once per word
        self.vectors = [self._vector(s) for s in self.sentences]
        self.cosines: dict[tuple[int, int], float] = {}  # filled by candidates()

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

    def _vector(self, s: Sentence) -> dict[str, float]:
        """The sentence's content stems, each by its weight, of unit length."""
        vector: dict[str, float] = defaultdict(float)
        for i in s.content:
            vector[s.stems[i]] += self.weight(s.stems[i])
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {t: v / norm for t, v in vector.items()}

    def cosine(self, i: int, j: int) -> float:
        a, b = self.vectors[i], self.vectors[j]
        if len(b) < len(a):
            a, b = b, a
        return sum(v * b.get(t, 0.0) for t, v in a.items())

    def candidates(self, mutual: bool = True) -> list[tuple[int, int]]:
        """Pairs from different sources where each sentence is the other's
        closest in its source (by cosine), with a cosine of CANDIDATE_COSINE or
        more; without `mutual`, where either is the other's closest (a sentence
        split in two elsewhere is the closest of both halves, but each half has
        only a part of it). One sentence's cosines at a time, keeping only its
        closest per source: the memory grows with the sentences, not with every
        pair sharing a word."""
        sources = self.sources
        index: dict[str, list[int]] = defaultdict(list)
        for i, vector in enumerate(self.vectors):
            for term in vector:
                index[term].append(i)
        best: dict[tuple[int, str], float] = {}  # (sentence, other source) -> best cosine
        near: dict[tuple[int, int], float] = {}  # each pair closest from one side
        for i, vector in enumerate(self.vectors):
            dots: defaultdict[int, float] = defaultdict(float)
            for term, weight in vector.items():
                for j in index[term]:
                    if sources[j] != sources[i]:
                        dots[j] += weight * self.vectors[j][term]
            top: dict[str, float] = {}
            for j, cos in dots.items():
                if cos >= CANDIDATE_COSINE and cos > top.get(sources[j], 0.0):
                    top[sources[j]] = cos
            for j, cos in dots.items():
                if cos >= CANDIDATE_COSINE and cos >= top[sources[j]] - _SAME:
                    near[(min(i, j), max(i, j))] = cos
            best.update(((i, source), cos) for source, cos in top.items())
        for (i, j), cos in near.items():
            closest_i = cos >= best[(i, sources[j])] - _SAME
            closest_j = cos >= best[(j, sources[i])] - _SAME
            if (closest_i and closest_j) or not mutual:
                self.cosines[(i, j)] = cos
        return list(self.cosines)

    def features(self, i: int, j: int) -> dict[str, float] | None:
        features = pair_features(self.sentences[i], self.sentences[j], self.weight)
        if features is None:
            return None
        cosine = self.cosines.get((min(i, j), max(i, j)))
        return (
            features
            | {"cosine": self.cosine(i, j) if cosine is None else cosine}
            | self._frame_features(i, j)
            | self._specific_features(i, j)
        )

    def _specific_features(self, i: int, j: int) -> dict[str, float]:
        """What the two sentences share that their own articles say nowhere else.
        Two long articles on one story share their topic's words in many
        sentence pairs; a word (a name, a figure, a rare verb) that each article
        uses in this sentence alone points at one fact rather than one topic."""
        a, b = self.sentences[i], self.sentences[j]
        source_a, source_b = self.sources[i], self.sources[j]
        shared = {a.stems[k] for k in a.content} & {b.stems[k] for k in b.content}
        specific = words = 0.0
        for term in shared:
            uses = max(self.source_df[(source_a, term)], self.source_df[(source_b, term)], 1)
            specific += information(term) / uses
            words += uses == 1 and information(term) >= SPECIFIC_INFORMATION
        figures = {w for w in a.words if w[:1].isdigit()} & {w for w in b.words if w[:1].isdigit()}
        return {
            "specific_information": specific / 10,
            "specific_words": words,
            "shared_figures": float(len(figures)),
        }

    def _frame_features(self, i: int, j: int) -> dict[str, float]:
        """Whether the clauses' frames name one event by the same confident
        predicate (0 without frames). Whether frames clash was tried as well:
        on the fitting topics it added nothing and took a positive weight, the
        frames of one event told by two outlets differing too often."""
        a, b = self.frames[i], self.frames[j]
        if a is None or b is None:
            return {"same_predicate": 0.0}
        la, lb = a.lemma or "", b.lemma or ""
        return {"same_predicate": float(confident(la) and confident(lb) and same_predicate(la, lb))}

    def score(self, i: int, j: int) -> float:
        """Probability that sentences i and j make the same statement."""
        a, b = self.sentences[i], self.sentences[j]
        bound = min(cover_bound(a, b, self.weight), cover_bound(b, a, self.weight))
        if bound < MODEL.min_cover:
            return 0.0  # what MODEL.probability would say, without aligning words
        features = self.features(i, j)
        return 0.0 if features is None else MODEL.probability(features)


def statement_pairs(
    texts: Sequence[str],
    sources: Sequence[str],
    threshold: float = DEFAULT_THRESHOLD,
    frames: Sequence[Frame | None] = (),
    one_to_one: bool = True,
) -> list[tuple[float, int, int]]:
    """Scored pairs of statements from different sources that state the same
    fact. With `one_to_one` off, a sentence may pair with several of one source."""
    scorer = StatementScorer(texts, frames, sources)
    pairs = []
    # The same sentence word for word in two sources states the same fact, however
    # common its words have become across them (two hundred copies of one wire story
    # leave no word uncommon enough to weigh anything otherwise).
    same: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        same[" ".join(words(text))].append(i)
    identical = set()
    for postings in same.values():
        for x, i in enumerate(postings):
            for j in postings[x + 1 :]:
                if sources[i] != sources[j]:
                    identical.add((i, j))
                    pairs.append((1.0, i, j))
    quoted = [quotations(text) for text in texts]
    unquoted: StatementScorer | None = None
    for i, j in scorer.candidates(mutual=one_to_one):
        if (i, j) in identical:
            continue
        if different_quotations(texts[i], quoted[i], texts[j], quoted[j]):
            # The quote matcher judges the quotations; the statement must stand on
            # what the two sentences say besides them (often only who spoke).
            if unquoted is None:
                unquoted = StatementScorer(
                    [_without(t, q) for t, q in zip(texts, quoted, strict=True)], (), sources
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
