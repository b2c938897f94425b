"""A falling pair of large counts right after a word of carrying a vote or of standing
ahead is a tally ("passed 1,912 to 1,604"), not a range nor two figures
(number_forms.is_tally). Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source


def numbers(text: str) -> list[Number]:
    return [c for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Number)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The harbour levy passed 2,318 to 1,977 in Saturday's ballot.", (2318.0, 1977.0)),
        ("The count left Ostrova ahead 24,106 to 24,051 over her rival.", (24106.0, 24051.0)),
        ("The motion was carried by 1,204 to 1,190.", (1204.0, 1190.0)),
    ],
)
def test_a_falling_pair_after_a_word_of_carrying_is_a_tally(
    text: str, pair: tuple[float, float]
) -> None:
    found = numbers(text)
    assert [(n.form, n.pair) for n in found] == [("tally", pair)]


def test_a_falling_pair_with_no_such_word_is_no_tally() -> None:
    found = numbers("The village shrank 2,318 to 1,977 homes.")
    assert all(n.form != "tally" for n in found)


def test_two_tallies_of_one_ballot_differ() -> None:
    a = "The harbour levy passed 2,318 to 1,977 on Saturday."
    b = "Residents backed the harbour levy by 2,318 votes to 1,779."
    found = [
        (al.verdict, al.conflict)
        for al in compare_texts({"a": a, "b": b}).alignments
        if al.kind == "number"
    ]
    assert (Verdict.DIFFER, Conflict.TALLY) in found
