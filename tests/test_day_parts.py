"""A part of the day on one side and a clock time outside it on the other, in two
sentences held for one fact, is a time conflict (day_parts.py); a time inside the
part, or a sentence naming two parts, is not. Sentences written here, in domains of
their own."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.day_parts import day_part

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"  # a Friday


def statement_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": PUBLISHED + a + "\n", "b": PUBLISHED + b + "\n"})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


def test_one_part_of_the_day_is_read() -> None:
    assert day_part("The kiln cracked in the early hours of Tuesday.") == "early"
    assert day_part("The kiln cracked on Tuesday evening.") == "evening"
    assert day_part("The kiln cracked on Monday night.") == "night"
    assert day_part("The kiln cracked on Tuesday, the potter said.") is None
    assert day_part("It cracked on Monday morning and was mended by evening.") is None


def test_the_early_hours_against_an_evening_time_differ() -> None:
    a = "The Ashby pottery's old kiln cracked in the early hours of Tuesday."
    b = "The Ashby pottery's old kiln cracked at 9pm on Tuesday."
    assert statement_verdicts(a, b) == [(Verdict.DIFFER, Conflict.TIME)]


def test_a_time_inside_the_part_of_the_day_agrees() -> None:
    a = "The Ashby pottery's old kiln cracked on Tuesday evening."
    b = "The Ashby pottery's old kiln cracked at 7pm on Tuesday."
    assert statement_verdicts(a, b) == [(Verdict.AGREE, None)]
