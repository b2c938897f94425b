"""An adverb of manner put into or left out of a quote changes what was said
(issue 13); a stray function word does not. Sentences written for these tests."""

from __future__ import annotations

from conftest import quote_verdicts

from compare import Conflict, Verdict


def test_an_adverb_put_into_a_quote_is_a_wording_conflict():
    a = '"Anyone who dumped waste in the canal will be traced and fined," Mayor Ruth Adeyemi said.'
    b = (
        '"Anyone who dumped waste in the canal will be traced and heavily fined,"'
        " Mayor Ruth Adeyemi said."
    )
    assert quote_verdicts(a, b) == [(Verdict.DIFFER, Conflict.WORDING)]


def test_a_function_word_left_out_of_a_quote_still_agrees():
    a = '"The canal has been cleaned and the locks will reopen," Mayor Ruth Adeyemi said.'
    b = '"The canal has been cleaned and locks will reopen," Mayor Ruth Adeyemi said.'
    assert quote_verdicts(a, b) == [(Verdict.AGREE, None)]
