"""One count of the dead, or of the hurt, told with two nouns: "Three people were
killed" / "The collapse left three dead", "Two people died" / "The flood claimed
two lives", "Two skiers were killed" / "Two members of the party lost their lives".

Numbers are compared within one counted noun (numbers.unit_key), and "people",
"dead" and "lives" are three: such a toll was never paired. What a count of harm
counts is what befell those counted (number_clues.Clues.outcome: killed, died,
dead, toll; injured, hurt, taken to hospital), and lives "lost", "claimed",
"taken" or "cost" are deaths. A figure counts harm here when its noun is no noun
("Two were killed"), a kind of person ("skiers", "members"), or a noun of harm
itself ("dead", "deaths", "lives", "injured"), and its sentence tells of one
outcome only: "three killed and five injured" tells two, and either figure may
be either count.

Only one figure, told alike, is paired so (as synonym_counts does): two tolls
with differing figures told with two nouns are as often two groups ("two
passengers died" / "three crew were killed"), and a pair this key proposes can
only agree. The pair must still pass every test numbers.number_pairs puts to one
figure of one noun.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from compare.align.number_clues import Clues
from compare.align.people_counts import counts_people
from compare.align.synonym_counts import counted_noun
from compare.align.words import is_negator, stem, words
from compare.extract import Number

HARM = "harm:"  # the start of the keys harm_postings gives its postings

# The outcomes a count of harm tells (number_clues' names for them).
_DEAD, _HURT = "dead", "hurt"
# Nouns that name the harmed themselves ("519 dead", "two deaths", "three lives").
_HARM_NOUNS = frozenset(
    stem(w)
    for w in "dead death deaths fatality fatalities life lives injured injury injuries "
    "wounded".split()
)
# Lives lost are deaths: "claimed two lives", "lost their lives", "cost three lives".
_LIVES_LOST = re.compile(
    r"\b(?:lost|lose|loses|losing|claimed|claim|claims|claiming|cost|costs|costing|"
    r"took|take|takes|taking|taken)\s+(?:[\w-]+\s+){0,2}?li(?:ves|fe)\b",
    re.IGNORECASE,
)
_WITHIN = 60  # characters between a figure and the lives-lost phrase it is counted in


def harm_postings(
    numbers: Sequence[Number], value: Callable[[Number], float]
) -> dict[str, list[int]]:
    """The counts of the dead and of the hurt, by outcome and figure (`value`), keyed
    apart from any unit key, where one figure of one outcome is counted with two
    nouns."""
    by_figure: dict[tuple[str, float], list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        outcome = harm_outcome(n)
        if outcome:
            by_figure[(outcome, value(n))].append(i)
    return {
        f"{HARM}{outcome}:{figure}": members
        for (outcome, figure), members in by_figure.items()
        if len({_noun(numbers[i]) for i in members}) >= 2
    }


def harm_outcome(n: Number) -> str:
    """The outcome the figure counts, dead or hurt, when it counts the dead or the
    hurt of one outcome only; else ''."""
    if n.pair is not None or n.form not in ("cardinal", "single"):
        return ""
    if any(is_negator(w) for w in words(n.sentence)):
        # "has not confirmed any deaths, although two deaths are under investigation":
        # beside a denial, a figure is what is suspected or spared, not the toll
        return ""
    if n.unit and _noun(n) not in _HARM_NOUNS and not counts_people(n):
        return ""  # "two cars were destroyed", "three days", "a 19-year-old"
    outcomes = set(Clues.of(n).outcome)
    if _lives_lost(n):
        outcomes.add(_DEAD)
    if outcomes in ({_DEAD}, {_HURT}):
        return next(iter(outcomes))
    return ""  # no outcome, or two ("three killed and five injured"), or held, saved...


def _noun(n: Number) -> str:
    """The stem of the noun the figure counts, "" when none is told."""
    noun = counted_noun(n)
    return stem(noun) if noun else ""


def _lives_lost(n: Number) -> bool:
    """Is the figure the count of a lives-lost phrase of its sentence: inside it
    ("claimed two lives") or just before it ("Two members of the party lost their
    lives")?"""
    start, end = n.start - n.sentence_start, n.end - n.sentence_start
    for found in _LIVES_LOST.finditer(n.sentence):
        if found.start() <= start < found.end() or 0 <= found.start() - end <= _WITHIN:
            return True
    return False
