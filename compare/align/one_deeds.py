"""Two leads' first happenings told as one deed in two words.

Two outlets telling a story's happening seldom tell it with the same words: "The
collision happened at 8:35 a.m." / "the train struck a lorry at about 7.50am",
"The first drone took off at 09:40" / "The first flight left the ramp at 11:15",
"The pilot whales were spotted on Saturday" / "The animals were discovered early on
Sunday". The lead matchers (lead_times.py) ask the two sentences to share a content
word besides the doers', and nothing else of them may tell another doer or thing;
the two sentences above share none, or name the doer in other words ("The eight-car
Shiosai Limited Express lost power" / "The express service ... lost power").

Here the two dated happenings are one deed when their event words (same_event_days'
`event_words`: the predicate, the noun of the act, empty verbs aside) name one
deed through WordNet: one lemma, a synonym, a derivation, or one a kind of the
other (verb_kinds), a noun of an act read through its verbs ("collision" → collide,
a kind of striking). Never two opposites ("began" / "ended"), never two kinds of one
more general act ("was stabbed" / "was shot"), and what parts two participants of
one deed parts them (same_event_days' `parts_apart`: two names apart always do). A
generic verb WordNet puts above many ("change", "move", "make") ties nothing, and an
article that dates the deed twice, at two values ("The launch happened at 9:15 a.m.
... A second launch happened at 3 p.m."), gives no one time of it to set against
the other's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from compare.align.closest_day_clashes import one_precision
from compare.align.derivations import families
from compare.align.event_kinds import kin_lemma
from compare.align.event_times import (
    EMPTY_VERBS,
    decided,
    event_parted,
    event_word_keys,
    judged_alike_moment,
    occurrences,
)
from compare.align.opposites import are_opposites
from compare.align.same_event_days import event_words, parts_apart
from compare.align.sole_times import sister_acts
from compare.align.time_nouns import own_event
from compare.align.verb_kinds import kind_of
from compare.extract.claims import Claim, Time
from compare.extract.lemmas import classes

# Verbs WordNet puts above a great many others: a kind of one of them is no sign
# of one deed ("land" is a kind of "change", "derail" of "move").
_GENERIC = frozenset("be change move make do get go come have take give act cause".split())


def one_deed(a: Claim, b: Claim, every: Sequence[Claim]) -> bool:
    """Do the two dated claims' event words name one deed, nothing of the two
    sentences parting them, and does neither article date that deed again with
    another value among `every` claim (see the module's docstring)?"""
    words_a, words_b = deed_names(a), deed_names(b)
    if not deed_tied(a, b, words_a, words_b):
        return False
    if _dated_again(a, words_b, every) or _dated_again(b, words_a, every):
        return False  # "The launch happened at 9:15 a.m. ... A second launch at 3 p.m."
    own_a, own_b = own_event(a), own_event(b)
    if event_parted(own_a, own_b, parts_apart=parts_apart, other_occurrence=other_occurrence):
        return False
    return not (isinstance(own_a, Time) and isinstance(own_b, Time) and sister_acts(own_a, own_b))


def _dated_again(claim: Claim, other_words: frozenset[str], every: Sequence[Claim]) -> bool:
    """Does the claim's article give another claim of its kind, of another value told
    at its precision (a month is no other day), whose event words name the other
    side's deed?"""
    return any(
        c is not claim
        and c.source == claim.source
        and type(c) is type(claim)
        and one_precision(c, claim)
        and decided(c, claim)
        and not judged_alike_moment(c, claim)  # the same moment told again is no other
        and deed_words(deed_names(c), other_words) is not None
        for c in every
    )


def deed_tied(a: Claim, b: Claim, words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Do the two clauses' deed words tie through a predicate: a clause with a verb
    of its own ties by that verb ("The first passengers boarded the ferry" / "Crews
    began loading cars onto the ferry" share the ferry, no deed); a clause whose verb
    is empty ("The collision happened") by its other words."""
    verb_a, verb_b = kin_lemma(a, EMPTY_VERBS), kin_lemma(b, EMPTY_VERBS)
    ways = [(frozenset({verb_a}), words_b)] if verb_a else []
    ways += [(words_a, frozenset({verb_b}))] if verb_b else []
    return any(deed_words(x, y) is not None for x, y in ways or [(words_a, words_b)])


def deed_names(claim: Claim) -> frozenset[str]:
    """The words naming the claim's deed: same_event_days' event words and the
    predicate of its clause ("struck a lorry at a level crossing at 7.50am": strike,
    besides the crossing), empty verbs aside."""
    lemma = kin_lemma(claim, EMPTY_VERBS)
    return event_words(claim) | ({lemma} if lemma else set())


def deed_words(words_a: frozenset[str], words_b: frozenset[str]) -> tuple[str, str] | None:
    """Two words, one of each side, naming one deed: a key in common (a stem, a sense
    group, a derivational link) or, through their verbs, one lemma or one a kind of
    the other; never two opposites."""
    for x in sorted(words_a):
        for y in sorted(words_b):
            if are_opposites(x, y):
                continue
            if event_word_keys(x) & event_word_keys(y):
                return x, y
            if any(_kin(vx, vy) for vx in verbs_of(x) for vy in verbs_of(y)):
                return x, y
    return None


@lru_cache(maxsize=16384)
def _kin(x: str, y: str) -> bool:
    if x in _GENERIC or y in _GENERIC or are_opposites(x, y):
        return False
    return x == y or kind_of(x, y)


@lru_cache(maxsize=16384)
def verbs_of(word: str) -> frozenset[str]:
    """The verbs a word names its act by: its own verb lemma, or the verbs WordNet
    derives it from or to ("collision" → collide, "derailment" → derail)."""
    found = classes(word)
    verbs = {found["verb"]} if "verb" in found else set()
    if "_" in word:
        verbs.add(word)  # a phrasal verb ("take_off")
    for link in families(word):
        verbs.update(part for part in link.split("~") if "verb" in classes(part))
    return frozenset(verbs)


# "later than expected", "later than usual": a comparison with a plan, no other
# occurrence of the deed
_LATER_THAN = re.compile(r"\blater\s+than\b", re.IGNORECASE)


def other_occurrence(a: Claim, b: Claim) -> bool:
    """Do the two sentences' occurrence words tell two occurrences ("The first
    blast" / "A second blast", "An earlier blast")? A lead's first happening told
    "first" on one side only ("The first shift returned at 6am" / "Dockers went
    back to work at 14:00") is the story's one start, and "later than expected"
    compares with a plan: neither tells another occurrence."""
    told_a, told_b = _occurrence_words(a, b), _occurrence_words(b, a)
    if not told_b:
        told_a -= {"first"}
    if not told_a:
        told_b -= {"first"}
    return told_a != told_b


def _occurrence_words(claim: Claim, other: Claim) -> set[str]:
    told = set(occurrences(claim, other))
    if "later" in told and len(_LATER_THAN.findall(claim.sentence)) == len(
        re.findall(r"\blater\b", claim.sentence, re.IGNORECASE)
    ):
        told.discard("later")
    return told
