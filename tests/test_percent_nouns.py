"""Two equal percentages of one thing the sentences name agree however little else
the sentences share (compare.align.percent_nouns). Sentences written here; two
things' percentages beside them."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts


def _percent_alignments(a: str, b: str) -> list[tuple[Verdict, tuple[str, ...]]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        (al.verdict, tuple(m.text for m in al.members))
        for al in comparison.alignments
        if al.kind == "number"
    ]


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        (
            "Turnout was 71 per cent.",
            "Nearly three in four voters came out, with turnout at 71%.",
            ("71 per cent", "71%"),
        ),
        (
            "Orlen Metals shares dropped 4% in Warsaw.",
            "Orlen Metals' shares lost 4 percent by the close.",
            ("4%", "4 percent"),
        ),
    ],
)
def test_equal_percentages_of_one_thing_agree(a: str, b: str, figures: tuple[str, str]) -> None:
    assert (Verdict.AGREE, figures) in _percent_alignments(a, b)


def test_two_things_percentages_stay_apart() -> None:
    found = _percent_alignments(
        "Shares in Orlen Metals dropped 4% in Warsaw.",
        "Shares in Vistula Steel lost 4 percent by the close.",
    )
    assert not found
