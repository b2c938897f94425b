"""The per-text caches of compare.align.words: callers may change what they get,
and forgetting empties every cache."""

from __future__ import annotations

from compare.align.spelling import one_spelling
from compare.align.word_contradictions import by_words
from compare.align.words import display_words, forget_texts, word_spans, words


def test_a_changed_word_list_does_not_change_the_next_call() -> None:
    text = "The harbour authority approved the new pier on Tuesday."
    first = words(text)
    first.append("extra")
    first[0] = "changed"
    assert words(text) == [
        "the",
        "harbour",
        "authority",
        "approved",
        "the",
        "new",
        "pier",
        "on",
        "tuesday",
    ]
    shown = display_words(text)
    shown.clear()
    assert display_words(text)[:2] == ["The", "harbour"]
    spans = word_spans(text)
    spans.pop()
    assert len(word_spans(text)) == 9


def test_forgetting_gives_the_same_answers() -> None:
    a = "The council did not approve the budget for the harbour."
    b = "The council approved the budget for the harbour."
    before = (words(a), by_words(a, b), one_spelling(a))
    forget_texts()
    assert (words(a), by_words(a, b), one_spelling(a)) == before
    assert before[1] is not None and before[2].endswith("harbor.")
