"""A sentence's analysis is remembered by its text: asked again at another offset it
is the same analysis with its tokens moved, and forgetting the texts empties it."""

from __future__ import annotations

from compare.align.words import forget_texts
from compare.extract import clauses
from compare.extract.clauses import _analyse, analyse

SENTENCE = "The council, which met on Tuesday, has not yet approved the new harbour plan."


def test_an_analysis_asked_at_another_offset_is_a_fresh_one() -> None:
    forget_texts()
    first = analyse(SENTENCE, 120)
    assert analyse(SENTENCE, 120) is first
    for offset in (0, 7, 120, 4000):
        assert analyse(SENTENCE, offset) == _analyse(SENTENCE, offset)
    assert analyse(SENTENCE, 0).clauses == first.clauses
    assert [t.start for t in analyse(SENTENCE, 0).tokens] == [t.start - 120 for t in first.tokens]


def test_forgetting_the_texts_forgets_the_analyses() -> None:
    analyse(SENTENCE, 3)
    assert SENTENCE in clauses._ANALYSES
    forget_texts()
    assert SENTENCE not in clauses._ANALYSES


def test_a_long_text_is_not_remembered() -> None:
    forget_texts()
    text = "The council approved the plan. " * 200
    assert analyse(text, 5) == _analyse(text, 5)
    assert text not in clauses._ANALYSES
