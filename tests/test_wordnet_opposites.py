"""WordNet's direct antonyms are read from one table (data/antonyms.txt) by both
judges of opposite predicates (compare.align.antonyms and compare.align.opposites).
Words chosen here: pairs WordNet opposes that no hand-made news list holds."""

from __future__ import annotations

import pytest

from compare.align.antonyms import NEWS_OPPOSITES, opposite, wordnet_antonyms
from compare.align.opposites import are_opposites


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ascend", "descend"),
        ("ascended", "descended"),
        ("employed", "unemployed"),
        ("imported", "exported"),
        ("visible", "invisible"),
        ("remember", "forget"),
    ],
)
def test_a_wordnet_antonym_is_an_opposite_to_both_judges(a: str, b: str) -> None:
    assert opposite(a, b)
    assert are_opposites(a, b)


def test_the_table_gives_wordnet_pairs_in_order_and_no_irregular_form() -> None:
    pairs = wordnet_antonyms()
    assert len(pairs) > 1000
    assert all(a <= b for a, b in pairs)  # each pair written in one order
    assert ("lost", "lose") not in pairs  # a "~v lost lose" line is a form, not a pair
    assert not set(NEWS_OPPOSITES) <= set(pairs)  # the news list adds its own


@pytest.mark.parametrize(("a", "b"), [("ascend", "climb"), ("visible", "seen"), ("import", "buy")])
def test_words_of_no_opposite_pair_are_not_opposites(a: str, b: str) -> None:
    assert not are_opposites(a, b)
