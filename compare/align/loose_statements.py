"""The statement matcher with each sentence's claims at hand: the pairs the model
is sure of, and the loose pairs it is not sure of that nothing in them unpairs.

A loose pair (statements.GradedPairs) is two sentences that are each other's
closest and that the model scores below its threshold, or that share too little
to be candidates of the word model: on ECB+ as often the same topic as the same
fact. Two rules keep such a pair from doing harm:

- it is checked by the statement judge first (unpair.unpairs): when the
  judge sees a clash, or a figure, day, time or place it cannot check, the pair is
  dropped and both claims stay "only in one source"; so a loose pair never shows a
  discrepancy, and never a ✓ over a clash nobody confirmed;
- it is scored below every other statement matcher's pairs (LOOSE_SCORE), so
  grouping, best pairs first, gives each claim to its sure partner before a
  loose pair can take that claim's one place per source.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.statements import (
    MODEL,
    GradedPairs,
    StatementScorer,
    different_quotations,
    graded_statement_pairs,
    quotations,
)
from compare.align.unpair import unpairs
from compare.align.wide_statements import MIN_TOPICALITY, shared_words
from compare.extract.claims import Statement
from compare.ingest import HEADLINE

# The highest score a loose pair is given: below the figure matcher's 0.4, the
# lowest of the other statement matchers, so every sure pair groups first.
LOOSE_SCORE = 0.3
# The highest score of a wide pair (wide_statements): below every loose pair
# (LOOSE_SCORE x LOOSE_THRESHOLD / the model's threshold 0.55 = 0.16 at least).
WIDE_SCORE = 0.15
# Pairs under this stand as pairs of two, apart from the groups (KindSpec.pairs_only_under):
# a wide pair must not let complete linkage join two groups whose members differ.
WIDE_PAIRS_UNDER = WIDE_SCORE + 1e-9


def statement_pairs_in_context(
    statements: Sequence[Statement], options: Options, sentences: SentenceClaims
) -> list[tuple[float, int, int]]:
    """The model's sure pairs, then its loose pairs that nothing unpairs (one
    claim per source only: with several per source a loose pair is not kept)."""
    graded = graded_statement_pairs(
        [s.text for s in statements],
        [s.source for s in statements],
        options.statement_threshold,
        loose=options.one_to_one,
    )
    ceiling = max(options.statement_threshold, 1e-9)
    loose = [
        (LOOSE_SCORE * min(score / ceiling, 1.0), i, j)
        for score, i, j in graded.loose
        if not unpairs(statements[i], statements[j], sentences)
    ]
    return graded.tight + loose + wide_pairs(statements, graded, loose, sentences)


def wide_pairs(
    statements: Sequence[Statement],
    graded: GradedPairs,
    loose: Sequence[tuple[float, int, int]],
    sentences: SentenceClaims,
) -> list[tuple[float, int, int]]:
    """The wide candidates assigned one to one within each pair of articles, best
    first, after the tight and kept loose pairs: a sentence paired with an article
    takes no wide partner there. A wide pair something unpairs still takes its
    sentences' places: a sentence whose closest counterpart in an article tells
    something else is not paired with a less close one."""
    taken = {(i, statements[j].source) for _, i, j in graded.tight + list(loose)}
    taken |= {(j, statements[i].source) for _, i, j in graded.tight + list(loose)}
    kept = []
    for cosine, i, j in graded.wide:
        if (i, statements[j].source) in taken or (j, statements[i].source) in taken:
            continue
        if graded.scorer is None or left_out(statements, graded.scorer, i, j):
            continue
        taken |= {(i, statements[j].source), (j, statements[i].source)}
        # shown only when the judge finds it agrees (KindSpec.pairs_only_under)
        if not unpairs(statements[i], statements[j], sentences, judged_after=True):
            kept.append((WIDE_SCORE * min(cosine, 1.0), i, j))
    return kept


def left_out(statements: Sequence[Statement], scorer: StatementScorer, i: int, j: int) -> str:
    """Why a wide candidate is no pair at all, not even one that takes its
    sentences' places ('' when it is one), the cheap reasons first."""
    if HEADLINE in (statements[i].block, statements[j].block):
        return "a headline"  # it names the story, not one fact of it
    a, b = statements[i].text, statements[j].text
    if not any(scorer.topicality(w) >= MIN_TOPICALITY for w in shared_words(a, b)):
        return "only names or the topic's own words shared"
    if different_quotations(a, quotations(a), b, quotations(b)):
        return "two quotations"  # the same speaker, not one thing said
    if not scorer.covers(i, j, MODEL.min_cover):
        return "under the model's cover floor"  # less in common than it ever trusts
    return ""
