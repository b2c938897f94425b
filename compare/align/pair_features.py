"""What two sentences share, and what each says that the other does not.

The features of one sentence pair, by name, for the statement matcher's model
(statement_model.py). Words are aligned one-to-one, exact forms first, then
stems, then WordNet synonyms, then words of one derivational family ("swollen"
/ "swelling", derivations.py), each word to the free counterpart nearest its
relative position. What is left unaligned is the "extra" information of a
side: a paraphrase may drop a date or an adverb, but a sentence that adds a
clause, a name or a figure usually says something more.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from compare.align.derivations import families
from compare.align.frequencies import UNLISTED_ZIPF, zipf
from compare.align.synonyms import senses
from compare.align.words import NEGATORS, STOPWORDS, display_words, stem, words

Weight = Callable[[str], float]  # a stem's weight (inverse document frequency)
Positions = dict[str, list[int]]  # a word, stem or sense group -> where it occurs


class Sentence:
    """A sentence split into the words the features look at (made once per sentence)."""

    def __init__(self, text: str) -> None:
        self.lower = text.lower()
        self.shown = display_words(text)
        self.words = words(text)
        self.stems = [stem(_joined(w)) for w in self.words]
        self.content = [i for i, w in enumerate(self.words) if w not in STOPWORDS]
        self.stem_set = set(self.stems)
        self.sense_set = frozenset(g for w in self.words for g in senses(w))
        self.family_set = frozenset(f for w in self.words for f in families(w))
        # each content word's stem, senses and families, for cover_bound against
        # every sentence this one is a candidate with
        self.content_keys = [
            (self.stems[i], senses(self.words[i]), families(self.words[i])) for i in self.content
        ]

    # What pair_features reads of this sentence alone, read once, on first use: most
    # sentences read (best_agreements, the candidates cover_bound rules out) never
    # get that far.
    @cached_property
    def bigrams(self) -> set[tuple[str, ...]]:
        return _ngrams(self.stems, 2)

    @cached_property
    def trigrams(self) -> set[tuple[str, ...]]:
        return _ngrams(self.stems, 3)

    @cached_property
    def figures(self) -> set[str]:
        return {w for w in self.words if w[:1].isdigit()}

    @cached_property
    def figure_places(self) -> list[int]:
        """Where the words that start with a digit are."""
        return [i for i, w in enumerate(self.words) if w[:1].isdigit()]

    @cached_property
    def negated(self) -> bool:
        return _negated(self.words)

    @cached_property
    def word_senses(self) -> list[frozenset[str]]:
        """Each word's sense groups, in order (for `_align`'s synonym pass)."""
        return [senses(w) for w in self.words]

    @cached_property
    def word_families(self) -> list[frozenset[str]]:
        """Each word's derivational family keys, in order (for `_align`'s last pass)."""
        return [families(w) for w in self.words]

    @cached_property
    def positions(self) -> tuple[Positions, Positions, Positions]:
        """Where each word, stem and sense group occurs: what `_align` looks up when
        it aligns another sentence to this one (made once, on first use)."""
        exact: Positions = defaultdict(list)
        stems: Positions = defaultdict(list)
        sense: Positions = defaultdict(list)
        for j, w in enumerate(self.words):
            exact[w].append(j)
            stems[self.stems[j]].append(j)
            for group in senses(w):
                sense[group].append(j)
        return exact, stems, sense


def _joined(word: str) -> str:
    """A hyphenated word as one, when English writes it so too: "co-operation" is
    "cooperation", "e-mail" "email"; "year-old", unlisted joined, stays as it is."""
    if "-" not in word:
        return word
    joined = word.replace("-", "")
    return joined if zipf(stem(joined)) > UNLISTED_ZIPF else word


def cover_bound(
    a: Sentence, b: Sentence, weight: Weight, weights: list[float] | None = None
) -> float:
    """An upper bound of the "cover" feature of `a` against `b`, from sets alone:
    cheap enough to rule out most candidate pairs before aligning words.
    `weights`: `a`'s `content_weights` by `weight`, when the caller keeps them."""
    total = found = 0.0
    stem_set, sense_set, family_set = b.stem_set, b.sense_set, b.family_set
    if weights is None:
        weights = content_weights(a, weight)
    for (stem_a, senses_a, families_a), w in zip(a.content_keys, weights, strict=True):
        total += w
        if (
            stem_a in stem_set
            or not senses_a.isdisjoint(sense_set)
            or not families_a.isdisjoint(family_set)
        ):
            found += w
    return found / total if total else 0.0


