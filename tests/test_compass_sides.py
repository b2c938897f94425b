"""One place given two compass points (compare/align/compass_sides.py), on articles
written for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Verdict
from compare.align.compass_sides import points


def _place_differences(a: str, b: str) -> list[Verdict]:
    return [al.verdict for al in statement_findings(a, b, Conflict.PLACE)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one part named on both sides, owners told differently
        (
            "The mosaic was uncovered on the east wall of the bathhouse at Corvale.",
            "Archaeologists said the tiles lay along the west wall of the main hall.",
        ),
        # one owner, told with "of" and with a possessive, its sides named two ways
        (
            "The new velodrome will rise on the southern edge of the town, planners said.",
            "Planners picked a plot on the town's northern fringe for the velodrome.",
        ),
        # one point given twice in an article is still its one point
        (
            "The mosaic was uncovered on the east wall of the bathhouse at Corvale. "
            "Its colours on the east wall had barely faded.",
            "Archaeologists said the tiles lay along the west wall of the main hall.",
        ),
        # a named place, the sentences tied by more than its name
        (
            "The trawler sank 30 miles east of Brannock after its engine failed.",
            "The trawler went down 30 miles west of Brannock in heavy seas.",
        ),
    ],
)
def test_one_reference_at_two_compass_points_is_a_place_conflict(a, b):
    found = _place_differences(a, b)  # each sentence giving the point, paired
    assert found and set(found) == {Verdict.DIFFER}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # points less than a quarter turn apart
        (
            "The trawler sank 30 miles west of Brannock after its engine failed.",
            "The trawler went down 30 miles north-west of Brannock in heavy seas.",
        ),
        # a named place around which two things lie: nothing else shared
        (
            "She grew up in Ostley, north of Brannock.",
            "The trawler went down 30 miles west of Brannock in heavy seas.",
        ),
        # an article giving the reference two points: a story of several spots
        (
            "Smoke was first seen in the north wing of the library. "
            "Readers were led out through the east wing.",
            "Staff said the fire broke out in the south wing.",
        ),
        # two specific parts of one owner are two spots
        (
            "Fans queued at the north gate of the arena.",
            "Fans queued at the south stand of the arena.",
        ),
        # compass names are names
        (
            "The firm moved to North Dakota last year.",
            "The firm moved to South Dakota last year.",
        ),
    ],
)
def test_close_points_landmarks_several_spots_and_names_are_no_place_conflict(a, b):
    assert _place_differences(a, b) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It hung on the north wall of the nave.", [(0, "wall", "nave")]),
        ("The quarry lies 4 km south-east of Tarrow.", [(135, "", "tarrow")]),
        ("Floods hit northern Estavia again.", [(0, "", "estavia")]),
        ("The lake's western shore was closed.", [(270, "shore", "lake")]),
        # motion, a direction as a subject and a wind carry no point of a place
        ("The storm moved north overnight.", []),
        ("The north-west voted to leave.", []),
        ("A northerly wind kept the boats in port.", []),
    ],
)
def test_points_read_a_part_an_owner_or_a_named_place(sentence, expected):
    assert [(p.angle, p.part, p.owner) for p in points(sentence)] == expected
