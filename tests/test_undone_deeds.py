"""A thing one article tells made and the other undone is no agreement to show
(undone_deeds.py). Sentences written for these tests, in domains the contradiction
sets do not use."""

from __future__ import annotations

import pytest
from conftest import first_statement, verdicts_of

from compare import Verdict
from compare.align.undone_deeds import done_nouns, made_and_undone, undone_nouns


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The choir has withdrawn its entry to the festival.", "entry"),
        ("The council rescinded the fine on Friday.", "fine"),
        ("The museum cancelled the exhibition after the flood.", "exhibition"),
        ("The league called off the final because of snow.", "final"),
    ],
)
def test_a_verb_of_undoing_and_its_noun_are_read(text: str, noun: str) -> None:
    assert noun in undone_nouns(text)


def test_a_past_verb_before_a_noun_tells_it_made_but_an_undoing_does_not() -> None:
    assert "entry" in done_nouns("The choir submitted its entry to the festival.")
    assert "entry" not in done_nouns("The choir withdrew its entry to the festival.")
    assert "entry" not in done_nouns("The choir's entry was praised by the judges.")


def test_made_against_undone_are_two_moments() -> None:
    made = first_statement("The ferry operator submitted its bid for the island route.")
    undone = first_statement("The ferry operator has withdrawn its bid for the island route.")
    also_undone = first_statement("The ferry operator withdrew its bid for the island route.")
    named = first_statement("The ferry operator's bid for the island route was the lowest.")
    assert made_and_undone(made, undone) and made_and_undone(undone, made)
    assert not made_and_undone(undone, also_undone)
    assert not made_and_undone(undone, named)


def test_no_agreement_is_shown_between_a_bid_made_and_withdrawn() -> None:
    a = "The ferry operator submitted its bid for the island route on Monday, the port said."
    b = "The ferry operator has withdrawn its bid for the island route, the port said."
    assert (Verdict.AGREE, None) not in verdicts_of(a, b)
    assert (Verdict.AGREE, None) not in verdicts_of(b, a)


def test_a_deed_undone_told_alike_still_agrees() -> None:
    a = "The ferry operator withdrew its bid for the island route on Monday."
    b = "The ferry operator has withdrawn its bid for the island route, the port said Monday."
    assert (Verdict.AGREE, None) in verdicts_of(a, b)


def test_a_verb_of_undoing_before_a_function_word_governs_nothing() -> None:
    a = first_statement("Bus services on the coast road will stay suspended until Monday.")
    b = first_statement("Bus services on the coast road have been cancelled until Monday.")
    assert not undone_nouns(b.text)
    assert not made_and_undone(a, b)
