"""One figure told exactly by one article and hedged by another ("fell 200 feet" /
"fell about 200 feet"): figure_intervals.compare_figures lets the two agree, so that
such a pair aligns as readily as two equal figures; a journalist still wants to see
that one outlet hedged it, as the approximate verdict (shown as information) that a
bound against the exact figure ("more than 50" / "54") already gets.

Only when the pair is one fact beyond doubt, by the ties that any reported pair of
figures needs (number_facts.tied), and not in clauses of two different events:
the same value in two sentences is often two facts ("a survey of 2,000 residents" /
"about 2,000 people marched", "arrested 30 protesters" / "about 30 protesters
gathered"), and agreeing on those costs a reader nothing while a variant shown on
them would be a false finding.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.figure_intervals import comparable_value, compare_figures, exact
from compare.align.frames import confident, same_event_predicate
from compare.align.model import Verdict
from compare.align.number_clues import Clues
from compare.align.number_facts import tied
from compare.align.numbers import unit_key
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Number


def _told_two_ways(a: Number, b: Number, sentences: SentenceClaims) -> bool:
    """One value, exact on one side and hedged on the other, of one fact beyond doubt."""
    if a.pair is not None or b.pair is not None or exact(a) == exact(b):
        return False
    value = (comparable_value(a), comparable_value(b))
    if value[0] != value[1] or compare_figures(a, b) != Verdict.AGREE:
        return False
    key = unit_key(a)
    if key != unit_key(b) or not key:
        return False  # a bare figure says too little of what it counts
    if _two_events(a, b):
        return False  # "2,000 fans had bought tickets" / "about 2,000 fans watched"
    beside = {(n.source, n.sentence_start): _figures(n, sentences) for n in (a, b)}
    return tied(a, b, (Clues.of(a), Clues.of(b)), differ=False, key=key, value=value, beside=beside)


def _two_events(a: Number, b: Number) -> bool:
    """Do both clauses name an event, and two different ones?"""
    la = a.frame_lemma
    lb = b.frame_lemma
    return confident(la) and confident(lb) and not same_event_predicate(la, lb)


def _figures(n: Number, sentences: SentenceClaims) -> frozenset[float]:
    """The figures the number's sentence gives (itself included)."""
    return frozenset(comparable_value(c) for c in sentences.of(n) if isinstance(c, Number))


def hedged_pair(
    members: Sequence[Number], sentences: SentenceClaims
) -> tuple[Number, Number] | None:
    """A hedged member and an exact one of another article that tell one figure two
    ways, when every such pair of the group does: a group that agrees only because
    the hedges are ignored may hold two facts of one value (one club's "$40 million"
    offer and another club's "around $40 million"), and the one variant shown stands
    for the whole group."""
    found = None
    for x, first in enumerate(members):
        for other in members[x + 1 :]:
            if first.source == other.source or exact(first) == exact(other):
                continue
            if not _told_two_ways(first, other, sentences):
                return None
            found = found or (first, other)
    return found
