"""Verbs of stance that turn a statement round ("defended" / "criticised", "praised" /
"attacked", "welcomed" / "regretted"), British spellings included, on sentences
written for these tests (compare.align.opposites)."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts
from compare.align.opposites import are_opposites


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("defended", "criticised"),
        ("defended", "criticized"),
        ("defends", "condemned"),
        ("praised", "criticised"),  # the table's "criticize", spelt the British way
        ("praised", "attacked"),
        ("welcomed", "regretted"),
        ("welcomed", "criticised"),
    ],
)
def test_stances_of_one_thing_are_opposites(a: str, b: str) -> None:
    assert are_opposites(a, b)


@pytest.mark.parametrize(("a", "b"), [("defended", "praised"), ("criticised", "attacked")])
def test_one_stance_told_two_ways_is_no_opposite(a: str, b: str) -> None:
    assert not are_opposites(a, b)


def test_a_stance_turned_round_is_never_shown_as_agreement() -> None:
    a = "The health minister defended the hospital's handling of the outbreak on Tuesday."
    b = "The health minister criticised the hospital's handling of the outbreak on Tuesday."
    comparison = compare_texts({"a": a, "b": b})
    statements = [al for al in comparison.alignments if al.kind == "statement"]
    assert statements and all(al.verdict != Verdict.AGREE for al in statements)
