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
    def negated(self) -> bool:
        return _negated(self.words)

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


def cover_bound(a: Sentence, b: Sentence, weight: Weight) -> float:
    """An upper bound of the "cover" feature of `a` against `b`, from sets alone:
    cheap enough to rule out most candidate pairs before aligning words."""
    total = found = 0.0
    stem_set, sense_set, family_set = b.stem_set, b.sense_set, b.family_set
    for stem_a, senses_a, families_a in a.content_keys:
        w = weight(stem_a)
        total += w
        if (
            stem_a in stem_set
            or not senses_a.isdisjoint(sense_set)
            or not families_a.isdisjoint(family_set)
        ):
            found += w
    return found / total if total else 0.0


def covers(a: Sentence, b: Sentence, weight: Weight, floor: float) -> bool:
    """min(cover_bound(a, b), cover_bound(b, a)) >= floor, the second side read
    only when the first reaches the floor."""
    return cover_bound(a, b, weight) >= floor and cover_bound(b, a, weight) >= floor


def _align(a: Sentence, b: Sentence) -> dict[int, int]:
    """One-to-one word alignment a -> b: exact, then stem, then synonym, then
    a word of the same derivational family."""
    exact, stems, sense = b.positions
    passes: list[Callable[[int], list[int]]] = [
        lambda i: exact.get(a.words[i], []),
        lambda i: stems.get(a.stems[i], []),
        lambda i: sorted({j for g in senses(a.words[i]) for j in sense.get(g, [])}),
    ]
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    n, m = len(a.words), len(b.words)

    def pair_nearest(i: int, counterparts: list[int]) -> None:
        free = [j for j in counterparts if j not in taken]
        if free:
            j = min(free, key=lambda j: abs(j / m - i / n))
            pairs[i] = j
            taken.add(j)

    for counterparts in passes:
        for i in range(n):
            if i not in pairs:
                pair_nearest(i, counterparts(i))
    # Families last, indexed only over the words still free (most are taken by now:
    # indexing them all cost a tenth of the statement matcher's time).
    left = [i for i in range(n) if i not in pairs and families(a.words[i])]
    if left and len(taken) < m:
        family: dict[str, list[int]] = defaultdict(list)
        for j in range(m):
            if j not in taken:
                for key in families(b.words[j]):
                    family[key].append(j)
        for i in left:
            pair_nearest(i, sorted({j for k in families(a.words[i]) for j in family.get(k, [])}))
    return pairs


def _side(a: Sentence, b: Sentence, pairs: dict[int, int], weight: Weight) -> dict[str, float]:
    """How much of `a` finds a counterpart in `b`, and what is left over."""
    weights = [weight(a.stems[i]) for i in a.content]  # each content word's, once
    total = sum(weights) or 1e-9
    extra = [i for i in a.content if i not in pairs]
    run = longest = 0
    for i in a.content:
        run = 0 if i in pairs else run + 1
        longest = max(longest, run)
    shared = sum(w for i, w in zip(a.content, weights, strict=True) if i in pairs)
    return {
        "cover": shared / total,
        # what the shared words say, in absolute terms: two rare names in common
        # mean more than two common verbs, however long the sentences
        "shared_information": shared / 10,
        "shared_names": sum(
            1 for i in a.content if i in pairs and i > 0 and a.shown[i][:1].isupper()
        ),
        "cover_exact": sum(
            w for i, w in zip(a.content, weights, strict=True) if a.stems[i] in b.stem_set
        )
        / total,
        "extra_words": len(extra),
        # a capital inside the sentence: a name the other side lacks
        "extra_names": sum(1 for i in extra if i > 0 and a.shown[i][:1].isupper()),
        "extra_figures": sum(
            1 for i, w in enumerate(a.words) if i not in pairs and w[:1].isdigit()
        ),
        "extra_run": longest,
        "extra_weight": sum(w for i, w in zip(a.content, weights, strict=True) if i not in pairs)
        / 10,
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


def pair_features(a: Sentence, b: Sentence, weight: Weight) -> dict[str, float] | None:
    """Named features of a sentence pair; None if either has no words."""
    if not a.words or not b.words:
        return None
    forward = _align(a, b)
    backward = {j: i for i, j in forward.items()}
    side_a, side_b = _side(a, b, forward, weight), _side(b, a, backward, weight)
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
