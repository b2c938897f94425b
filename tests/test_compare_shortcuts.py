"""Shortcuts taken for the speed of a comparison give exactly what the slow path gives:
tables read lazily, a word's lemmas read once."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.align import people_kinds
from compare.align.synonyms import table

_WORDS = st.sampled_from(
    "rose fell rises ran running approved approves denied went better best mice "
    "geese children officers troops said told was were being Paris the a firefighters "
    "neighbours x y-z don't 40 ".split()
)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(_WORDS)
def test_lemmas_are_read_once_and_as_the_table_gives_them(word: str) -> None:
    synonyms = table()
    first = synonyms.lemmas(word)
    assert first == frozenset(synonyms._read_lemmas(word))
    assert synonyms.lemmas(word) is first  # remembered, not read again


def test_lemmas_of_irregular_and_regular_forms() -> None:
    assert ("v", "rise") in table().lemmas("rose")
    assert ("n", "officer") in table().lemmas("officers")
    assert table().lemmas("two words") == frozenset()


def _eager_table() -> dict[str, people_kinds.PeopleNoun]:
    """The people table as it was read before: every entry made up front."""
    text = resources.files("compare.align").joinpath("data/people_kinds.txt").read_text("utf-8")
    eager = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, part, senses, *within = line.split(" ")
        eager[word] = people_kinds.PeopleNoun(
            frozenset(int(s) for s in senses.split(",")),
            frozenset(int(w) for w in within),
            part == "p",
        )
    return eager


def test_people_entries_read_lazily_are_those_read_eagerly() -> None:
    eager = _eager_table()
    assert set(people_kinds._table()) == set(eager)
    for word in list(eager)[::7]:
        assert people_kinds.people_noun(word) == eager[word]


@pytest.mark.parametrize(
    ("word", "singular"),
    [("officers", "officer"), ("firemen", "fireman"), ("deputies", "deputy"), ("Police", "police")],
)
def test_people_noun_of_plurals(word: str, singular: str) -> None:
    assert people_kinds.people_noun(word) == _eager_table()[singular]
