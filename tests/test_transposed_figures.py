"""Two figures of one counted thing written with the same digits in another order
("48" / "84", "1,260" / "1,620") are one figure, one of them miswritten: a figure
conflict even when the sentences share few words. Sentences written here."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.numbers import transposed


def test_transposed_digits() -> None:
    assert transposed(48e9, 84e9) and transposed(1260, 1620) and transposed(3.7, 7.3)
    assert not transposed(30, 3) and not transposed(105, 150) and not transposed(11, 11)
    assert not transposed(7, 70) and not transposed(430, 3400)


def _figure_conflicts(a: str, b: str) -> int:
    comparison = compare_texts({"a": a, "b": b})
    return sum(
        1
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER and al.conflict == Conflict.FIGURE
    )


def test_one_count_with_its_digits_swapped_is_a_conflict() -> None:
    a = "The Brevik index slumped 1,260 points by the close on Monday."
    b = "Traders watched the Brevik index end the session 1,620 points lower."
    assert _figure_conflicts(a, b) == 1


def test_swapped_digits_of_two_outcomes_are_not_compared() -> None:
    a = "Police said 36 people were injured in the clashes in Torvik."
    b = "Police said 63 people were arrested after the clashes in Torvik."
    assert _figure_conflicts(a, b) == 0
