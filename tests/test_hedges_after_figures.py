"""Hedges written right after a figure ("five or more", "800-plus") and "upward of":
bounds like "at least" and "more than", with the counted noun read after them.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Source, compare_texts
from compare.extract import Number, extract_claims


def figure(text: str) -> Number:
    source = Source.from_text("The council met.\n\n" + text, id="t")
    [number] = [c for c in extract_claims(source) if isinstance(c, Number)]
    return number


@pytest.mark.parametrize(
    ("text", "written", "unit", "low", "high"),
    [
        ("Four or more walkers were missing.", "Four or more", "walkers", 4.0, None),
        ("The hall seats 50 or fewer guests.", "50 or fewer", "guests", 0.0, 50.0),
        ("The reef holds 600-plus kinds of coral.", "600-plus", "kinds", 600.0, None),
        ("The flu has reached upward of 2,100 pupils.", "upward of 2,100", "pupils", 2100.0, None),
        ("About 200 or so people came.", "About 200", None, 180.0, 220.0),
    ],
)
def test_a_bound_after_the_figure(
    text: str, written: str, unit: str | None, low: float, high: float | None
) -> None:
    number = figure(text)
    assert (number.text, number.unit, number.low, number.high) == (written, unit, low, high)


def test_or_more_before_than_is_no_hedge() -> None:
    # "two or more than three": a choice of two figures, not "two or more"
    source = Source.from_text("The council met.\n\nThe shop sold two or more than three.", id="t")
    written = [c.text for c in extract_claims(source) if isinstance(c, Number)]
    assert written == ["two", "more than three"]


def test_one_bound_told_two_ways_agrees() -> None:
    published = "---\npublished: 2025-03-10\n---\n\n"
    comparison = compare_texts(
        {
            "a": published + "At least six climbers were caught in the avalanche near Zell.",
            "b": published + "Six or more climbers were caught in the avalanche near Zell.",
        }
    )
    verdicts = [a.verdict.value for a in comparison.alignments if a.kind == "number"]
    assert verdicts == ["agree"]
