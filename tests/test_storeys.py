"""One thing placed on two storeys of a building (compare/align/storeys.py), on
articles written for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Verdict
from compare.align.storeys import storeys, two_storeys


def _place_differences(a: str, b: str) -> list[Verdict]:
    return [al.verdict for al in statement_findings(a, b, Conflict.PLACE)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The leak began in a storeroom in the basement of the museum.",
            "The leak started in a gallery on the second floor of the museum.",
        ),
        (
            "Inspectors found mould behind the panels on the 7th floor of the library.",
            "Inspectors found mould behind panels on the fourth floor.",
        ),
    ],
)
def test_one_thing_on_two_storeys_is_a_place_conflict(a, b):
    assert _place_differences(a, b) == [Verdict.DIFFER]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # sentences sharing only one word may tell two things
        (
            "A visitor was sitting on the third floor.",
            "A visitor waited in the basement.",
        ),
        # a sentence of two storeys: the leak spread
        (
            "The leak began in the basement and spread to the third floor.",
            "The leak started in a gallery on the third floor of the museum.",
        ),
    ],
)
def test_loose_ties_and_spreads_are_no_place_conflict(a, b):
    assert _place_differences(a, b) == []


def test_storeys_are_read_from_ordinals_digits_and_basements():
    found = storeys("Water ran from the 12th floor to the basement, past the ground floor.")
    assert [(s.level, s.text) for s in found] == [
        (12, "12th floor"),
        (-1, "basement"),
        (0, "ground floor"),
    ]


# neighbouring floors above ground may be one floor counted two ways (the American
# first floor is the British ground floor); the place judge still compares them
@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [(0, 1, False), (1, 2, False), (1, 3, True), (-1, 0, True), (-1, -1, False)],
)
def test_two_storeys(x, y, apart):
    assert two_storeys(x, y) is apart
