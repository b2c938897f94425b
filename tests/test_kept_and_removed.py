"""A thing kept against the same thing done away with, on sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import judged_statements

from compare import Conflict, Verdict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Union officials said most of the 340 drivers at the depot will lose their jobs.",
            "The operator said the majority of the depot's 340 drivers would keep their jobs.",
        ),
        (
            "During the works the original Victorian iron railings were retained and painted.",
            "The main change is outside, where the Victorian iron railings were removed.",
        ),
        (
            "The council voted to keep the night bus route through the old town.",
            "The council voted to scrap the night bus route through the old town.",
        ),
    ],
)
def test_a_thing_kept_and_done_away_with_is_an_opposite(a, b):
    judgement = judged_statements(a, b)
    assert (judgement.verdict, judgement.conflict) == (Verdict.DIFFER, Conflict.OPPOSITE)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two counts of doers: two groups, each its own fate
        (
            "Union officials said 200 drivers at the depot will keep their jobs.",
            "Union officials said 140 drivers at the depot will lose their jobs.",
        ),
        # the other side's thing is another one
        (
            "During the works the original Victorian iron railings were retained and painted.",
            "The main change is outside, where the Victorian gas lamps were removed.",
        ),
        # a state kept is unchanged.py's reading, not a thing retained
        (
            "Police kept the coastal road closed through the night after the storm.",
            "Crews removed the coastal road's fallen trees through the night after the storm.",
        ),
    ],
)
def test_no_opposite_without_one_thing_kept_and_done_away_with(a, b):
    judgement = judged_statements(a, b)
    assert judgement.conflict != Conflict.OPPOSITE
