"""Two tallies of one result told with two verbs: the verb is the outlet's viewpoint.

A result's tally is told with whatever verb the writer chose to tell who came out
ahead: "beating the Southern Tuatara 58-54", "they held off the Southern Tuatara
58-52", "won the deciding game 6-3", "the measure passed in a 16-5 vote" /
"approved it by 15 votes to 6". The frames of the two figures then hold two
predicates ("beat" / "hold", "beat" / "win"), which for any other figure say two
events, and the number matcher leaves the two tallies unpaired, though their
sentences name the same sides and the same occasion.

For two tallies (two figures set against each other, both read as pairs) the
predicate is set aside when the frames are compared; what else the frames say still
counts: two named actors, another day or hour, another place, another thing. Verbs
that turn the result round ("beat" / "lost to", "won" / "lost") are left to the
frames as before (an opposite or a converse is a finding of its own, or another
side's view), and so is a polarity that differs ("did not win 3-1").

Without the verb, what says which result a tally is, is the side named right before
it: a sports story tells many results, and "beat the Millbrook Otters 71-64" and
"held off the Dunmore Foxes 71-60" are two games. A side named right before one
tally that the other article never names ("Foxes") parts the two. Another set or half, another
occasion are asked, as before, of the clues (number_clues,
number_facts.tallies_apart).
"""

from __future__ import annotations

import re
from collections.abc import Set

import attrs

from compare.align.antonyms import opposite
from compare.align.frames import WEEKDAYS, compare_frames
from compare.align.opposites import are_opposites, is_converse
from compare.align.words import STOPWORDS, words
from compare.extract import Number
from compare.extract.claims import Frame
from compare.extract.temporal import MONTH_NAMES

# words of a name that name no side: a day, a month, a little word
_NOT_SIDES = STOPWORDS | WEEKDAYS | MONTH_NAMES | {"the"}
# a run of capitalised words: one name ("The Harbour Kestrels", "Sirio Volley Ancona")
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def one_result_told_two_ways(a: Number, b: Number, words_a: Set[str], words_b: Set[str]) -> bool:
    """Do the frames of two tallies agree once their predicates are set aside, the
    predicates being two verbs neither of which turns the other round, and does each
    article name every side the other names before its tally? `words_a`, `words_b`:
    the lower-case words of a's and b's articles."""
    if a.pair is None or b.pair is None:
        return False
    if side_unnamed(a, words_b) or side_unnamed(b, words_a):
        return False  # "beat the Otters 71-64" / "held off the Foxes 71-60": two games
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.negated != fb.negated:
        return False
    if fa.lemma and fb.lemma and turned_round(fa.lemma, fb.lemma):
        return False
    return compare_frames(_without_verb(fa), _without_verb(fb)).aligned


def side_unnamed(n: Number, other_words: Set[str]) -> bool:
    """Does the tally's sentence name a side right before it (the last name before
    the tally, a day's or a month's name aside: "beating Sunyani Royals 4-2") that the
    other article never names (no word of the name: "the Harbour Kestrels" is named
    by "the Kestrels")?"""
    said = named_side(n)
    return bool(said) and not set(said) & other_words


def named_side(n: Number) -> tuple[str, ...]:
    """The words of the last name before the tally in its sentence, a day's or a
    month's name aside ("beating Sunyani Royals 4-2": sunyani, royals), or none."""
    before = n.sentence[: max(0, n.start - n.sentence_start)]
    for name in reversed(_NAME.findall(before)):
        said = tuple(w.removesuffix("'s") for w in words(name) if w not in _NOT_SIDES)
        if said:
            return said
    return ()


def turned_round(x: str, y: str) -> bool:
    """Do the two verbs tell the result from opposite sides ("beat" / "lose")?"""
    return are_opposites(x, y) or opposite(x, y) or is_converse(x, y)


def _without_verb(frame: Frame) -> Frame:
    return attrs.evolve(frame, lemma=None, predicate=None)
