"""A fitted proposer of sentence pairs that tell one fact: the features of every
pair of body sentences of two articles, and the pairs a fitted logistic regression
(fitted_pair_model.py, made by bench/fit_pairs.py) ranks each other's best.

The word model (statements.py) and the mutual-best cosine (mutual_best.py) each
read one likeness of two sentences. Most planted same-fact pairs they never
propose share only the story's words, or differ in the very slot that is worth
showing. A pair's standing among the other sentences of both articles (is it the
row's best, the column's best, by how much), where the two sentences stand in their
articles, and which kinds of claim both carry (a figure, a day, a place, a quote)
say more together than any one likeness; how much each counts is fitted, not
written by hand.

fitted_agreement_pairs and fitted_clash_pairs are matchers for the registry
(best_agreements' and best_clashes' checks over the fitted pairs, with gates of
their own), not registered: at stop 42, registered, they moved no count of the
hold-out (fresh34) or of either validation set, against agreements +9 and typed
conflicts +1 on the read sets fitted on; without the gates, the fitted pairs
showed ✓ over planted conflicts (read sets +12) and three false negations on
ECB+. What they propose is measured by bench/fit_pairs.py.

Sentences are compared by their statements' sentences (one row per sentence: a
sentence holding two statements is one row). Only pairs of some likeness are
scored at all (CHEAP_FLOOR): the rest score nothing, so a comparison of many
articles costs little more than the cosines it computes anyway.
"""

from __future__ import annotations

import math
import re
import weakref
from collections import defaultdict
from collections.abc import Mapping, Sequence

import attrs

from compare.align import fitted_pair_model
from compare.align.best_agreements import best_agreement_pairs, shared_figures
from compare.align.best_clashes import best_clash_pairs
from compare.align.mutual_best import cosine, unit_vector
from compare.align.pair_features import Sentence as PairSentence
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statements import MODEL, StatementScorer
from compare.align.words import words
from compare.extract import Claim
from compare.extract.claims import Kind
from compare.ingest import HEADLINE

# Pairs under this information-weighted cosine are not scored: on the read sets'
# planted pairs nearly every same-fact pair is above it (bench/fit_pairs.py prints
# the share), and it keeps the word alignment off most of a long comparison's pairs.
CHEAP_FLOOR = 0.02
# The claim kinds whose presence in both sentences, or in one only, is a feature.
_KINDS = (Kind.NUMBER, Kind.DATE, Kind.TIME, Kind.PLACE, Kind.QUOTE, Kind.ROLE)


@attrs.frozen
class SentenceRow:
    """One body sentence with a statement: its first statement's index and where
    the sentence stands in its article."""

    statement: int
    source: str
    text: str
    position: float  # 0 for the article's first such sentence, 1 for its last
    kinds: frozenset[Kind]


@attrs.frozen
class ScoredPair:
    """A pair of sentences of two articles and its features."""

    a: int  # rows
    b: int
    features: Mapping[str, float]


def sentence_rows(statements: Sequence[Claim], sentences: SentenceClaims) -> list[SentenceRow]:
    """One row per body sentence holding a statement, in statement order."""
    first: dict[tuple[str, int], int] = {}
    for i, claim in enumerate(statements):
        if claim.kind != Kind.STATEMENT or claim.block == HEADLINE:
            continue
        first.setdefault((claim.source, claim.sentence_start), i)
    per_source: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for key in sorted(first, key=lambda k: (k[0], k[1])):
        per_source[key[0]].append(key)
    rows = []
    for key, i in first.items():
        keys = per_source[key[0]]
        place = keys.index(key)
        claim = statements[i]
        kinds = frozenset(c.kind for c in sentences.of(claim) if c.kind in _KINDS)
        rows.append(
            SentenceRow(i, claim.source, claim.sentence, place / max(1, len(keys) - 1), kinds)
        )
    return rows


