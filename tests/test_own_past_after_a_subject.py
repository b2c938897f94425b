"""A verb whose past is its base form ("hit", "set", "cut") after a singular subject
and its determiner, with an object's opener after it, is that past ("The gale hit the
harbour"): the present would be "hits". Before no object's opener ("The budget cut
was approved") or after no determiner, nothing changes. Sentences invented here."""

from __future__ import annotations

import pytest

from compare.extract.tags import VERB
from compare.extract.wordclass import tag_tokens


def _tag(sentence: str, word: str) -> str:
    return next(t.tag for t in tag_tokens(sentence) if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The gale hit the harbour at 6:10 a.m.", "hit"),
        ("The board set a new fee on Monday.", "set"),
        ("The company cut its timetable in half.", "cut"),
    ],
)
def test_an_own_past_after_a_singular_subject_is_a_verb(sentence: str, word: str) -> None:
    assert _tag(sentence, word) == VERB


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The budget cut was approved on Monday.", "cut"),
        ("A television set stood in the corner.", "set"),
    ],
)
def test_a_compound_noun_stays_a_noun(sentence: str, word: str) -> None:
    assert _tag(sentence, word) != VERB
