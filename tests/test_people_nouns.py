"""The singulars of nouns for people, read by one rule set for both people tables
(compare.extract.people_nouns.noun_forms): what counts people and what kind of
people a noun names."""

from __future__ import annotations

import pytest

from compare import Source
from compare.align.people_counts import counts_people
from compare.extract import Number, extract_claims
from compare.extract.people_nouns import noun_forms, other_kinds, people_noun

PLURALS = [
    ("officers", "officer"),
    ("deputies", "deputy"),
    ("witnesses", "witness"),
    ("firefighters", "firefighter"),
    ("policemen", "policeman"),
    ("women", "woman"),
    ("men", "man"),
    ("children", "child"),
    ("people", "person"),
    ("Spies", "spy"),
    ("MPs", "mp"),
    ("Nurses", "nurse"),
]


@pytest.mark.parametrize(("plural", "singular"), PLURALS)
def test_a_plural_has_its_singular_among_its_forms(plural: str, singular: str) -> None:
    forms = list(noun_forms(plural))
    assert forms[0] == plural.lower()  # the word itself is looked up first
    assert singular in forms


@pytest.mark.parametrize("word", ["officer", "witness", "nurse", "child"])
def test_a_singular_is_read_as_itself(word: str) -> None:
    assert next(noun_forms(word)) == word


@pytest.mark.parametrize(
    ("plural", "singular"), [(p, s) for p, s in PLURALS if p not in ("people", "MPs")]
)
def test_both_tables_read_a_plural_as_its_singular(plural: str, singular: str) -> None:
    entry = people_noun(plural)
    assert entry is not None
    assert entry == people_noun(singular)


def _counted(unit: str) -> Number:
    text = f"Officials said 40 {unit} were there on Monday."
    found = [c for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Number)]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("unit", "people"),
    [
        ("marchers", True),
        ("deputies", True),
        ("women", True),
        ("children", True),
        ("spies", True),
        ("homes", False),
        ("cars", False),
        ("miles", False),
    ],
)
def test_counts_people_by_the_singular_of_the_counted_noun(unit: str, people: bool) -> None:
    assert counts_people(_counted(unit)) is people


def test_children_are_another_kind_than_police_but_not_than_kids() -> None:
    assert other_kinds("police", "children")
    assert not other_kinds("children", "kids")
    assert not other_kinds("officers", "police")
