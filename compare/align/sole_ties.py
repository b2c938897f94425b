"""What ties two sole figures (compare.align.sole_figures) without a shared word:
one event predicate, one outcome, one noun they measure, both counting those
aboard, or one stated as the size of its noun ("put the crowd at 11,600"). Each
is a way news writing tells one count in other words. Two prison terms given are
tied too, sole or not: a case has one sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from compare.align.figure_intervals import exact
from compare.align.frames import confident, same_event_predicate
from compare.align.opposites import are_opposites
from compare.align.predicated_counts import predicated_noun
from compare.align.sole_sums import one_payment_of
from compare.align.verb_kinds import kind_of, predicate_lemma, two_counts
from compare.align.vote_tallies import vote_tally
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Number

if TYPE_CHECKING:
    from compare.align.number_clues import Clues


def loosely_tied(a: Number, b: Number, ca: Clues, cb: Clues) -> bool:
    """What ties two sole figures (compare.align.sole_figures): one event predicate
    ("shot 11 times" / "was shot seven times"), one outcome ("killing 12" / "19
    died"), or one noun they measure ("a surge of 9 feet" / "a surge of 14 feet"),
    in one period and neither set apart as "other". Anything less, on real events,
    was mostly two facts ("130 people were marching" / "had about 60 people
    inside", "58 wins" / "51 wins by knockout")."""
    if ca.periods != cb.periods or ca.exclusive or cb.exclusive:
        return False  # "In 2007, the gang drove two cars"; "seven other workers"
    la = a.frame_lemma
    lb = b.frame_lemma
    if same_event_predicate(la, lb) or ca.outcome & cb.outcome:
        return True
    if one_kind_of_event(a, b):
        return True  # "burned 8,500 acres" / "scorched 5,800 acres": scorching is burning
    if prison_term(a) and prison_term(b):
        return True  # "sentenced ... to 12 years in prison" / "15 years in a federal prison"
    if vote_tally(a) and vote_tally(b):
        return True  # "The board voted 5-2" / "The measure passed 4-3"
    if one_payment_of(a, b):
        return True  # "fined $85 million" / "a penalty of $58 million" (sole_sums)
    if aboard(a) and aboard(b):
        return True  # "a ferry carrying 412 passengers" / "286 passengers aboard"
    if predicated_noun(a) or predicated_noun(b):
        # "The organisers put the crowd at 11,600": the figure is stated as the size
        # of the whole thing counted, no part of it
        return True
    measured = measured_noun(a)
    return bool(measured) and measured == measured_noun(b)


def one_kind_of_event(a: Number, b: Number) -> bool:
    """Does one figure's verb name a kind of the other's event, by WordNet's verb
    hierarchy ("scorched" is a way to "burn", "tracked" to "follow")? Not two
    casualty counts ("shot three" / "killed one"): WordNet makes killing a way to
    shoot; nor two news opposites."""
    la, lb = predicate_lemma(a), predicate_lemma(b)
    if not (la and lb and confident(la) and confident(lb)):
        return False
    return kind_of(la, lb) and not are_opposites(la, lb) and not two_counts(a, b)


# Those on a vehicle, told with the vehicle carrying them or them being aboard it.
_ABOARD = re.compile(r"^(?:\s*[a-z]+){0,2}\s+(?:aboard|on\s+board|onboard)\b")


def aboard(n: Number) -> bool:
    """Is the figure a count of those aboard ("carrying 412 passengers", "286
    passengers aboard", "150 people on board")? Not when the clause tells what
    befell them ("39 pupils on board had minor cuts"): those are some of them."""
    lemma = n.frame_lemma
    if lemma == "carry":
        return True
    return lemma in (None, "be") and bool(_ABOARD.match(n.sentence[n.end - n.sentence_start :]))


# The noun a measure or count is of: "a surge of 14 feet", "a crowd of 45,000".
_MEASURED = re.compile(r"\b([a-z]{3,})\s+of\s*$")


def measured_noun(n: Number) -> str:
    """The noun the figure is "of" ("a storm surge of 9 feet" → surg), or ''."""
    found = _MEASURED.search(n.sentence[: n.start - n.sentence_start])
    return stem(found.group(1)) if found and found.group(1) not in STOPWORDS else ""


# A prison term: "sentenced him to 12 years", "15 years in a federal prison".
_SENTENCED_TO = re.compile(r"\bsentenced\s+(?:[\w'’-]+\s+){0,4}?to\s*$", re.IGNORECASE)
_IN_PRISON = re.compile(
    r"^\s*(?:years?|months?)\s+(?:in|behind)\s+(?:an?\s+)?(?:[a-z-]+\s+)?"
    r"(?:prison|jail|bars|penitentiary)\b",
    re.IGNORECASE,
)
# "jailed for five years", "imprisoned for 18 months": the term told with the verb
_JAILED_FOR = re.compile(r"\b(?:jailed|imprisoned|incarcerated)\s+for\s*$", re.IGNORECASE)
# What a term may be, not what it is: "faces up to 20 years in prison", "the maximum".
_MAY_BE = frozenset(
    "face faces faced facing risk risks maximum could would may might possible "
    "asked sought seek seeking wanted recommended".split()
)


def prison_term(n: Number) -> bool:
    """Is the figure a prison term given ("sentenced ... to 12 years", "jailed for
    five years", "will spend the next 15 years in a federal prison"), told exactly,
    not one it may be?"""
    if not exact(n):
        return False  # "up to 20 years": a bound
    before = n.sentence[: n.start - n.sentence_start]
    if _MAY_BE & set(words(before)):
        return False
    after = n.sentence[n.end - n.sentence_start :]
    return bool(
        _SENTENCED_TO.search(before) or _JAILED_FOR.search(before) or _IN_PRISON.match(after)
    )
