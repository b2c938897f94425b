"""A negation or a word of extent opening one version of a quote, "one of" before "the",
and a word naming which one of a series change what was said (quotes.judge_quotes).
Sentences written for these tests."""

from __future__ import annotations

from conftest import quote_verdicts

from compare import Conflict, Verdict

WORDING = [(Verdict.DIFFER, Conflict.WORDING)]


def test_not_opening_one_version_is_a_wording_conflict():
    a = '"Every school in the valley has a working boiler this winter," said Mayor Ines Cole.'
    b = '"Not every school in the valley has a working boiler this winter," said Mayor Ines Cole.'
    assert quote_verdicts(a, b) == WORDING


def test_more_of_the_sentence_quoted_at_its_start_still_agrees():
    a = '"Every school in the valley has a working boiler this winter," said Mayor Ines Cole.'
    b = (
        '"After weeks of repairs, every school in the valley has a working boiler this winter,"'
        " said Mayor Ines Cole."
    )
    assert (Verdict.DIFFER, Conflict.WORDING) not in quote_verdicts(a, b)


def test_one_of_the_best_against_the_best_is_a_wording_conflict():
    a = '"This orchard grows the sweetest pears in the whole county," said grower Amos Pike.'
    b = '"This orchard grows one of the sweetest pears in the whole county," said grower Amos Pike.'
    assert quote_verdicts(a, b) == WORDING


def test_the_next_term_against_this_term_is_a_wording_conflict():
    a = (
        '"We will open the new library within this term, and every reader knows it,"'
        " said Rosa Lind."
    )
    b = (
        '"We will open the new library within the next term, and every reader knows it,"'
        " said Rosa Lind."
    )
    assert quote_verdicts(a, b) == WORDING
