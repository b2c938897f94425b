"""An hour told with "o'clock" is a clock time: two that differ are no agreement,
one told in digits and in words is one time. Sentences written here."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts
from compare.extract.temporal import find_times

EVENTS = (
    "The blast happened {} near the station.",
    "The meeting ended {} on the third floor.",
    "{}, the ferry left the harbour for the island.",
    "Police said the suspect was arrested {} outside his flat.",
)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("at 10 o'clock", "10:00"),
        ("at ten o'clock", "10:00"),
        ("Ten o’clock", "10:00"),
        ("at ten o'clock at night", "22:00"),
        ("at 3 o'clock in the afternoon", "15:00"),
        ("at nine o'clock in the morning", "09:00"),
        ("shortly after eleven o'clock", "11:00"),
    ],
)
def test_oclock_is_read_as_a_time(said: str, value: str) -> None:
    found = find_times(f"It happened {said}.", 0)
    assert [f.value for f in found] == [value]


def test_a_clock_in_other_words_is_no_time() -> None:
    assert find_times("The clock on the tower stopped.", 0) == []


def _statement_verdicts(a: str, b: str) -> list[Verdict]:
    comparison = compare_texts({"a.txt": a, "b.txt": b})
    return [al.verdict for al in comparison.alignments if al.kind == "statement"]


@pytest.mark.parametrize("event", EVENTS)
@pytest.mark.parametrize(
    ("time_a", "time_b"),
    [
        ("at 10 o'clock", "at 12 o'clock"),
        ("at ten o'clock", "at two o'clock"),
        ("at nine o'clock in the morning", "at 9 p.m."),
        ("at 8 o'clock", "at 11 o'clock"),
    ],
)
def test_two_hours_are_never_an_agreement(event: str, time_a: str, time_b: str) -> None:
    a, b = event.format(time_a), event.format(time_b)
    assert Verdict.AGREE not in _statement_verdicts(a[0].upper() + a[1:], b[0].upper() + b[1:])


@pytest.mark.parametrize("event", EVENTS)
@pytest.mark.parametrize(
    ("time_a", "time_b"),
    [("at ten o'clock", "at 10 o'clock"), ("at ten o'clock at night", "at 10 p.m.")],
)
def test_one_hour_told_two_ways_is_no_clash(event: str, time_a: str, time_b: str) -> None:
    a, b = event.format(time_a), event.format(time_b)
    verdicts = _statement_verdicts(a[0].upper() + a[1:], b[0].upper() + b[1:])
    assert Verdict.DIFFER not in verdicts


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("just before nine in the morning", "09:00"),
        ("at 4 in the afternoon", "16:00"),
        ("at around eleven at night", "23:00"),
        ("shortly after seven in the evening", "19:00"),
    ],
)
def test_an_hour_with_its_part_of_the_day_is_a_time(said: str, value: str) -> None:
    # "o'clock" may go unsaid when the part of the day follows the hour
    found = find_times(f"It happened {said}.", 0)
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        # no preposition of time before it: a count ("nine in the morning shift")
        "Nine in the morning shift were sent home.",
        # a count above twelve is no hour
        "About 30 in the morning group fell ill.",
    ],
)
def test_a_count_before_a_part_of_the_day_is_no_time(sentence: str) -> None:
    assert find_times(sentence, 0) == []


def test_an_hour_in_words_agrees_with_its_digits() -> None:
    a = "The raiders struck the jeweller's shortly before 9am, police said."
    b = "Police said the raiders struck the jeweller's just before nine in the morning."
    assert Verdict.AGREE in [
        al.verdict for al in compare_texts({"a.txt": a, "b.txt": b}).alignments if al.kind == "time"
    ]
