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
from compare.align.statements import graded_statement_pairs
from compare.align.unpair import unpairs
from compare.extract.claims import Statement

# The highest score a loose pair is given: below the figure matcher's 0.4, the
# lowest of the other statement matchers, so every sure pair groups first.
LOOSE_SCORE = 0.3


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
    return graded.tight + loose
