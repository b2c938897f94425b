"""What the words of a phrase say about it: whether a subject can speak at all,
whether a word is only a verb (so that no phrase hangs on it)."""

from __future__ import annotations

from compare.extract import lexicon as lx
from compare.extract.lemmas import classes


def can_speak(phrase: str) -> bool:
    """Whether a sentence subject read by the clause rules is a noun phrase at all:
    not a demonstrative ("This is why ..."), a participle ("portraying Mexican
    immigrants") or a phrase that swallowed its verb ("The performance prompted").
    Things and bodies stay speakers: news credits words to "the petition", "the
    council" and "the report" as to people."""
    words = phrase.split()
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if len(words) == 1 and first in ("this", "that", "these", "those", "it"):
        return False
    if words[0][:1].islower() and first.endswith("ing") and first not in lx.DETERMINERS:
        return False
    # "The performance prompted", "The speech drew": a past tense closing the phrase
    # is its verb, swallowed into it.
    found = classes(last)
    past = last.endswith("ed") or found.get("verb", last) != last
    return not (len(words) > 1 and past and "verb" in found and "noun" not in found)


def is_verb(word: str) -> bool:
    """A verb and no noun ("came", "include"): the phrase before a preposition ends
    in a clause's verb ("The plan came from Ana Ruiz"), so nothing hangs on it."""
    found = classes(word)
    return "verb" in found and "noun" not in found