def pair_table(
    rows: Sequence[SentenceRow],
    between: frozenset[str] | None = None,
    scorer: StatementScorer | None = None,
) -> list[ScoredPair]:
    """The features of every pair of rows of two sources at least CHEAP_FLOOR alike;
    with `between`, of the pairs of those two sources only. A pair's features read
    only its two sources' rows (and word weights over all rows), so the pairs of two
    sources come out the same either way. `scorer`: the word model over all rows'
    texts, when the caller keeps one for several tables."""
    chosen = [i for i, r in enumerate(rows) if between is None or r.source in between]
    vectors = {i: unit_vector(rows[i].text) for i in chosen}
    likeness: dict[tuple[int, int], float] = {}
    for n, x in enumerate(chosen):
        for y in chosen[n + 1 :]:
            if rows[x].source != rows[y].source:
                likeness[(x, y)] = cosine(vectors[x], vectors[y])
    # each row's likenesses towards each other source, for ranks and gaps
    towards: dict[tuple[int, str], list[float]] = defaultdict(list)
    for (x, y), like in likeness.items():
        towards[(x, rows[y].source)].append(like)
        towards[(y, rows[x].source)].append(like)
    kept = [(x, y) for (x, y), like in likeness.items() if like >= CHEAP_FLOOR]
    if scorer is None:
        scorer = StatementScorer([r.text for r in rows])
    probabilities: dict[tuple[int, int], float] = {}
    aligned: dict[tuple[int, int], dict[str, float]] = {}
    for x, y in kept:
        features = scorer.features(x, y) or {}
        aligned[(x, y)] = features
        probabilities[(x, y)] = MODEL.probability(features) if features else 0.0
    model_towards: dict[tuple[int, str], list[float]] = defaultdict(list)
    for (x, y), p in probabilities.items():
        model_towards[(x, rows[y].source)].append(p)
        model_towards[(y, rows[x].source)].append(p)
    table = []
    for x, y in kept:
        a, b = rows[x], rows[y]
        like = likeness[(x, y)]
        p = probabilities[(x, y)]
        row_a, row_b = towards[(x, b.source)], towards[(y, a.source)]
        model_a, model_b = model_towards[(x, b.source)], model_towards[(y, a.source)]
        features = {
            "cosine": like,
            "model": p,
            "rank_a": 1.0 / (1 + sum(v > like for v in row_a)),
            "rank_b": 1.0 / (1 + sum(v > like for v in row_b)),
            "gap_a": like - max(v for v in row_a if v != like) if len(row_a) > 1 else like,
            "gap_b": like - max(v for v in row_b if v != like) if len(row_b) > 1 else like,
            "model_rank_a": 1.0 / (1 + sum(v > p for v in model_a)),
            "model_rank_b": 1.0 / (1 + sum(v > p for v in model_b)),
            "position_apart": abs(a.position - b.position),
            "position_first": min(a.position, b.position),
            "shared_figures": float(len(shared_figures(a.text, b.text))),
            "log_length": math.log(1 + len(words(a.text)) + len(words(b.text))),
        }
        for kind in _KINDS:
            has_a, has_b = kind in a.kinds, kind in b.kinds
            features[f"both_{kind.value}"] = float(has_a and has_b)
            features[f"one_{kind.value}"] = float(has_a != has_b)
        for name in fitted_pair_model.ALIGNED:
            features[name] = aligned[(x, y)].get(name, 0.0)
        table.append(ScoredPair(x, y, features))
    return table


