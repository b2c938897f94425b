"""A total smaller than another count of the thing: no part and total, a conflict.

A figure told as a total ("a total of 14 groups entered", "In total, 47 flights were
cancelled", "a combined capacity of 260,000 tonnes") is the whole of what it
counts. Beside a figure told without such a word, the two are often a part and its
whole ("12 were killed in the north; the total toll is 40"), and number_clues.Clues
parts them (`total` on one side only). But a part is never larger than its whole: a
total below the other figure, beyond any hedge of either, cannot stand beside it as
its whole, so the two are one count told twice, as number_facts.two_facts already
reads a sentence of totals ("In all, seven shots were fired" / "He fired 11 times").

Only a total told with a word of totals counts so, not the whole of a part named in
the same sentence ("12 of the 40"), and neither figure may be a part ("of", "among");
every other clue that parts two facts (deaths and injuries, another period or day,
another named actor) still applies.
"""

from __future__ import annotations

import attrs

from compare.align.figure_intervals import comparable_value
from compare.align.number_clues import Clues, whole_of_part
from compare.align.words import words
from compare.extract import Number


def without_total_exceeded(a: Number, b: Number, ca: Clues, cb: Clues) -> tuple[Clues, Clues]:
    """The two figures' clues, with the total set aside when the one told as a total
    is smaller than the other (total_exceeded); else as they are."""
    if not total_exceeded(a, b, ca, cb):
        return ca, cb
    return attrs.evolve(ca, total=False), attrs.evolve(cb, total=False)


def total_exceeded(a: Number, b: Number, ca: Clues, cb: Clues) -> bool:
    """Is exactly one of two figures of one thing told as a total, with no part
    among them, and below the other beyond both hedges?"""
    if ca.total == cb.total or ca.part or cb.part:
        return False
    total, other = (a, b) if ca.total else (b, a)
    if whole_of_part(total) or total.pair is not None or other.pair is not None:
        return False
    return told_as_total(total) and _highest(total) < _lowest(other)


# words that make a figure a total, right at it ("a total of 14", "a combined
# capacity of 260,000", "five specimens in total", "In all, 40")
_TOTAL_WORDS = frozenset(
    "total totalled totaled totalling totaling combined overall altogether".split()
)
_NEAR = 3  # words before the figure, and after its counted noun, that tie a total to it


def told_as_total(n: Number) -> bool:
    """Is a word of totals said right at the figure: among the _NEAR words before it,
    or "in total", "in all", "altogether" among those after its counted noun? A total
    word further off is another noun's ("the top scorer of the whole campaign, X has
    58 goals")."""
    before = words(n.sentence[: n.start - n.sentence_start])[-_NEAR:]
    if _TOTAL_WORDS & set(before) or before[-2:] == ["in", "all"]:
        return True
    after = words(n.sentence[n.end - n.sentence_start :])
    unit = len(words(n.unit or "")) if n.unit else 0
    rest = after[unit : unit + _NEAR + 1]
    return (
        any(rest[k : k + 2] in (["in", "total"], ["in", "all"]) for k in range(len(rest)))
        or "altogether" in rest
    )


def _highest(n: Number) -> float:
    high = n.high if n.high is not None else float("inf")
    return max(comparable_value(n), high * (100 if n.form == "share" else 1))


def _lowest(n: Number) -> float:
    low = n.low if n.low is not None else 0.0
    return min(comparable_value(n), low * (100 if n.form == "share" else 1))
