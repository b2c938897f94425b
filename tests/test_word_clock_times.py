"""A clock time told in words, a part of the hour before the hour ("half past two",
"a quarter to one", "twenty past nine", "ten minutes to six"), is a clock time: its
value is read, and two that differ from another article's time of one deed are no
agreement. Sentences written here, from no set."""

from __future__ import annotations

import pytest
from conftest import kind_verdicts

from compare import Verdict
from compare.extract.temporal import find_times


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("at half past two in the afternoon", "14:30"),
        ("shortly before half past eleven in the morning", "11:30"),
        ("at a quarter past seven in the evening", "19:15"),
        ("at a quarter to one at night", "00:45"),
        ("at quarter to nine in the morning", "08:45"),
        ("at twenty past three in the morning", "03:20"),
        ("at ten minutes to ten at night", "21:50"),
        ("at 25 minutes past 4 in the afternoon", "16:25"),
        ("at half past six", "06:30"),
        ("at a quarter past eleven o'clock", "11:15"),
    ],
)
def test_a_part_of_the_hour_before_the_hour_is_a_time(said: str, value: str) -> None:
    found = find_times(f"The doors opened {said}, a steward said.", 0)
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Half of the crew were past retirement age.",
        "The home side won ten to six in extra time.",
        "Odds of ten to one were offered on the outsider.",
        "Prices rose by a quarter to one pound a kilo.",
        "The stock fell a quarter in one session.",
    ],
)
def test_words_of_a_fraction_or_a_score_are_no_time(sentence: str) -> None:
    assert find_times(sentence, 0) == []


# Five pairs of one deed at two hours, the one hour told in words on one side.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ferry left the quay at half past four in the afternoon.",
            "The ferry left the quay at 18:10.",
        ),
        (
            "Firefighters reached the warehouse at twenty past three in the morning.",
            "Firefighters reached the warehouse at 5.50am.",
        ),
        (
            "The polls closed at ten minutes to ten at night in the capital.",
            "The polls closed at 8pm in the capital.",
        ),
        (
            "Rescuers got to the two climbers at half past two in the afternoon.",
            "Rescuers got to the two climbers at 06:30.",
        ),
        (
            "The jury returned its verdict at a quarter past eleven in the morning.",
            "The jury returned its verdict at 3pm.",
        ),
    ],
)
def test_one_deed_at_two_hours_is_no_agreement(a: str, b: str) -> None:
    verdicts = kind_verdicts(a, b, "statement") + kind_verdicts(a, b, "time")
    assert Verdict.AGREE not in verdicts
    assert Verdict.DIFFER in kind_verdicts(a, b, "time")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ferry left the quay at half past four in the afternoon.", "The ferry left at 16:30."),
        ("The polls closed at a quarter to ten at night.", "The polls closed at 9.45pm."),
    ],
)
def test_one_hour_told_two_ways_is_no_clash(a: str, b: str) -> None:
    assert Verdict.DIFFER not in kind_verdicts(a, b, "time") + kind_verdicts(a, b, "statement")
