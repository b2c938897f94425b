"""A verb that moves a figure only when the figure follows it ("slipped 4.1%",
"advanced 2%") is opposite to a verb of the other way before the same figure;
elsewhere ("slipped away", "the troops advanced") it tells no motion of a figure.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts
from compare.align.model import Conflict
from compare.align.opposites import figure_moves_apart
from tests.conftest import FILLER_A, FILLER_B, verdicts_of


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Shares in Corlen climbed 4.1% on the London market.",
            "Shares in Corlen slipped 4.1% in London.",
        ),
        (
            "The index advanced 2.5% in early trading on Thursday.",
            "The index dipped 2.5% in early trading on Thursday.",
        ),
    ],
)
def test_a_figure_moved_both_ways_is_an_opposite(a: str, b: str) -> None:
    found = verdicts_of(a, b)
    assert (Verdict.AGREE, None) not in found
    assert (Verdict.DIFFER, Conflict.OPPOSITE) in found


def test_the_verb_moves_a_figure_only_before_one() -> None:
    assert figure_moves_apart("climbed", "slipped", "4.1", "4.1")
    assert figure_moves_apart("slid", "gained", "3", "3")
    assert not figure_moves_apart("climbed", "slipped", "4.1", "away")
    assert not figure_moves_apart("advanced", "fell", "towards", "2")
    assert not figure_moves_apart("slipped", "dipped", "2", "2")  # one way


def test_one_way_told_with_two_verbs_still_agrees() -> None:
    a = "Shares in Corlen slipped 4.1% on the London market on Monday."
    b = "Shares in Corlen fell 4.1% on the London market on Monday."
    assert all(verdict is not Verdict.DIFFER for verdict, _ in verdicts_of(a, b))


def test_a_figure_moved_both_ways_in_sentences_told_apart_is_no_agreement() -> None:
    # few words shared: the number judge reads the figure's own verbs
    a = (
        "Shares in the builder's parent, Corlen Group, climbed 4.8% on the London market "
        "after the deal, their best day since June."
    )
    b = "Shares in Corlen Group slipped 4.8% in London as traders fretted over the cost."
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    numbers = [al for al in comparison.alignments if al.kind == "number"]
    assert numbers
    assert all(al.verdict is not Verdict.AGREE for al in numbers)
    assert any(al.conflict is Conflict.OPPOSITE for al in numbers)
