"""A doer a cleft singles out, against a telling of that deed that does not name
them: no ✓ (cleft_doers.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import first_statement

from compare.align.cleft_doers import cleft_doers_apart


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "It was Okafor who headed in the winner in the 89th minute, sparking wild scenes.",
            "Mensah sealed the win when he headed in from a corner in the 89th minute.",
        ),
        (
            "It was Dr Lena Moss that raised the alarm after the second patient fell ill.",
            "A junior nurse raised the alarm after a second patient fell ill.",
        ),
    ],
)
def test_a_singled_out_doer_the_other_side_does_not_name(a: str, b: str) -> None:
    first, second = first_statement(a), first_statement(b)
    assert cleft_doers_apart(first, second)
    assert cleft_doers_apart(second, first)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the doer named on both sides
        (
            "It was Okafor who headed in the winner in the 89th minute.",
            "Okafor headed in from a corner in the 89th minute to win it.",
        ),
        # another deed on the other side
        (
            "It was Okafor who headed in the winner in the 89th minute.",
            "The home side won the match with a late goal from a corner.",
        ),
        # no cleft: "it was" before a description
        (
            "It was the first time the club had won the cup since 1987.",
            "The club won the cup for the first time since 1987.",
        ),
    ],
)
def test_no_cleft_doer_apart(a: str, b: str) -> None:
    assert not cleft_doers_apart(first_statement(a), first_statement(b))
