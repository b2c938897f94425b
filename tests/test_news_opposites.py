"""Opposite predicates a linguist would list for news reports, beyond those before."""

from __future__ import annotations

import pytest

from compare.align.closest_polarity import polarity_told
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
        ("remanded", "released"),
        ("remanded", "freed"),
        ("allowed", "refused"),
        ("permitted", "refused"),
        ("allowed", "rejected"),
        ("approved", "vote_down"),
        ("passed", "vote_down"),
    ],
)
def test_news_opposites(a: str, b: str) -> None:
    assert are_opposites(a, b) and are_opposites(b, a)


def test_one_verb_is_no_opposite_of_itself() -> None:
    assert not are_opposites("narrowed", "narrowing")


def test_a_court_remanding_against_releasing_is_an_opposite() -> None:
    a = "A magistrate in Leeds remanded the two drivers in custody on Friday."
    b = "A magistrate in Leeds released the two drivers on bail on Friday, with conditions."
    found = polarity_told(a, b)
    assert found is not None and {found.a, found.b} == {"remanded", "released"}


def test_a_permission_is_no_opposite_of_a_dismissal() -> None:
    # "Pupils were dismissed early" / "pupils were allowed to leave": no ruling
    assert not are_opposites("allowed", "dismissed")


def test_agreeing_is_no_opposite_of_rejecting() -> None:
    # "agreed that the offer was unfair" and "rejected the offer as unfair" say one thing
    assert not are_opposites("agreed", "rejected")
