"""One deed told actively by two outlets in other words, credited to two named
doers: "A farmer, Ana Ruiz, found the rock" / "It was a pair of students, Li Wei and
Tom Hale, who spotted the stone".

English tells a deed's doer as the subject ("X found the rock"), after "by" ("the
rock was found by X": by_agents.py) or singled out by a cleft ("It was X who found
the rock"): the cleft's "was" is no deed, the verb after "who" is, with the cleft's
focus as its doer. Two outlets telling one deed may choose other words for it:
verbs that are WordNet synonyms or one a kind of the other ("found" / "spotted",
by_agents._one_verb), and things named by synonyms ("the rock" / "the stone": one
of the head noun's WordNet senses shared, every other word the same). When both
doers are people named in full and no name is shared, nor named in the other
sentence, the two outlets credit one deed to two people.

Left alone: a thing of other words besides its head ("the first goal" / "the
second goal": two things), a thing told by a figure ("scored 40" / "scored 43":
the figure rules' business), a doer one side leaves unnamed ("Police found the
rock": a body may act through anyone), a doer named by a place or a body ("youths
in Athens" / "youths in the Greek capital" are one crowd told two ways; "the
Yankees" / "Baltimore" expressed interest, both), a thing without "the" (many may
do a deed to "a police station"), and deeds of two verbs no table links.
"""

from __future__ import annotations

import re

import attrs

from compare.align.cleft_doers import CLEFT_OPENING
from compare.align.synonyms import senses
from compare.align.words import STOPWORDS, stem, words
from compare.extract.lemmas import verb_lemma

# words that end the thing: an article or a preposition opens another phrase, a
# conjunction or relative another clause
_ENDS_THING = (
    r"(?:the|a|an|in|on|at|from|with|by|for|to|of|after|before|during|while|when|as|and"
    r"|but|or|who|which|that|near|into|onto|off|out|over|under|through|outside|inside"
    r"|along|across|behind|beside|around|up|down|about|since|until|last|this|next)"
)
# "It was Almgren who chipped", "It was a pair of graduate students on the team, Aisha
# Kaur and Ben Lofthouse, who spotted the stone": the focus, then its verb and thing
_CLEFT = re.compile(
    CLEFT_OPENING + r"(?P<doer>[^,;:.()\"“”]{2,80}?"
    r"(?:,\s+[^,;:.()\"“”]{2,60}?)?),?\s+(?:who|that)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<verb>[a-z]{3,})\s+(?P<thing>(?:(?:the|a|an|his|her|its|their)\s+)?[\w'’-]+"
    r"(?:\s+(?!" + _ENDS_THING + r"\b)[\w'’-]+){0,3})"
)  # fmt: skip


@attrs.frozen
class Told:
    """A deed as a cleft tells it: the verb's lemma, the thing's words, the focus."""

    verb: str
    thing: str
    doer: str


def cleft_deeds(sentence: str) -> tuple[Told, ...]:
    """The deeds a sentence credits to the focus of a cleft ("It was X who V Y")."""
    if "who" not in sentence and "that" not in sentence:
        return ()
    return tuple(
        Told(verb_lemma(m.group("verb")), m.group("thing"), m.group("doer").strip())
        for m in _CLEFT.finditer(sentence)
    )


def thing_words(thing: str) -> tuple[str, ...]:
    """The content words of a thing told with "the", lower case, as written (the
    head last); none for any other thing. Only one particular thing undergoes a deed
    once ("found the rock"); "expressed interest" or "attacked a police station"
    may be done by many."""
    if not _DEFINITE.match(thing):
        return ()
    return tuple(w for w in words(thing) if w not in STOPWORDS)


_DEFINITE = re.compile(r"^\s*(?i:the)\s")


def one_thing(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same words but the head, and heads that are one word or WordNet synonyms
    ("the rock" / "the stone"); no thing told by a figure."""
    if not x or not y or len(x) != len(y) or any(w[:1].isdigit() for w in x + y):
        return False
    if tuple(map(stem, x[:-1])) != tuple(map(stem, y[:-1])):
        return False  # "the first goal" / "the second goal"
    return stem(x[-1]) == stem(y[-1]) or bool(_senses(x[-1]) & _senses(y[-1]))


def thing_keys(thing: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Keys under which a deed's thing meets the things one_thing takes for it: the
    words before the head with the head's stem, or with one of its senses."""
    if not thing or any(w[:1].isdigit() for w in thing):
        return frozenset()
    rest = tuple(map(stem, thing[:-1]))
    return frozenset({(*rest, stem(thing[-1]))} | {(*rest, s) for s in _senses(thing[-1])})


def _senses(word: str) -> frozenset[str]:
    """The noun's sense groups, read from its singular too ("stones": stone)."""
    found = senses(word)
    if not found and word.endswith("s"):
        found = senses(word[:-1])
    return found
