"""Two statements whose doers or counted people are two kinds of people: "About
200 workers were inside" / "Nearly 200 investigators were in the building",
"Over 1,100 firefighters are on the fire" / "Over 1,100 protesters are on the fire".

A noun for a kind of people (extract/people_nouns.py: "workers", "investigators") is what
a reporter chooses to tell who did or suffered something; two outlets telling one
fact call those people by one kind ("workers" / "employees", "police" /
"officers") or by a word for anyone ("people", "crowd"). When each statement's
actor or thing holds a plural noun for a kind of people, the two nouns are of two
kinds, and neither sentence names anyone of the other's kind, the two statements
tell of two groups of people, or of one group told two incompatible ways: the
pair is not shown ✓ (it is left unchecked, not reported: WordNet calls a few
near-synonyms two kinds, "fans" / "spectators"). Only nouns whose commonest sense
is a kind of person are read ("fans" and "tools" are things first), in the frame's
actor and thing and in the clause's opening before its verb, with a compound read
by its head ("dockworkers": workers). A word for anyone ("people", "staff",
"crowd": WordNet's groups, not kinds of person) on either side is left alone, and
so is a noun the other sentence holds in a word of its own family ("rescuers" /
"rescue workers").

One person brought in by a kind as each statement's doer ("A security guard
wrestled one of the robbers" / "A passer-by tackled one of the robbers") is read
the same way: two kinds of person, neither named in the other sentence, are two
people or one told two incompatible ways. A bare "a man" / "the driver" is one
kind with any other (WordNet sets "man" above them), so it is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from compare.align.people_counts import commonly_people
from compare.align.words import TEXTS_REMEMBERED, remembered, words
from compare.extract import Claim
from compare.extract.people_nouns import other_kinds, people_noun

# Plural without an -s, of people of one kind ("police are")
_PLURAL_ONLY = frozenset({"police"})
# shortest shared opening of a noun and a word of its family ("rescue" / "rescuers")
_FAMILY = 5


def people_apart(a: Claim, b: Claim) -> bool:
    """Each statement's actor or thing names a kind of people that the other
    sentence does not name, and the two kinds are two; or each statement's doer is
    one person brought in as someone of a kind ("A security guard wrestled one of
    the robbers" / "A passer-by tackled one of the robbers"), of two kinds."""
    for kinds_a, kinds_b in ((_kinds(a), _kinds(b)), (_someone(a), _someone(b))):
        if (
            kinds_a
            and kinds_b
            and any(
                other_kinds(x, y) and not _named(x, b.sentence) and not _named(y, a.sentence)
                for x in kinds_a
                for y in kinds_b
            )
        ):
            return True
    return False


# One person brought in by a kind, as the doer: "A security guard", "an off-duty nurse".
_SOMEONE = re.compile(r"^(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)$")


@remembered(TEXTS_REMEMBERED)
def _someone(claim: Claim) -> frozenset[str]:
    """The noun for a kind of person the frame's doer is, when the doer is one
    person brought in by an indefinite article ("A passer-by": passer-by)."""
    frame = claim.frame
    if frame is None or frame.actor is None:
        return frozenset()
    found = _SOMEONE.match(" ".join(frame.actor.text.lower().split()))
    if found is None:
        return frozenset()
    noun = found.group("noun")
    if people_noun(noun) is None:
        noun = noun.replace("-", "")  # "passer-by": WordNet's "passerby"
    known = people_noun(noun)
    if known is None or not known.person or not commonly_people(noun):
        return frozenset()
    return frozenset({noun})


@remembered(TEXTS_REMEMBERED)  # a statement is judged against a partner in each source
def _kinds(claim: Claim) -> frozenset[str]:
    """The plural nouns for a kind of people in the frame's actor and thing."""
    frame = claim.frame
    if frame is None:
        return frozenset()
    spans = [s.text for s in (frame.actor, frame.thing) if s is not None]
    if frame.predicate is not None:
        # the clause's opening up to its verb, whatever the frame read as its actor:
        # "More than 1,100 firefighters, supported by 14 helicopters, are ..."
        before = claim.sentence[: frame.predicate.start - claim.sentence_start]
        spans.append(before.split(", ")[0])
    found = {_head(w) for text in spans for w in words(text) if _plural_kind(_head(w))}
    # "members of the coalition", "residents of the town": told by what they belong
    # to, which the other side may name as a kind of its own ("coalition deputies")
    sentence = claim.sentence.lower()
    belonging = set(_BELONGING.findall(sentence))
    # "crew members", "union members", "staff nurses": told by the group before them
    belonging |= {w for group, w in _AFTER_WORD.findall(sentence) if _a_group(group)}
    return frozenset(found - belonging)


_AFTER_WORD = re.compile(r"\b([a-z]+)\s+(?=([a-z]+)\b)")  # every two words in a row


def _a_group(word: str) -> bool:
    noun = people_noun(word)
    return noun is not None and not noun.person


_BELONGING = re.compile(r"\b([a-z]+)\s+of\b")


@lru_cache(maxsize=4096)
def _head(word: str) -> str:
    """The noun a compound ends on when it is not in the table itself:
    "dockworkers" -> "workers", "steelworkers" -> "workers"."""
    if people_noun(word) is not None:
        return word
    for cut in range(_COMPOUND_OPENING, len(word) - _COMPOUND_HEAD + 1):
        if people_noun(word[cut:]) is not None:
            return word[cut:]
    return word


_COMPOUND_OPENING, _COMPOUND_HEAD = 3, 5  # shortest parts of a compound noun


@lru_cache(maxsize=4096)
def _plural_kind(word: str) -> bool:
    if word in _PLURAL_ONLY:
        return True
    if not word.endswith("s"):
        return False
    noun = people_noun(word)
    # a kind of person in its commonest sense: "tools" and "fans" are things first
    return noun is not None and noun.person and commonly_people(word)


@lru_cache(maxsize=16384)
def _named(noun: str, sentence: str) -> bool:
    """Does the sentence name someone of the noun's kind, or hold a word of its
    family ("rescue" for "rescuers")?"""
    for word in map(_head, words(sentence)):
        if word == noun:
            return True
        if people_noun(word) is not None and not other_kinds(noun, word):
            return True
        if len(word) >= _FAMILY and noun.startswith(word):
            return True
    return False
