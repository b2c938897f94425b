"""A thing moved or denied in two periods the sentences name apart ("last year" /
"in the first quarter") is two facts: the statement judge's opposite or negation
between them is no finding. Sentences written here."""

from __future__ import annotations

import pytest
from conftest import verdicts_of

from compare import Verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Ticket sales at the aquarium fell 9 percent last year, its director said.",
            "In the first half of this year, ticket sales at the aquarium rose 6 percent.",
        ),
        (
            "The ferry's passenger numbers rose 14 per cent in the second quarter.",
            "The ferry's passenger numbers dropped 3 per cent last year.",
        ),
    ],
)
def test_moves_in_two_periods_are_no_finding(a: str, b: str) -> None:
    assert all(verdict != Verdict.DIFFER for verdict, _ in verdicts_of(a, b))


def test_moves_in_one_period_still_differ() -> None:
    a = "Ticket sales at the aquarium fell 9 percent last year, its director said."
    b = "Ticket sales at the aquarium rose 9 percent last year, its director said."
    assert any(verdict == Verdict.DIFFER for verdict, _ in verdicts_of(a, b))
