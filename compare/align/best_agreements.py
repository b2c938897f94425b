"""Mutual-best statement pairs (mutual_best.py) that nothing in them sets apart:
shown only when the statement judge finds they agree.

The wide pairs (wide_statements.py) pair sentences whose information-weighted
cosine is at least 0.35; two sentences that state one fact in other words often
share less ("all schools will remain closed until at least Monday" / "classes have
been cancelled until Monday at the earliest"). Being each other's closest in two
whole articles stands in for the missing words here, down to a cosine of 0.25.
The wide pairs' other tests still hold (loose_statements.left_out: no headline,
a shared word that is no name nor the topic's own, or else a figure both give
however written ("43" / "Forty-three"), no two different quotations,
the model's cover floor), and so do the loose pairs' (unpair.unpairs: no figure,
day, time or place, negation or opposite word on one side only). Such a pair
scores under every other statement pair (BEST_AGREEMENT_SCORE), so it takes no
sentence another matcher pairs with that article, and joins no group: it stands as
a pair of two, shown only when it agrees (KindSpec.pairs_only_under).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

from compare.align.figure_words import figures
from compare.align.frequencies import information
from compare.align.mutual_best import mutual_best
from compare.align.pair_features import Sentence, covers
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.statements import MODEL, TOPIC_FLOOR, different_quotations, quotations
from compare.align.unpair import unpairs
from compare.align.wide_statements import MIN_TOPICALITY, shared_words
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Claim
from compare.extract.claims import Kind, Statement
from compare.ingest import HEADLINE

# The lowest cosine of a mutual-best pair shown as an agreement: above mutual_best's
# floor, since a ✓ over two facts of one topic costs a reader more than a missed one
# (chosen on ECB+ odd topics: 0.150 fact recall at 0.871 pair precision, against
# 0.151 at 0.869 with 0.2; the two such pairs of the bundled Vienna articles, two
# facts, scored 0.239 and 0.249).
BEST_AGREEMENT_COSINE = 0.25
# No upper bound: mutual_best reads a figure the same in words and digits
# (figure_words), the word model and the wide pairs do not, so a close mutual-best
# pair ("a $50,000 bonus" / "fifty thousand dollars") may be nobody else's. Checking
# the close pairs too cost no measurable time on ECB+ (bench/findings.py, 20.3 s CPU
# either way).
# Under the wide pairs' scores (loose_statements.WIDE_SCORE x their cosine of 0.35
# at least, 0.0525): a wide pair takes its sentences first.
BEST_AGREEMENT_SCORE = 0.05


def best_agreement_pairs(
    statements: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
    topic: Sequence[Claim] = (),
    floor: float = BEST_AGREEMENT_COSINE,
    wanted: Callable[[int, int], bool] | None = None,
    candidates: Sequence[tuple[float, int, int]] | None = None,
) -> list[tuple[float, int, int]]:
    """The mutual-best pairs (i < j) of cosine at least `floor` that nothing in
    them sets apart; a word's topicality is read over `topic` when given (every
    statement of the articles, when `statements` are only some of them). With
    `wanted`, only the pairs it wants are checked: the others are still every
    statement's rivals for closest, but the caller would drop them. With
    `candidates` ((likeness, i, j), likeness at most 1), those pairs are checked
    instead of the mutual-best ones."""
    if options is not None and not options.one_to_one:
        return []
    best = [
        p
        for p in (mutual_best(statements) if candidates is None else candidates)
        if p[0] >= floor and (wanted is None or wanted(p[1], p[2]))
    ]
    if not best:
        return []
    topicality = _topicality(topic or statements)
    weights: dict[str, float] = {}  # a word is in many pairs' sentences
    read: dict[str, Sentence] = {}  # a statement meets a partner in each other article

    def sentence(text: str) -> Sentence:
        known = read.get(text)
        if known is None:
            known = read[text] = Sentence(text)
        return known

    def weight(term: str) -> float:
        known = weights.get(term)
        if known is None:
            known = weights[term] = information(term) * topicality(term)
        return known

    found = []
    for cos, i, j in best:
        a, b = statements[i], statements[j]
        if HEADLINE in (a.block, b.block):
            continue  # a headline names the story, not one fact of it
        if not any(
            topicality(w) >= MIN_TOPICALITY for w in shared_words(a.text, b.text)
        ) and not shared_figures(a.text, b.text):
            continue  # only names or the topic's own words shared
        if different_quotations(a.text, quotations(a.text), b.text, quotations(b.text)):
            continue  # the same speaker, not one thing said
        if not covers(sentence(a.text), sentence(b.text), weight, MODEL.min_cover):
            continue  # less in common than the word model ever trusts
        if unpairs(a, b, sentences, judged_after=True):
            continue
        found.append((BEST_AGREEMENT_SCORE * min(cos, 1.0), i, j))
    return found


def body_statement(claim: Claim) -> bool:
    """A statement of an article's body, not its headline: what the statement and
    the quote-to-statement matchers pair among what nothing else paired."""
    return isinstance(claim, Statement) and claim.kind == Kind.STATEMENT and claim.block != HEADLINE


def _topicality(statements: Sequence[Claim]) -> Callable[[str], float]:
    """statements.StatementScorer.topicality over these statements: 1 for a stem in
    at most two of them, falling with the share of statements using it."""
    df: Counter[str] = Counter()
    for s in statements:
        df.update({stem(w) for w in words(s.text) if w not in STOPWORDS})
    n = max(1, len(statements))

    def topicality(term: str) -> float:
        count = df.get(term, 0)
        if count <= 2:
            return 1.0
        return max(TOPIC_FLOOR, math.log(n / count) / math.log(n / 2))

    return topicality


def shared_figures(a: str, b: str) -> frozenset[str]:
    """The figures both sentences give, however written ("43" / "Forty-three"), years
    left out: one figure in two mutually closest sentences ties them to one fact as
    a shared uncommon word does."""
    return figures_of(a) & figures_of(b)


@remembered(TEXTS_REMEMBERED)  # a statement meets a partner in each other article
def figures_of(text: str) -> frozenset[str]:
    """The figures a text tells (figure_words.figures of its words), read once per
    text."""
    return figures(words(text))
