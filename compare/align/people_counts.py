"""Counts of people told with two nouns: "12,000 Americans" / "12,000 people".

Outlets count the same people with the general noun on one side ("people",
"persons") and a kind of person on the other ("residents", "marchers",
"Americans", "participants"). Numbers are compared only within one counted noun
(numbers.unit_key), so such figures were never paired. A noun counts people when
the commonest sense WordNet gives it is a kind of person (its hypernyms reach
person.n.01): "skier", "inmate", "customer"; not "fan" (the machine comes first)
nor "home".

Only the general noun against a kind of it is paired, and only for one figure:
two kinds of person ("two gunmen" / "two passengers") are two groups as often as
one, and differing figures of two nouns ("12 officers" / "40 people") most often
count two things. The nouns are marked in the people-noun table
(compare/extract/data/people_nouns.txt),
built from Princeton WordNet 3.0 (`python bench/build_synonyms.py /usr/share/wordnet`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from compare.align.words import words
from compare.extract import Number
from compare.extract.people_nouns import counting_nouns, noun_forms

# The nouns that count people in general, whatever else they are.
GENERAL = frozenset({"people", "person", "persons", "individual", "individuals"})


def _head(n: Number) -> str:
    said = words(n.unit or "")
    return said[-1] if said else ""


def counts_people(n: Number) -> bool:
    """Does the number count people, by the head noun of what it counts?"""
    head = _head(n)
    return bool(head) and commonly_people(head)


def commonly_people(noun: str) -> bool:
    """Is the noun's commonest sense a kind of person ("marchers"; not "fans")?"""
    return any(form in counting_nouns() for form in noun_forms(noun))


def general(n: Number) -> bool:
    """Does it count people in general ("people", "persons")?"""
    return _head(n).lower() in GENERAL


PEOPLE = "people:"  # the start of the keys people_postings gives its postings


def people_postings(
    numbers: Sequence[Number], value: Callable[[Number], float]
) -> dict[str, list[int]]:
    """The numbers that count people, by figure (`value`), keyed apart from any unit
    key: only the figures that both the general noun and a kind of person count."""
    by_value: dict[float, list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        if n.pair is None and counts_people(n):
            by_value[value(n)].append(i)
    return {
        f"{PEOPLE}{figure}": members
        for figure, members in by_value.items()
        if len({general(numbers[i]) for i in members}) == 2
    }


def general_and_kind(a: Number, b: Number) -> bool:
    """Is one figure of people in general and the other of a kind of person?"""
    return general(a) != general(b) and counts_people(a) and counts_people(b)
