"""Two names alike but for one word of their own: "Port Sereno" / "Port Halden",
"Mount Harwick" / "Mount Solmena", "Halvik Marine" / "Dunmore Marine".

A name of two or more words is one thing as a whole: the words it shares with
another name of as many words, in the same places, tell that both are of one
kind (a port, a mountain, a firm), and the one word that differs, a name's own
word on both sides (rare in the language: "Sereno", "Halden"), tells that they
are two of that kind. When each sentence holds such a name and neither sentence
holds the other's differing word, the two sentences are told of two things, or
of one thing under two names; either way the pair is not shown ✓ (it is left
unchecked, not reported). Left alone: a word of the language that differs
("Hurricane Sandy" / "Superstorm Sandy", "the Red Cross" / "the Red Crescent"),
names told in another order, with words left out or added ("the University of
Oxford" / "Oxford University", "President Joe Biden" / "President Biden", "Los
Angeles County" / "the Los Angeles Police Department": on real events, two
agencies of one place tell one fact). People are persons_apart.py's business
too, and the same rule holds for them ("Simon Aldous" / "Simon Okonkwo").
"""

from __future__ import annotations

import re
from functools import lru_cache

from compare.align.frequencies import zipf
from compare.align.sentence_claims import SentenceClaims
from compare.align.unmentioned_names import article_openings
from compare.align.words import STOPWORDS, words
from compare.extract import Claim
from compare.extract.lemmas import classes
from compare.extract.names import name_mentions


def names_apart(a: Claim, b: Claim) -> bool:
    """Each sentence holds a name of several words that is the other's but for one
    word, which the other sentence lacks."""
    names_a, names_b = _names(a.sentence), _names(b.sentence)
    if not names_a or not names_b:
        return False
    said_a, said_b = _said(a.sentence), _said(b.sentence)
    return any(_one_word_apart(x, y, said_a, said_b) for x in names_a for y in names_b)


def _one_word_apart(
    x: tuple[str, ...], y: tuple[str, ...], said_a: frozenset[str], said_b: frozenset[str]
) -> bool:
    """Two names of as many words, alike but in one place, where each has a word
    the other sentence lacks even in another form ("Port Sereno" / "Port Halden";
    not "Italy" / "Italian")."""
    if len(x) != len(y):
        return False
    differ = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    if len(differ) != 1:
        return False
    p, q = differ[0]
    if (zipf(p) >= _PROPER or zipf(q) >= _PROPER) and not _given_name_shared(x, y):
        # a word of the language differs, not a name's own: "Hurricane Sandy" /
        # "Superstorm Sandy", "Los Angeles County" / "Los Angeles Police"
        return False
    return p[:_OPENING] not in _openings(said_b) and q[:_OPENING] not in _openings(said_a)


def renamed_unmentioned(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Two names alike but in one place, where one side's word there is a word of
    the language ("the North Quay terminal", "the Bureau of Meteorology") and the
    other's a name's own word ("Tallowmere Quay") that the first side's whole article
    never mentions: the other outlet tells of a quay, a bureau, the first knows
    nothing of. The words shared must hold such a kind, a word of the language
    ("Quay", "Bureau"), not only a name's own ("Mark Vinar" / "Miles Vinar").
    names_apart leaves a word of the language alone, since two known names of one
    thing differ so ("Hurricane Sandy" / "Superstorm Sandy"); a name one outlet
    never uses anywhere is no such second name it knows."""
    if a.source == b.source or not sentences.by_sentence:
        return False
    names_a, names_b = _names(a.sentence), _names(b.sentence)
    if not names_a or not names_b:
        return False
    said_a, said_b = _said(a.sentence), _said(b.sentence)
    for x in names_a:
        for y in names_b:
            differ = _one_place(x, y)
            if differ is None or not any(zipf(w) >= _PROPER for w in x if w not in differ):
                # only a name's own words shared ("Mark Vinar" / "Miles Vinar"): two
                # people of one family, persons_apart's business, not two of one kind
                continue
            p, q = differ
            if p[:_OPENING] in _openings(said_b) or q[:_OPENING] in _openings(said_a):
                continue  # either sentence holds the other's word
            if zipf(q) < _PROPER <= zipf(p) and not _mentioned(q, sentences, a.source):
                return True
            if zipf(p) < _PROPER <= zipf(q) and not _mentioned(p, sentences, b.source):
                return True
    return False


def _one_place(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, str] | None:
    """The one pair of words two names of as many words differ in, else None."""
    if len(x) != len(y):
        return None
    differ = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    return differ[0] if len(differ) == 1 else None


def _mentioned(word: str, sentences: SentenceClaims, source: str) -> bool:
    """Does the article of that source hold the word, in any form, in a sentence
    with a claim?"""
    return word[:_OPENING] in article_openings(sentences, source)


def _given_name_shared(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two names of two words that share the first, a word no dictionary knows
    ("Kristen Stewart" / "Kristen Bell", "Maria Brandt" / "Maria Vogel"): a given name
    and two surnames, two people, however common the surnames are as words ("bell",
    "stewart"). A first word of the language ("Port", "New", "Red", "Fort") is a kind
    or a place's word, and stays with the frequency rule above."""
    return len(x) == 2 and x[0] == y[0] and x[1] != y[1] and not classes(x[0])


@lru_cache(maxsize=4096)
def _openings(said: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:_OPENING] for w in said)


_OPENING = 4  # letters two forms of one word share: "Italy" / "Italian"
_PROPER = 3.0  # a word rarer than this (Zipf) is a name's own ("Sereno"), not the language's


@lru_cache(maxsize=4096)
def _names(sentence: str) -> tuple[tuple[str, ...], ...]:
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
        told = tuple(w for w in words(run) if w not in STOPWORDS)
        if len(told) >= 2:
            found.append(told)
    return tuple(found)


_JOINED = re.compile(r"\s+of(?:\s+the)?\s+")


@lru_cache(maxsize=4096)
def _said(sentence: str) -> frozenset[str]:
    return frozenset(words(sentence))
