"""Two names that share a word and differ in another: "Port Sereno" / "Port
Halden", "the Red Cross" / "the Red Crescent", "Manchester United" / "Manchester
City", "North Korea" / "South Korea".

A name of two or more words is one thing as a whole: the words it shares with
another name tell that both are of one kind (a port, an aid group, a club), and
the word that differs tells that they are two of that kind. When each sentence
holds such a name and neither sentence holds the other's differing word, the
two sentences are told of two things, or of one thing under two names; either
way the pair is not shown ✓ (it is left unchecked, not reported). Names told
in another order or with words left out ("the University of Oxford" / "Oxford
University", "President Joe Biden" / "President Biden") differ in no word the
other sentence lacks, and are left alone. People are persons_apart.py's business
too, and the same rule holds for them ("Simon Aldous" / "Simon Okonkwo").
"""

from __future__ import annotations

import re
from functools import lru_cache

from compare.align.words import STOPWORDS, words
from compare.extract import Claim
from compare.extract.names import name_mentions


def names_apart(a: Claim, b: Claim) -> bool:
    """Each sentence names a thing of several words sharing a word with a name in
    the other sentence, and each name has a word the other sentence lacks."""
    names_a, names_b = _names(a.sentence), _names(b.sentence)
    if not names_a or not names_b:
        return False
    said_a, said_b = _said(a.sentence), _said(b.sentence)
    return any(
        x & y and _apart(x, said_b) and _apart(y, said_a)  # one word shared, one apart
        for x in names_a
        for y in names_b
    )


def _apart(name: frozenset[str], said: frozenset[str]) -> bool:
    """Has the name a word the other sentence lacks, even in another form
    ("Italy" / "the Italian Sofia Marchetti")?"""
    openings = {w[:_OPENING] for w in said}
    return any(w[:_OPENING] not in openings for w in name)


_OPENING = 4  # letters two forms of one word share: "Italy" / "Italian"


@lru_cache(maxsize=4096)
def _names(sentence: str) -> tuple[frozenset[str], ...]:
    """The words of each name of two or more words, common words left out."""
    runs: list[str] = []
    last_end = -1
    for mention in name_mentions(sentence):
        if runs and " " not in runs[-1] and _JOINED.fullmatch(sentence[last_end : mention.start]):
            # "the Bureau of Meteorology": one name (not "Sofia Marchetti of Italy")
            runs[-1] += " " + mention.text
        else:
            runs.append(mention.text)
        last_end = mention.end
    found = []
    for run in runs:
        told = frozenset(w for w in words(run) if w not in STOPWORDS)
        if len(told) >= 2:
            found.append(told)
    return tuple(found)


_JOINED = re.compile(r"\s+of(?:\s+the)?\s+")


@lru_cache(maxsize=4096)
def _said(sentence: str) -> frozenset[str]:
    return frozenset(words(sentence))
