"""A figure's old and new value, when a verb of change gives both.

"will raise the cash toll from $5 to $7", "the retirement age rises from 62 to 65",
"cut its forecast to 1.1% from 1.4%", "charged $6.50, up from $5": the figure
after "from" is the value before the change, the one after "to" the value after
it. Read as a range ("$5 to $7"), the two would cover any figure between them
and agree with it ("$6.50" / "from $5 to $7" shown ✓); read as two figures, the
new one is compared with the other article's new one, and the old one only with
an old one. A range stays a range without a verb of change: "estimates ranged
from $3 billion to $5 billion", "between 40 and 60".
"""

from __future__ import annotations

import re

from compare.extract.lemmas import verb_lemma

# Verbs (and their nouns: "a rise from", "an increase from") that change an amount,
# and the particles that tell a move ("go up from", "is down from").
_CHANGE = frozenset(
    "rise raise increase grow climb jump soar lift hike boost double triple "
    "fall drop decline decrease cut lower reduce slash shrink sink plunge halve trim "
    "change up down".split()
)
_REACH = 6  # words before "from" that may hold the verb: "cut the number of job losses from"
# a clause ends at its punctuation: "Prices, which ranged widely, went from"
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")
_WORD = re.compile(r"[A-Za-z]+")
# "from" (and a hedge) right before the figure: "from $5", "from about 3%"
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:about|around|roughly|nearly|almost|just|some|over|under)\s+)?$",
    re.IGNORECASE,
)


def change_before(text: str, floor: int, at: int) -> bool:
    """Is a verb of change (or its noun, or "up"/"down") among the few words of
    the clause before text[at]?"""
    before = _CLAUSE_BREAK.split(text[max(floor, at - 100) : at])[-1]
    return any(verb_lemma(w) in _CHANGE for w in _WORD.findall(before)[-_REACH:])


def old_value(sentence: str, offset: int) -> bool:
    """Is the figure at sentence[offset] the value before a change ("from $5" after
    "raise the toll", "up from $5")?"""
    before = sentence[:offset]
    found = _FROM_BEFORE.search(before)
    return found is not None and change_before(sentence, 0, found.start())
