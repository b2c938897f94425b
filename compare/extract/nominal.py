"""Noun predicates: the change or event a figure belongs to, when a noun states it.

- A change noun after the figure: "a sharp 3 percent drop", "a 75% increase in" ->
  the fact is the drop or the increase, not the clause's verb ("showed", "found").
- An event noun before "of" and the figure: "the deaths of 17 people", "the
  evacuation of 300 residents", "with the participation of 300 delegates". Event
  nouns are found by English derivation from a verb in lemminflect's table
  (evacuation -> evacuate, deployment -> deploy, delivery -> deliver, arrival ->
  arrive) plus the few irregular ones ("death" from die). After "a"/"an" the noun
  measures or collects ("a total of 14", "a group of five", "a population of 30
  million") and is no predicate.
"""

from __future__ import annotations

from compare.extract.clauses import Analysis
from compare.extract.lemmas import classes
from compare.extract.tags import DET, WORD

# Nouns of change: in "a 3 percent drop", "a 17-point lead" the fact is the change.
CHANGE_NOUNS = frozenset(
    "increase decrease rise fall drop gain loss cut jump decline lead surge slump hike "
    "growth reduction".split()
)
# Event nouns not derived by a suffix from their verb ("sales of", "losses of" give
# amounts, not events).
_IRREGULAR_EVENTS = frozenset("death deaths theft thefts birth births".split())
# Suffix -> verb endings to try ("evacuation" -> "evacuat" + "e").
_DERIVATIONS = (
    ("ations", ("ate", "")),
    ("ation", ("ate", "")),
    ("itions", ("", "e")),
    ("ition", ("", "e")),
    ("tions", ("te", "t", "")),
    ("tion", ("te", "t", "")),
    ("sions", ("de", "d", "se")),
    ("sion", ("de", "d", "se")),
    ("ments", ("",)),
    ("ment", ("",)),
    ("eries", ("er",)),
    ("ery", ("er",)),
    ("als", ("e", "")),
    ("al", ("e", "")),
    ("ures", ("e", "")),
    ("ure", ("e", "")),
    ("ings", ("", "e")),
    ("ing", ("", "e")),
)
# Hedges between "of" and a figure: "the deaths of at least 17", "of about 63000".
_HEDGES = frozenset(
    "about around nearly almost some roughly approximately just only over under more less "
    "fewer than up to at least as many".split()
)


def change_noun(analysis: Analysis, index: int, head: int) -> int | None:
    """The token of the change the figure at index measures, given the head of its
    counted phrase: "a sharp 3 percent drop" -> drop."""
    tokens = analysis.tokens
    if tokens[head].lower not in CHANGE_NOUNS:
        return None
    k = index - 1
    while k >= 0 and tokens[k].tag == WORD and tokens[k].lower not in CHANGE_NOUNS:
        k -= 1  # "a sharp 3 percent drop"
    return head if k >= 0 and tokens[k].tag == DET else None


def event_noun(analysis: Analysis, index: int) -> int | None:
    """The token of the event noun in "the deaths of [at least] 17 ...", if any."""
    tokens = analysis.tokens
    k = index - 1
    while k >= 0 and tokens[k].lower in _HEDGES:
        k -= 1
    if k < 1 or tokens[k].lower != "of":
        return None
    noun = tokens[k - 1]
    if noun.tag != WORD or (k >= 2 and tokens[k - 2].lower in ("a", "an")):
        return None
    return k - 1 if is_event_noun(noun.lower) else None


def is_event_noun(lower: str) -> bool:
    if lower in _IRREGULAR_EVENTS:
        return True
    if "noun" not in classes(lower):
        return False
    for suffix, endings in _DERIVATIONS:
        if lower.endswith(suffix):
            stem = lower[: -len(suffix)]
            if len(stem) < 3:
                return False
            return any("verb" in classes(stem + end) for end in endings)
    return False
