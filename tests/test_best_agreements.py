"""Mutual-best statement pairs that nothing sets apart (best_agreements.py): the
same fact in other words agrees; two figures, days, places or times never do."""

from __future__ import annotations

import pytest

from compare.align.best_agreements import best_agreement_pairs
from compare.align.best_clashes import best_clash_pairs
from compare.align.mutual_best import mutual_best
from tests.test_mutual_best import (
    SLOTS_APART,
    _articles,
    _pair_of,
    _pairs,
    _read,
    _shown_as_agreement,
)

PARAPHRASES = [
    (
        "Schools in the district will stay closed until Thursday.",
        "Classes across the district have been cancelled until Thursday at the earliest.",
    ),
    (
        "Engineers blamed a cracked weld for the collapse of the footbridge.",
        "The footbridge fell because of a cracked weld, according to engineers.",
    ),
    (
        "The pier's owner has refused to pay for the repairs.",
        "The owner of the pier says it will not cover the cost of repairs.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PARAPHRASES)
def test_the_same_fact_in_other_words_agrees(a: str, b: str) -> None:
    texts = _articles(a, b)
    statements, sentences = _read(texts)
    pair = _pair_of(statements, a, b)
    cosines = {(statements[i].text, statements[j].text): c for c, i, j in mutual_best(statements)}
    assert pair in cosines  # each is the other's closest
    proposed = _pairs(statements, best_agreement_pairs(statements, None, sentences))
    # however close: the word model may not pair what mutual_best reads alike
    assert pair in proposed
    assert _shown_as_agreement(texts, pair)


@pytest.mark.parametrize(("a", "b"), SLOTS_APART)
def test_two_figures_days_places_or_times_never_agree(a: str, b: str) -> None:
    texts = _articles(a, b)
    statements, sentences = _read(texts)
    pair = _pair_of(statements, a, b)
    assert pair not in _pairs(statements, best_agreement_pairs(statements, None, sentences))
    assert not _shown_as_agreement(texts, pair)


def test_a_headline_is_no_best_pair() -> None:
    texts = {
        "a": "# Harbour district flooded\n\nThe storm flooded the harbour district on Monday.",
        "b": "# Floods in the harbour district\n\nFloodwater swept the harbour district on Monday.",
    }
    statements, sentences = _read(texts)
    headlines = {s.text for s in statements if s.block == "headline"}
    for found in (
        best_agreement_pairs(statements, None, sentences),
        best_clash_pairs(statements, None, sentences),
    ):
        assert not any(text in headlines for pair in _pairs(statements, found) for text in pair)
