"""Opposite predicates a linguist would list for news reports, beyond those before."""

from __future__ import annotations

import pytest

from compare.align.opposites import are_opposites


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("granted", "refused"),
        ("granted", "denied"),
        ("accepted", "denied"),
        ("improved", "worsened"),
        ("improved", "deteriorated"),
        ("eased", "worsened"),
        ("eased", "tightened"),
        ("widened", "narrowed"),
        ("expanded", "narrowed"),
        ("cheered", "booed"),
        ("increased", "cut"),
        ("obeyed", "defied"),
    ],
)
def test_news_opposites(a: str, b: str) -> None:
    assert are_opposites(a, b) and are_opposites(b, a)


def test_one_verb_is_no_opposite_of_itself() -> None:
    assert not are_opposites("narrowed", "narrowing")
