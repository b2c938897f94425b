"""Word tokens and their coarse classes (set by wordclass.py, read by the clause rules)."""

from __future__ import annotations

from typing import NamedTuple

PUNCT, DET, PREP, SUB, CONJ, PRON, AUX, NEG, ADV, VERB, NUM, POSS, WORD = (
    "punct det prep sub conj pron aux neg adv verb num poss word".split()
)
NOUNISH = frozenset({DET, NUM, POSS, WORD, PRON})


class Token(NamedTuple):
    """A word or punctuation mark (a tuple: sentences have many, attrs records cost more)."""

    text: str
    lower: str
    start: int  # offset in the source text
    end: int
    tag: str
