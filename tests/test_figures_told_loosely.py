"""A figure the other side gives within its hedge does not part a pair shown only
when the judge agrees (unpair.unpairs with judged_after): "nearly 5,000 runners" /
"4,962 runners" is one figure told loosely; "5,000" / "3,100" still parts it."""

from __future__ import annotations

import pytest

from compare.align.unpair import unpairs
from tests.test_loose_statements import loose_pair

LOOSE = (
    "Nearly 5,000 runners started the coastal marathon, the organisers said.",
    "The organisers counted 4,962 runners at the start, a record for the race.",
)


def test_a_figure_within_the_other_sides_hedge_is_one_figure() -> None:
    sa, sb, sentences = loose_pair(*LOOSE)
    assert unpairs(sa, sb, sentences, judged_after=True) == ""
    assert unpairs(sb, sa, sentences, judged_after=True) == ""
    # a loose pair the judge is not asked about after still needs the figures alike
    assert unpairs(sa, sb, sentences) == "two figures"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # outside the hedge
        (
            "Nearly 5,000 runners started the coastal marathon, the organisers said.",
            "The organisers counted 3,100 runners at the start, a record for the race.",
        ),
        # within it, but of another counted thing
        (
            "Nearly 5,000 runners started the coastal marathon, the organisers said.",
            "The organisers counted 4,962 volunteers at the start, a record for the race.",
        ),
    ],
)
def test_figures_apart_or_of_two_things_still_part_the_pair(a: str, b: str) -> None:
    sa, sb, sentences = loose_pair(a, b)
    assert unpairs(sa, sb, sentences, judged_after=True) == "two figures"