def covers(
    a: Sentence,
    b: Sentence,
    weight: Weight,
    floor: float,
    weights: tuple[list[float], list[float]] | None = None,
) -> bool:
    """min(cover_bound(a, b), cover_bound(b, a)) >= floor, the second side read
    only when the first reaches the floor."""
    weights_a, weights_b = weights or (None, None)
    return (
        cover_bound(a, b, weight, weights_a) >= floor
        and cover_bound(b, a, weight, weights_b) >= floor
    )


def _align(a: Sentence, b: Sentence) -> dict[int, int]:
    """One-to-one word alignment a -> b: exact, then stem, then synonym, then
    a word of the same derivational family."""
    exact, stems, sense = b.positions
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    n, m = len(a.words), len(b.words)

    # Each word to its free counterpart nearest its relative position, the first
    # of the nearest on a tie (what min gives). Written out rather than through
    # min and a key function: this runs for every word of every pair scored, and
    # most words have one counterpart or none.
    def pair_nearest(i: int, counterparts: list[int]) -> None:
        if len(counterparts) == 1:
            j = counterparts[0]
            if j not in taken:
                pairs[i] = j
                taken.add(j)
            return
        at = i / n
        best = -1
        nearest = 0.0
        for j in counterparts:
            if j not in taken:
                gap = abs(j / m - at)
                if best < 0 or gap < nearest:
                    best, nearest = j, gap
        if best >= 0:
            pairs[i] = best
            taken.add(best)

    a_words, a_stems = a.words, a.stems
    for i in range(n):
        found = exact.get(a_words[i])
        if found:
            pair_nearest(i, found)
    for i in range(n):
        if i not in pairs:
            found = stems.get(a_stems[i])
            if found:
                pair_nearest(i, found)
    # Synonyms and families only for the words with a group or key `b` has at all
    # (its sets): the others would find no counterpart.
    b_senses = b.sense_set
    for i, groups in enumerate(a.word_senses):
        if i not in pairs and not groups.isdisjoint(b_senses):
            pair_nearest(i, sorted({j for g in groups for j in sense.get(g, ())}))
    # Families last, indexed only over the words still free (most are taken by now:
    # indexing them all cost a tenth of the statement matcher's time).
    b_families = b.family_set
    left = [
        i
        for i, keys in enumerate(a.word_families)
        if i not in pairs and not keys.isdisjoint(b_families)
    ]
    if left and len(taken) < m:
        family: dict[str, list[int]] = defaultdict(list)
        for j, keys in enumerate(b.word_families):
            if j not in taken:
                for key in keys:
                    family[key].append(j)
        word_families = a.word_families
        for i in left:
            found = sorted({j for k in word_families[i] for j in family.get(k, [])})
            if found:
                pair_nearest(i, found)
    return pairs


def content_weights(a: Sentence, weight: Weight) -> list[float]:
    """Each content word's weight, in order: what `_side` and `cover_bound` sum.
    A caller scoring one sentence against many keeps the list (StatementScorer)."""
    return [weight(a.stems[i]) for i in a.content]


