"""A description of two posts ("founder and chief technology officer") is read by
the part that agrees with the other side's title: when that part names another
post under one bare head ("chief"), the two titles are not shown ✓
(titles.two_heads). Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.align import Verdict, compare_texts


def _role_ticks(a: str, b: str) -> list[bool]:
    """For each role alignment across the two texts: shown ✓?"""
    comparison = compare_texts({"a": a, "b": b})
    return [
        al.verdict == Verdict.AGREE  # an unchecked pair is no alignment at all
        for al in comparison.alignments
        if al.kind.value == "role"
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The figures were wrong, said the bakery chain's chief executive, Maria Lenz.",
            "Maria Lenz, the bakery chain's founder and chief financial officer, said the"
            " figures were wrong.",
        ),
        (
            "The vote was delayed, said the league's chief executive, Tom Reyes.",
            "Tom Reyes, the league's co-owner and chief of staff, said the vote was delayed.",
        ),
    ],
)
def test_the_agreeing_part_names_another_post(a, b):
    assert not any(_role_ticks(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The figures were wrong, said the bakery chain's chief executive, Maria Lenz.",
            "Maria Lenz, the bakery chain's founder and chief executive, said the figures"
            " were wrong.",
        ),
        (
            "The vote was delayed, said the league's chief operating officer, Tom Reyes.",
            "Tom Reyes, the league's co-owner and chief operating officer, said the vote was"
            " delayed.",
        ),
    ],
)
def test_the_agreeing_part_names_the_same_post(a, b):
    ticks = _role_ticks(a, b)
    assert ticks and all(ticks)
