"""Two matched statements with a clause of each told the other way round, which
the frames could not tie to one doer and thing, are shown neither as a finding nor
with a ✓ (turned_clauses.py). Controls: a paraphrase, and one clause denied or
turned that shares too little with the other's.

The sentences are written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts
from compare.align.turned_clauses import clauses_turned, widely_opposite

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The county raised its grant to the rowing club this spring, the club said.",
            "The sports board cut its grant to the rowing club this spring, and members worry.",
        ),
        (
            "Inspectors said the bridge was in good condition, with only minor rust.",
            "But the bridge is in poor condition, with cracks along the deck.",
        ),
        (
            "Erosion of the cliff path has accelerated since the storm, rangers said.",
            "Erosion of the cliff path has slowed since the storm, the rangers found.",
        ),
        (
            "Its housing officers had recommended refusal, citing the loss of trees.",
            "The town's housing officers had recommended approval, but the board disagreed.",
        ),
        (
            "Most stallholders at the market campaigned for the new parking rules.",
            "Stallholders at the market campaigned against the new parking rules.",
        ),
    ],
)
def test_turned_clauses(a: str, b: str) -> None:
    assert clauses_turned(a, b)
    assert clauses_turned(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The county raised its grant to the rowing club this spring, the club said.",
            "The rowing club's grant from the county went up this spring.",
        ),
        (
            "The mayor approved the plan on Tuesday after a long debate.",
            "The plan was approved by the mayor on Tuesday night.",
        ),
        (
            "Prices fell in the city centre, while the suburbs saw little change.",
            "Rents rose sharply across the country last year.",
        ),
    ],
)
def test_not_turned(a: str, b: str) -> None:
    assert not clauses_turned(a, b)


def test_widely_opposite() -> None:
    assert widely_opposite("refusal", "approval")
    assert widely_opposite("accelerated", "slowed")
    assert not widely_opposite("refusal", "rejection")
    assert not widely_opposite("slowed", "slackened")


def test_no_tick_on_a_turned_clause() -> None:
    a = (
        "The county raised its grant to the rowing club this spring, allowing it to "
        "buy two new boats, the club's treasurer said."
    )
    b = (
        "The sports board cut its grant to the rowing club this spring, and members "
        "say the regatta was saved only by private donors."
    )
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    ticks = [
        al
        for al in comparison.alignments
        if str(al.kind) == "statement" and al.verdict == Verdict.AGREE
    ]
    assert not ticks
