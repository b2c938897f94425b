"""A doer singled out by a cleft sentence ("It was Almgren who chipped in for
eagle") against a telling of that deed that does not name them: no ✓.

A cleft names one doer against every other: the outlet says it was this person
and no one else. The frame reads the cleft's "was" as its predicate, so the
judge never compared the doers; when the other statement tells the same deed
(one verb) and names no one the cleft names, the two may credit two people
("Whitlock took the lead when he chipped in for eagle" / "It was Almgren who
chipped in for eagle"), and the pair is left unchecked, neither ✓ nor a finding.
"""

from __future__ import annotations

import re

from compare.align.actor_names import names
from compare.align.words import words
from compare.extract import Claim
from compare.extract.lemmas import verb_lemma

# A cleft's opening, before its focus: "It was", "it has been" (kindred_deeds too)
CLEFT_OPENING = r"\b[Ii]t\s+(?:was|is|had\s+been|has\s+been)\s+"
# "It was Almgren who chipped", "It was Lena Berg that spotted": a named focus
_CLEFT = re.compile(
    CLEFT_OPENING
    + r"(?P<doer>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),?\s+(?:who|that)\s+(?P<verb>[a-z]+)"
)


def cleft_doers_apart(a: Claim, b: Claim) -> bool:
    """Does either sentence single out a doer by a cleft that the other sentence,
    telling the same deed, does not name?"""
    return _apart(a.sentence, b.sentence) or _apart(b.sentence, a.sentence)


def _apart(cleft: str, other: str) -> bool:
    found = _CLEFT.search(cleft)
    if found is None:
        return False
    doer = names(found.group("doer"))
    if not doer or doer & names(other):
        return False
    verb = verb_lemma(found.group("verb"))
    return any(verb_lemma(w) == verb for w in words(other))
