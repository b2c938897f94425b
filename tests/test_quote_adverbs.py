"""An adverb of manner put into or left out of a quote changes what was said
(issue 13); a stray function word does not. Sentences written for these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def _quote_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "quote"]


def test_an_adverb_put_into_a_quote_is_a_wording_conflict():
    a = '"Anyone who dumped waste in the canal will be traced and fined," Mayor Ruth Adeyemi said.'
    b = (
        '"Anyone who dumped waste in the canal will be traced and heavily fined,"'
        " Mayor Ruth Adeyemi said."
    )
    assert _quote_verdicts(a, b) == [(Verdict.DIFFER, Conflict.WORDING)]


def test_a_function_word_left_out_of_a_quote_still_agrees():
    a = '"The canal has been cleaned and the locks will reopen," Mayor Ruth Adeyemi said.'
    b = '"The canal has been cleaned and locks will reopen," Mayor Ruth Adeyemi said.'
    assert _quote_verdicts(a, b) == [(Verdict.AGREE, None)]
