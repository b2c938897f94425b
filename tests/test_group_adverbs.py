"""An adverb between an auxiliary and the rest of its verb group keeps the group
whole (compare/extract/group_adverbs.py). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from compare.extract.clauses import analyse
from compare.extract.tags import ADV


def groups(text: str) -> list[str]:
    analysis = analyse(text, 0)
    return [g.lemma for c in analysis.clauses for g in c.groups]


def tag_of(text: str, word: str) -> str:
    return next(t.tag for t in analyse(text, 0).tokens if t.lower == word)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Night trains have twice been cancelled this winter.", "twice", "cancel"),
        ("The valley was last flooded in 1994.", "last", "flood"),
        ("Fishermen have long complained about the quotas.", "long", "complain"),
        ("She had almost missed the ferry.", "almost", "miss"),
    ],
)
def test_an_adverb_inside_a_verb_group(sentence: str, word: str, lemma: str) -> None:
    assert tag_of(sentence, word) == ADV
    assert groups(sentence) == [lemma]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Passengers were left waiting for hours.", "left"),  # the verb itself
        ("There has been little planning for the move.", "little"),  # a gerund's word
        ("The cost of being wrong is high.", "wrong"),  # a tensed verb after it
    ],
)
def test_no_adverb_where_the_word_is_something_else(text: str, word: str) -> None:
    assert tag_of(text, word) != ADV
