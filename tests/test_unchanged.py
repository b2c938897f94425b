"""Something kept unchanged against the same thing changed, on sentences written
for these tests."""

from __future__ import annotations

import pytest
from conftest import judged_statements

from compare import Conflict, Verdict, compare_texts


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


@pytest.mark.parametrize(
    "b",
    [
        "Corvane lowered its dividend for the second quarter.",
        "The bank raised its dividend for the second quarter.",
    ],
)
def test_a_dividend_kept_unchanged_and_changed_is_an_opposite(b):
    a = "The bank kept its second-quarter dividend unchanged, citing steady deposits."
    assert _statements(a, b) == [(Verdict.DIFFER, Conflict.OPPOSITE)]


def test_another_thing_changed_is_no_opposite():
    a = "The bank kept its second-quarter dividend unchanged, citing steady deposits."
    b = "Corvane raised its savings rate for the second quarter."
    assert (Verdict.DIFFER, Conflict.OPPOSITE) not in _statements(a, b)


def test_another_named_doer_is_no_opposite():
    # two names: two banks, each may do its own thing
    a = "Mirella Bank kept its second-quarter dividend unchanged, citing steady deposits."
    b = "Corvane lowered its dividend for the second quarter."
    assert (Verdict.DIFFER, Conflict.OPPOSITE) not in _statements(a, b)


def _judged(a: str, b: str) -> tuple[Verdict, bool]:
    judgement = judged_statements(a, b)
    return judgement.verdict, judgement.unchecked


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The co-operative raised its annual payout to members to 4.6 cents a litre from"
            " 4.1 cents.",
            "Members will receive an annual payout of 4.6 cents a litre, unchanged from last year.",
        ),
        (
            "The carrier kept its forecast for annual freight volumes at 12 million tonnes.",
            "The carrier cut its annual freight forecast to 11.5 million tonnes, from 12 million"
            " tonnes.",
        ),
    ],
)
def test_a_figure_held_beside_the_same_figure_moved_is_no_tick(a: str, b: str) -> None:
    verdict, unchecked = _judged(a, b)
    assert verdict != Verdict.AGREE or unchecked


def test_a_figure_held_in_both_still_agrees() -> None:
    verdict, unchecked = _judged(
        "The carrier kept its forecast for annual freight volumes at 12 million tonnes.",
        "The carrier left its annual freight forecast unchanged at 12 million tonnes.",
    )
    assert verdict == Verdict.AGREE and not unchecked
