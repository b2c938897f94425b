"""A thing made in one sentence and undone in the other: two moments, no agreement.

"The club presented its offer to the agent" / "The club has withdrawn its offer":
the words are one thing's, but one article tells the deed and the other its undoing
(a story that moved on), and a ✓ would tell a reader both say the offer stands. A
sentence where a verb that undoes a deed (withdraw, retract, rescind, revoke,
cancel, call off, scrap, annul) governs a noun, set against one where a verb in the
past tense governs that same noun and no such verb occurs, is no agreement to show
(no ✓, no finding: the undoing may well have come after the deed). A noun the verb
of undoing governs is its first content word after it, past a determiner or a
possessive, when the lexicon reads it as a noun ("cancelled until Thursday"
governs nothing); the other side's verb must stand right before that noun in the same
way ("presented the offer", "made an offer"), so a thing only named ("the offer
was generous") is not read as made.
"""

from __future__ import annotations

import re

from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered
from compare.extract import Claim
from compare.extract.lemmas import classes

_UNDOING = (
    r"withdr(?:aw|aws|awn|awing|ew)|retract(?:s|ed|ing)?|rescind(?:s|ed|ing)?"
    r"|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|called\s+off|call(?:s|ing)?\s+off"
    r"|scrap(?:s|ped|ping)?|annul(?:s|led|ling)?"
)
_DETERMINER = r"(?:(?:the|a|an|its|their|his|her|our|your|this|that|these|those)\s+)?"
_UNDONE = re.compile(rf"\b(?:{_UNDOING})\s+{_DETERMINER}([a-z]+)\b", re.IGNORECASE)
# a verb in the past tense right before a noun: "presented the offer", "made an offer"
_IRREGULAR_PAST = "made|gave|put|sent|took|brought|wrote|sold|set|laid|won|got|drew"
_DONE = re.compile(rf"\b([a-z]+ed|{_IRREGULAR_PAST})\s+{_DETERMINER}([a-z]+)\b", re.IGNORECASE)
_UNDOING_WORD = re.compile(rf"^(?:{_UNDOING})$", re.IGNORECASE)


@remembered(TEXTS_REMEMBERED)  # asked of both sentences of every pair judged alike
def undone_nouns(text: str) -> frozenset[str]:
    """The nouns a verb of undoing governs in the sentence."""
    found = (m.group(1).lower() for m in _UNDONE.finditer(text))
    return frozenset(w for w in found if _noun(w))


@remembered(TEXTS_REMEMBERED)
def done_nouns(text: str) -> frozenset[str]:
    """The nouns a verb in the past tense governs, verbs of undoing aside."""
    return frozenset(
        m.group(2).lower()
        for m in _DONE.finditer(text)
        if not _UNDOING_WORD.match(m.group(1)) and _noun(m.group(2).lower())
    )


def _noun(word: str) -> bool:
    """A word the lexicon reads as a noun, not a word of the stop list ("up")."""
    return word not in STOPWORDS and "noun" in classes(word)


def made_and_undone(a: Claim, b: Claim) -> bool:
    """Does one statement undo a thing the other tells made, with no undoing of its own?"""
    return _one_way(a.text, b.text) or _one_way(b.text, a.text)


def _one_way(undoing: str, doing: str) -> bool:
    undone = undone_nouns(undoing)
    return bool(undone) and not undone_nouns(doing) and bool(undone & done_nouns(doing))