def probability(features: Mapping[str, float]) -> float:
    """The fitted model's probability that the pair tells one fact."""
    z = fitted_pair_model.BIAS
    for name, weight in fitted_pair_model.WEIGHTS.items():
        mean, scale = fitted_pair_model.SCALING[name]
        z += weight * (features.get(name, 0.0) - mean) / scale
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def mutual_fitted(
    rows: Sequence[SentenceRow], table: Sequence[ScoredPair], floor: float
) -> list[tuple[float, int, int]]:
    """(probability, row a, row b) of the pairs each of whose rows has no likelier
    partner in the other's source (no tie), of probability at least `floor`."""
    scored = [(probability(p.features), p.a, p.b) for p in table]
    best: dict[tuple[int, str], float] = defaultdict(float)
    ties: dict[tuple[int, str], int] = defaultdict(int)
    for p, x, y in scored:
        for one, other in ((x, y), (y, x)):
            key = (one, rows[other].source)
            if p > best[key]:
                best[key], ties[key] = p, 1
            elif p == best[key]:
                ties[key] += 1
    found = []
    for p, x, y in scored:
        key_x, key_y = (x, rows[y].source), (y, rows[x].source)
        if p >= floor and p == best[key_x] == best[key_y] and ties[key_x] == ties[key_y] == 1:
            found.append((p, x, y))
    return sorted(found, key=lambda t: (-t[0], t[1], t[2]))


SentenceKey = tuple[str, int]  # (source, sentence start)


def fitted_sentence_pairs(
    statements: Sequence[Claim], sentences: SentenceClaims
) -> dict[tuple[SentenceKey, SentenceKey], float]:
    """The sentence pairs (keys in source order) the fitted model ranks each other's
    likeliest partner, at least fitted_pair_model.FLOOR, with their probability.
    Read over every statement of the comparison when `sentences` knows them; one
    comparison's answer is kept for every matcher that asks."""
    if sentences.by_sentence:
        known = _by_index.get(sentences)
        if known is None:
            known = _by_index[sentences] = _fitted_keys(sentences.statements(), sentences)
        return known
    return _fitted_keys(statements, sentences)


def _fitted_keys(
    statements: Sequence[Claim], sentences: SentenceClaims
) -> dict[tuple[SentenceKey, SentenceKey], float]:
    rows = sentence_rows(statements, sentences)
    return _keyed(statements, rows, pair_table(rows))


def _keyed(
    statements: Sequence[Claim], rows: Sequence[SentenceRow], table: Sequence[ScoredPair]
) -> dict[tuple[SentenceKey, SentenceKey], float]:
    """The table's mutually likeliest pairs by their sentences' keys."""
    return {
        _sentence_pair(statements[rows[x].statement], statements[rows[y].statement]): p
        for p, x, y in mutual_fitted(rows, table, fitted_pair_model.FLOOR)
    }


def _sentence_pair(a: Claim, b: Claim) -> tuple[SentenceKey, SentenceKey]:
    """The two claims' sentence keys, in source order."""
    key_a, key_b = (a.source, a.sentence_start), (b.source, b.sentence_start)
    return min(key_a, key_b), max(key_a, key_b)


_by_index: weakref.WeakKeyDictionary[
    SentenceClaims, dict[tuple[SentenceKey, SentenceKey], float]
] = weakref.WeakKeyDictionary()


