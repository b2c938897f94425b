"""The per-text caches of compare.align.words: callers may change what they get,
and forgetting empties every cache."""

from __future__ import annotations

import importlib

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


def test_a_long_text_is_split_without_being_kept() -> None:
    module = importlib.import_module("compare.align.words")  # the package's `words` is the function

    forget_texts()
    long_text = "The ferry left the harbour late, " * 400  # longer than LONGEST_REMEMBERED
    assert len(long_text) > module.LONGEST_REMEMBERED
    assert words(long_text)[:3] == ["the", "ferry", "left"]
    assert len(display_words(long_text)) == len(word_spans(long_text)) == 2400
    assert module._words.cache_info().currsize == 0


def test_a_comparison_leaves_no_texts_remembered() -> None:
    from compare import compare_texts

    module = importlib.import_module("compare.align.words")  # the package's `words` is the function

    compare_texts(
        {
            "a": "The council approved the new harbour budget on Monday.",
            "b": "The council rejected the new harbour budget on Monday.",
        }
    )
    assert module._words.cache_info().currsize == 0


def test_a_clause_is_read_once_however_many_clauses_it_meets() -> None:
    from compare.align.word_contradictions import _reading

    forget_texts()
    clause = "the ferry operator approved the winter timetable"
    for other in (
        "the ferry operator rejected the winter timetable",
        "the ferry operator did not approve the winter timetable",
        "the ferry operator published the winter timetable",
    ):
        by_words(clause, other, facts=False)
    assert _reading.cache_info().misses == 4  # the clause once, each other clause once
    assert _reading.cache_info().hits == 2


def test_clauses_without_opposites_skip_the_word_diff_but_keep_their_findings() -> None:
    # facts=False looks only for opposites in the diff: clauses with no word that has
    # an opposite are not diffed, yet a negation and an opposite are still found
    assert by_words(
        "the mayor opened the new bridge", "the mayor closed the new bridge", facts=False
    )
    negation = by_words(
        "the mayor opened the new bridge", "the mayor did not open the new bridge", facts=False
    )
    assert negation is not None and negation.conflict.value == "negation"
    assert by_words("the mayor visited the new bridge", "the mayor toured the new bridge") is None
