"""One quote credited to the spokespeople of two owners: no ✓ (quote_speakers.py),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts


def quote_alignments(a: str, b: str) -> list[Verdict]:
    comparison = compare_texts({"a": a, "b": b})
    return [al.verdict for al in comparison.alignments if al.kind == "quote"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"Nobody is above the rules, and that includes the board," said Mira Holt, the'
            " union's chief negotiator, after the meeting.",
            '"Nobody is above the rules, and that includes the board," the company\'s'
            " spokesman told reporters.",
        ),
        (
            '"We will not be rushed into a decision on the harbour," the mayor\'s press'
            " secretary said.",
            '"We will not be rushed into a decision on the harbour," said the port'
            " authority's spokeswoman.",
        ),
    ],
)
def test_two_owners_spokespeople_are_no_agreement(a: str, b: str) -> None:
    assert Verdict.AGREE not in quote_alignments(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one owner, named on both sides
        (
            '"We will not be rushed into a decision on the harbour," the mayor\'s press'
            " secretary said.",
            '"We will not be rushed into a decision on the harbour," said Ivo Marsh, the'
            " mayor's spokesman.",
        ),
        # an owner on one side only
        (
            '"We will not be rushed into a decision on the harbour," said Ivo Marsh, the'
            " mayor's spokesman.",
            '"We will not be rushed into a decision on the harbour," Ivo Marsh said.',
        ),
    ],
)
def test_one_owner_or_none_still_agrees(a: str, b: str) -> None:
    assert quote_alignments(a, b) == [Verdict.AGREE]
