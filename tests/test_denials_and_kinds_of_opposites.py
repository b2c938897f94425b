"""A denial of a gerund, "no longer", and opposites reached through WordNet's
kinds of verbs (issue 13), on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.antonyms import opposite
from compare.align.word_contradictions import by_words


def _statement_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The mayor accepted a gift from the developer, according to the report.",
            "The mayor denied accepting a gift from the developer.",
        ),
        (
            "The clinic offers free vaccinations to children.",
            "The clinic no longer offers free vaccinations to children.",
        ),
    ],
)
def test_a_denied_gerund_and_no_longer_are_negations(a, b):
    assert _statement_verdicts(a, b) == [(Verdict.DIFFER, Conflict.NEGATION)]


def test_a_denial_of_a_noun_is_no_negation_of_it():
    # "denied the charges" says nothing against "the charges" being brought
    assert (
        by_words(
            "The treasurer faces charges of fraud over the missing funds.",
            "The treasurer denied the charges of fraud over the missing funds.",
        )
        is None
    )


def test_a_kind_of_a_news_verb_opposes_what_that_verb_opposes():
    assert opposite("reduced", "increased")  # to reduce is to decrease
    assert opposite("soared", "fell")  # to soar is to rise
    assert opposite("shrank", "grew") or opposite("shrinking", "increasing")
    assert not opposite("soared", "climbed")  # two kinds of rising
    a = "The city increased the parking fine to 80 euros."
    b = "The city reduced the parking fine to 80 euros."
    assert _statement_verdicts(a, b) == [(Verdict.DIFFER, Conflict.OPPOSITE)]
