"""A figure told as a move "up" on one side, by a verb of the other way on the
other: "Shares closed up 3.1% in Oslo" / "The shares fell 3.1% by the close",
"Unemployment has edged up to about 5%" / "The jobless rate has fallen to 5.1%".

"up" or "down" right before a figure ("up 3.1%", "down to about 5%", "up by
$2") tells which way an amount moved, whatever the verb before it ("closed",
"edged", "ended"); a main verb that is a change in amount ("rise", "fall",
"climb", "drop": the WordNet opposites and the verbs that stand for them,
antonyms.py) tells it on the other side. When the two ways differ and the other
side says neither "up" nor "down", the pair is not shown ✓ (it is left unchecked,
not reported: the two may tell two figures of one story, "up 3% on the year" /
"fell on the day"). polarity_apart.py reads "up" against "down" with one verb.
"""

from __future__ import annotations

import re

from compare.align.antonyms import meant_lemmas
from compare.align.words import words
from compare.extract import Claim
from compare.extract.lemmas import AUX_LEMMAS, can_be_verb

# "up 3.1%", "down to about 5%", "up by $2 billion", "up more than 40"
_MOVE = re.compile(
    r"\b([A-Za-z]+)\s+(up|down)\s+(?:(?:to|by|from)\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more\s+than|less\s+than)\s+)?"
    r"[$£€]?\d",
    re.IGNORECASE,
)
# the lemmas of the two ways an amount moves
_UP = frozenset("rise increase raise climb gain grow soar jump rally surge".split())
_DOWN = frozenset("fall decrease lower drop decline lose shrink slide slump sink plunge".split())


def directions_apart(a: Claim, b: Claim) -> bool:
    """Does one side tell a figure's move "up" (or "down") and the other's main
    verb move the other way, with no "up" or "down" of its own?"""
    return _apart(a, b) or _apart(b, a)


def _apart(told: Claim, other: Claim) -> bool:
    # after a verb ("closed up 3.1%", "were down 2%"), not a preposition: "waves of
    # up to 6 metres" is a bound
    moves = {way.lower() for verb, way in _MOVE.findall(told.text) if _verb(verb)}
    if len(moves) != 1 or {"up", "down"} & set(words(other.text)):
        return False
    frame = other.frame
    if frame is None or not frame.lemma or frame.negated:
        return False
    way = _way(frame.lemma.lower())
    return way is not None and way != moves.pop()


def _verb(word: str) -> bool:
    return word.lower() in AUX_LEMMAS or can_be_verb(word)


def _way(lemma: str) -> str | None:
    """'up' for a verb of rising, 'down' for one of falling, None otherwise."""
    meant = {lemma, *meant_lemmas(lemma)}
    up, down = bool(meant & _UP), bool(meant & _DOWN)
    if up == down:
        return None
    return "up" if up else "down"
