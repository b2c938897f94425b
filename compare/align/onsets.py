"""The day a rule, a price or a fee starts to hold, told two ways.

An article tells the day a new price or rule starts either as the thing coming
into force ("The new fares take effect on March 1") or as the people it binds
starting to act on it ("Passengers will start paying the higher fares on March
15"): a phase verb (start, begin) before a verb in -ing whose object is the noun
the other article says comes into force. Both tell one onset, keyed by that noun.

A coming into force told in the simple present with a day ("take effect March 1")
is a schedule, as "will take effect" is: the futurate present English uses for
timetables. It is no deed done, so it is not parted from a plan by tense.
"""

from __future__ import annotations

import re

from compare.align.event_phrases import in_force_phrase
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Claim
from compare.extract.lemmas import classes

ONSET_KEY = "p:onset:"
# A phase verb before a verb in -ing: "will start paying", "began charging"
_PHASE = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|began|beginning)\s+[a-z]+ing\b",
    re.IGNORECASE,
)
# The phrase's verb in the present: "take effect", "comes into force"; not "took",
# "has taken", "came", "went", "entered", "became"
_PRESENT = re.compile(r"^(?:takes?|comes?|go|goes|enters?|becomes?|apply|applies)\b", re.IGNORECASE)
# Words between a subject and its verb that are not the subject's head
_BEFORE_VERB = frozenset(
    "will would shall should can could may might must also now then to".split()
)


def onset_keys(claim: Claim) -> frozenset[str]:
    """The onset key of the noun the claim's day starts to hold: the subject of a
    phrase of coming into force, or the object of a phase verb before an -ing verb."""
    said = _starting_words(claim)
    noun = _noun(said[-1]) if said else None
    return frozenset({ONSET_KEY + noun}) if noun else frozenset()


def _starting_words(claim: Claim) -> list[str]:
    """The words that end in the noun of what starts to hold: those before a phrase
    of coming into force, or the object of a phase verb ("paying the higher fares")."""
    phrase = in_force_phrase(claim)
    if phrase is not None:
        return [w for w in words(phrase[0]) if w.isalpha() and w not in _BEFORE_VERB]
    frame = claim.frame
    if frame is None or frame.predicate is None or frame.thing is None:
        return []
    if not _PHASE.search(frame.predicate.text):
        return []
    return [w for w in words(frame.thing.text) if w.isalpha()]


def futurate(claim: Claim) -> bool:
    """Is the claim's day that of a coming into force told in the present ("The
    new rates take effect March 1"): a schedule, as a plan is?"""
    phrase = in_force_phrase(claim)
    return phrase is not None and _PRESENT.match(phrase[1]) is not None


def _noun(word: str) -> str | None:
    """The word's noun lemma ("fares": fare), when it may be a common noun."""
    word = word.lower()
    if word in STOPWORDS or len(word) < 3:
        return None
    found = classes(word)
    if not found:
        return stem(word)  # a word the table lacks is most likely a noun
    return found.get("noun")