def _side(
    a: Sentence, b: Sentence, pairs: dict[int, int], weights: list[float]
) -> dict[str, float]:
    """How much of `a` finds a counterpart in `b`, and what is left over."""
    total = sum(weights) or 1e-9
    # One walk over the content words gathers what the features sum, each list in
    # the words' order, so every sum adds the same floats in the same order.
    shared: list[float] = []
    left: list[float] = []
    exact: list[float] = []
    shared_names = extra_names = run = longest = 0
    shown, stems, stem_set = a.shown, a.stems, b.stem_set
    for i, w in zip(a.content, weights, strict=True):
        if stems[i] in stem_set:
            exact.append(w)
        if i in pairs:
            shared.append(w)
            run = 0
            if i > 0 and shown[i][:1].isupper():
                shared_names += 1
        else:
            left.append(w)
            run += 1
            if run > longest:
                longest = run
            # a capital inside the sentence: a name the other side lacks
            if i > 0 and shown[i][:1].isupper():
                extra_names += 1
    shared_weight = sum(shared)
    return {
        "cover": shared_weight / total,
        # what the shared words say, in absolute terms: two rare names in common
        # mean more than two common verbs, however long the sentences
        "shared_information": shared_weight / 10,
        "shared_names": shared_names,
        "cover_exact": sum(exact) / total,
        "extra_words": len(left),
        "extra_names": extra_names,
        "extra_figures": sum(1 for i in a.figure_places if i not in pairs),
        "extra_run": longest,
        "extra_weight": sum(left) / 10,
        "precision": len(pairs) / len(a.words),
    }


def _chunks(pairs: dict[int, int]) -> int:
    """Runs of aligned words that stay adjacent on both sides (METEOR's chunks)."""
    items = sorted(pairs.items())
    return len(items) and 1 + sum(
        1 for (i0, j0), (i1, j1) in itertools.pairwise(items) if (i1, j1) != (i0 + 1, j0 + 1)
    )


def _ngrams(seq: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(seq[k : k + n]) for k in range(len(seq) - n + 1)}


def _dice(x: set[tuple[str, ...]], y: set[tuple[str, ...]]) -> float:
    return 2 * len(x & y) / max(len(x) + len(y), 1)


def _negated(ws: list[str]) -> bool:
    return bool(NEGATORS.intersection(ws)) or any(w.endswith("n't") for w in ws)


def pair_features(
    a: Sentence,
    b: Sentence,
    weight: Weight,
    weights: tuple[list[float], list[float]] | None = None,
) -> dict[str, float] | None:
    """Named features of a sentence pair; None if either has no words. `weights`:
    the two sentences' `content_weights` by `weight`, when the caller keeps them."""
    if not a.words or not b.words:
        return None
    forward = _align(a, b)
    backward = {j: i for i, j in forward.items()}
    weights_a, weights_b = weights or (content_weights(a, weight), content_weights(b, weight))
    side_a, side_b = _side(a, b, forward, weights_a), _side(b, a, backward, weights_b)
    features: dict[str, float] = {}
    for name in side_a:
        features["min_" + name] = min(side_a[name], side_b[name])
        features["max_" + name] = max(side_a[name], side_b[name])
    matched = len(forward)
    precision, recall = side_a["precision"], side_b["precision"]
    fmean = 10 * precision * recall / (recall + 9 * precision) if matched else 0.0
    fragmentation = _chunks(forward) / matched if matched else 1.0
    figures_a, figures_b = a.figures, b.figures
    features |= {
        "fragmentation": fragmentation,
        "meteor": fmean * (1 - 0.5 * fragmentation**3),
        "bigram_dice": _dice(a.bigrams, b.bigrams),
        "trigram_dice": _dice(a.trigrams, b.trigrams),
        "lcs": LCSseq.similarity(a.stems, b.stems) / min(len(a.stems), len(b.stems)),
        "length_ratio": min(len(a.words), len(b.words)) / max(len(a.words), len(b.words)),
        "token_set": fuzz.token_set_ratio(a.lower, b.lower) / 100,
        "token_sort": fuzz.token_sort_ratio(a.lower, b.lower) / 100,
        "ratio": fuzz.ratio(a.lower, b.lower) / 100,
        "partial": fuzz.partial_ratio(a.lower, b.lower) / 100,
        "figures_differ": float(bool(figures_a or figures_b) and figures_a != figures_b),
        "negation_differs": float(a.negated != b.negated),
    }
    return features
