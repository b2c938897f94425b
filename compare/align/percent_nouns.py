"""What a percentage measures, as the words around it name it.

A percentage is a measure of something the sentence names right beside it: the
subject whose measure the clause gives ("Turnout was 94 per cent", "Meridian
shares fell 2%") or the noun it is "at", "of" or "to" ("with turnout at 94%", "a
turnout of 94%", "the rate to 4.5%"). Two outlets giving one percentage of one
measured thing seldom share two more words ("Turnout was 94 per cent." / "Almost
all members took part, with turnout at 94%."), which the number matcher asks of
small equal figures; the measured noun says what is counted as well. Only equal
figures are paired so: a differing pair still needs what ties any two figures,
and sentences naming different things ("Shares in Vantor" / "Shares in Halvorsen")
stay apart.
"""

from __future__ import annotations

import re

from compare.align.frames import head
from compare.align.number_clues import Clues
from compare.align.synonyms import are_synonyms
from compare.align.words import STOPWORDS, stem
from compare.extract import Number
from compare.extract.lemmas import can_be_noun

# "turnout at 94%", "a turnout of 44%", "the benchmark rate to 4.5%"
_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+(?:of|at|to)\s*$")
# the verb between a subject and its measure: "was", "fell", "stood at", "has risen to"
_VERB_GAP = 3  # words from the clause's verb to the figure


def percent_noun(n: Number) -> str | None:
    """The stem of the noun a percentage measures, or None."""
    if n.form != "percent":
        return None
    before = n.sentence[: n.start - n.sentence_start]
    found = _NOUN_BEFORE.search(before)
    if found is not None:
        word = found.group(1)
        if word not in STOPWORDS and can_be_noun(word):
            return stem(word)
    frame = n.frame
    if frame is None or frame.actor is None or frame.predicate is None:
        return None
    actor, predicate = frame.actor, frame.predicate
    if not actor.end <= predicate.start <= predicate.end <= n.start:
        return None  # the figure is not the measure the clause gives its subject
    between = n.sentence[predicate.end - n.sentence_start : n.start - n.sentence_start]
    if len(between.split()) > _VERB_GAP or re.search(r"[,;:]", between):
        return None
    return head(actor)


def one_measured_thing(a: Number, b: Number) -> bool:
    """Do two percentages measure one thing the sentences name alike, in sentences
    that name no different things?"""
    na, nb = percent_noun(a), percent_noun(b)
    if na is None or nb is None or not (na == nb or are_synonyms(na, nb)):
        return False
    # "Shares in Vantor rose 3%" / "Shares in Halvorsen rose 3%": two things' measures
    names_a, names_b = Clues.of(a).names, Clues.of(b).names
    return not (names_a and names_b and not names_a & names_b)