def fitted_tie(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Are the two claims' sentences a fitted pair (each the other's likeliest
    partner)? A tie the closest-sentence readings may take in place of shared words.
    Only the two claims' sources are scored (each pair of sources once per
    comparison): whether a pair is each other's likeliest reads those two articles
    alone, and scoring every pair of a 20-article comparison to break one draw made
    the whole comparison four times slower."""
    if not sentences.by_sentence or a.source == b.source:
        return False
    between = _fitted_keys_between(sentences, frozenset((a.source, b.source)))
    return _sentence_pair(a, b) in between


def _fitted_keys_between(
    sentences: SentenceClaims, between: frozenset[str]
) -> dict[tuple[SentenceKey, SentenceKey], float]:
    known = _between_index.setdefault(sentences, {})
    found = known.get(between)
    if found is None:
        statements = sentences.statements()
        read = _rows_index.get(sentences)
        if read is None:
            rows = sentence_rows(statements, sentences)
            # one word model over every row for all the source pairs asked: building
            # it per pair cost more than scoring the pairs
            read = _rows_index[sentences] = (rows, StatementScorer([r.text for r in rows]))
        rows, scorer = read
        found = known[between] = _keyed(statements, rows, pair_table(rows, between, scorer))
    return found


_between_index: weakref.WeakKeyDictionary[
    SentenceClaims, dict[frozenset[str], dict[tuple[SentenceKey, SentenceKey], float]]
] = weakref.WeakKeyDictionary()
_rows_index: weakref.WeakKeyDictionary[
    SentenceClaims, tuple[list[SentenceRow], StatementScorer]
] = weakref.WeakKeyDictionary()


def fitted_statement_pairs(
    statements: Sequence[Claim], sentences: SentenceClaims
) -> list[tuple[float, int, int]]:
    """(probability, i, j), i < j: the first statements of the fitted sentence pairs."""
    first: dict[SentenceKey, int] = {}
    for i, claim in enumerate(statements):
        first.setdefault((claim.source, claim.sentence_start), i)
    found = []
    for (key_a, key_b), p in fitted_sentence_pairs(statements, sentences).items():
        if key_a in first and key_b in first:
            i, j = first[key_a], first[key_b]
            found.append((p, min(i, j), max(i, j)))
    return sorted(found, key=lambda t: (-t[0], t[1], t[2]))


def fitted_agreement_pairs(
    statements: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """The fitted pairs that nothing in them sets apart (best_agreements' tests):
    scored under every other statement pair, joining no group, shown only when the
    judge finds they agree."""
    candidates = [
        (p, i, j)
        for p, i, j in fitted_statement_pairs(statements, sentences)
        if not names_apart(statements[i].sentence, statements[j].sentence)
        and not told_on_one_side(statements[i], statements[j], sentences)
    ]
    if not candidates:
        return []
    return best_agreement_pairs(statements, options, sentences, floor=0.0, candidates=candidates)


def told_on_one_side(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Does one sentence deny, or give a figure, day, time, place or quote, where
    the other does not? A pair the fitted model offers shares no words to read
    that slot against ("announced at 2pm" / "read out shortly before half past
    eleven", "did not buy" / "returned to the sale"): what one side alone tells
    may be the very clash, so the pair is no agreement to show."""
    if PairSentence(a.sentence).negated != PairSentence(b.sentence).negated:
        return True
    told_a = {c.kind for c in sentences.of(a)} & _SLOTS
    told_b = {c.kind for c in sentences.of(b)} & _SLOTS
    return told_a != told_b


_SLOTS = frozenset({Kind.NUMBER, Kind.DATE, Kind.TIME, Kind.PLACE, Kind.QUOTE})


def names_apart(a: str, b: str) -> bool:
    """Does either sentence name someone or somewhere (a capitalised word after its
    first) that the other does not name? The fitted model ties two sentences by
    where they stand and what kinds of claim they carry, not by who or where: two
    sentences it pairs that name two suburbs, or two finders, of one event are as
    often a planted conflict the judge cannot read as one agreement."""
    names_a, names_b = _names(a), _names(b)
    return bool(names_a ^ names_b)


def _names(sentence: str) -> frozenset[str]:
    opening = len(sentence) - len(sentence.lstrip(" \"'\u201c\u2018("))
    found = (m.group() for m in _CAPITALISED.finditer(sentence) if m.start() != opening)
    return frozenset(w.lower().removesuffix("'s") for w in found) - _NO_NAMES


# "I" and the words that start a quotation name no one
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*[a-z][\w-]*")
_NO_NAMES = frozenset({"i"})


def fitted_clash_pairs(
    statements: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """The fitted pairs in which the judge sees a clash of polarity of one actor
    and one thing (best_clashes' tests): shown only as that discrepancy."""
    candidates = [
        (p, i, j)
        for p, i, j in fitted_statement_pairs(statements, sentences)
        if not names_apart(statements[i].sentence, statements[j].sentence)
    ]
    if not candidates:
        return []
    return best_clash_pairs(statements, options, sentences, candidates=candidates)
