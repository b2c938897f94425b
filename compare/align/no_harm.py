"""Statements that no one died, or that no one was hurt, told in other words.

A casualty report of nothing ("No one was killed." / "There were no deaths.",
"None of the eleven workers died." / "Every one of the 11 miners came out alive.")
shares no word the word model could weigh: the fact is the absence of a count.
Two such sentences of one kind (deaths, or injuries) state one fact when what
they say was spared is one: anyone ("no one", "nobody", "no deaths") on either
side, one noun for who was spared ("no passengers" / "none of the passengers"),
or one count of them ("the 11 miners" / "the eleven workers"). "No guards were
hurt" / "Staff were unharmed" name two groups and stay apart. The pair is kept
only when the statement judge finds nothing differing: agreements only.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.figure_intervals import comparable_value
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims, inside
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.align.words import stem
from compare.extract.casualty_reports import Spared, spared
from compare.extract.claims import Number, Statement

SCORE = 0.4  # as figure_statements: below every matcher that may find a difference


def no_harm_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    readings = [(i, spared(s.text)) for i, s in enumerate(statements)]
    found = [(i, r) for i, r in readings if r is not None]
    pairs = []
    for x, (i, a) in enumerate(found):
        for j, b in found[x + 1 :]:
            if statements[i].source == statements[j].source or a.harm != b.harm:
                continue
            if not _one_group(a, b, statements[i], statements[j], sentences):
                continue
            if compare_pair(statements[i], statements[j], sentences) is None:
                pairs.append((SCORE, min(i, j), max(i, j)))
    return pairs


def _one_group(
    a: Spared, b: Spared, sa: Statement, sb: Statement, sentences: SentenceClaims
) -> bool:
    """Anyone on either side, one noun, or one count of those spared."""
    if not a.who or not b.who or {stem(w) for w in a.who} & {stem(w) for w in b.who}:
        return True
    counts_a = {comparable_value(n) for n in inside(sa, sentences) if isinstance(n, Number)}
    counts_b = {comparable_value(n) for n in inside(sb, sentences) if isinstance(n, Number)}
    return bool(counts_a & counts_b)
