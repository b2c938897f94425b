"""A stretch of time told in two units ("3 hours and 40 minutes") is one span in the
smaller unit, and agrees with the same span told in one unit ("220 minutes").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Source, compare_texts
from compare.extract import Number, extract_claims


def figures(text: str) -> list[tuple[str, float, str | None]]:
    source = Source.from_text("The council met.\n\n" + text, id="t")
    return [(c.text, c.value, c.unit) for c in extract_claims(source) if isinstance(c, Number)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tunnel was shut for 3 hours and 40 minutes.", ("3 hours and 40", 220.0, "minutes")),
        ("The beacon flashes every 2 hours 54 minutes.", ("2 hours 54", 174.0, "minutes")),
        ("She waited two hours and 15 minutes for a bus.", ("two hours and 15", 135.0, "minutes")),
        ("He served 4 years and 2 months in jail.", ("4 years and 2", 50.0, "months")),
    ],
)
def test_two_units_one_span(text: str, expected: tuple[str, float, str]) -> None:
    assert figures(text) == [expected]


def test_two_spans_told_apart_stay_two() -> None:
    # "then" parts them; and hours are not followed by seconds
    assert len(figures("They talked for 3 hours, then 40 minutes more.")) == 2
    assert len(figures("It lasted 3 hours and 40 seconds of silence followed.")) == 2


def test_one_span_in_two_units_agrees_with_one_unit() -> None:
    published = "---\npublished: 2025-03-10\n---\n\n"
    comparison = compare_texts(
        {
            "a": published + "Power on the Kelso line returned 3 hours and 40 minutes after the "
            "fault began, the operator said.",
            "b": published + "It took 220 minutes to bring power back along the Kelso line "
            "after the fault, the operator said.",
        }
    )
    verdicts = [a.verdict.value for a in comparison.alignments if a.kind == "number"]
    assert verdicts == ["agree"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilot lost his licence for a year and a half.", ("a year and a half", 1.5, "year")),
        ("The goal came with a minute and a half left.", ("a minute and a half", 1.5, "minute")),
        ("The search took one and a half days.", ("one and a half days", 1.5, "days")),
    ],
)
def test_one_unit_and_a_half(text: str, expected: tuple[str, float, str]) -> None:
    assert figures(text) == [expected]


def test_a_year_and_a_half_agrees_with_eighteen_months() -> None:
    published = "---\npublished: 2025-03-10\n---\n\n"
    comparison = compare_texts(
        {
            "a": published + "The tribunal barred the Kelso skipper from sailing for a year and "
            "a half.",
            "b": published + "The Kelso skipper will lose his sailing ticket for 18 months, the "
            "tribunal ruled.",
        }
    )
    verdicts = [a.verdict.value for a in comparison.alignments if a.kind == "number"]
    assert verdicts == ["agree"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews waited three-quarters of an hour.", ("three-quarters", 0.75, "hour", None)),
        ("The vote took half an hour.", ("half an hour", 0.5, "hour", None)),
        ("It was over in less than half an hour.", ("less than half an hour", 0.5, "hour", 0.0)),
        ("A quarter of the staff left.", ("A quarter", 0.25, "staff", 0.25)),
    ],
)
def test_a_part_of_one_unit(text: str, expected: tuple[str, float, str, float | None]) -> None:
    source = Source.from_text("The council met.\n\n" + text, id="t")
    [n] = [c for c in extract_claims(source) if isinstance(c, Number)]
    low = n.low if n.hedge or n.form == "share" else None
    assert (n.text, n.value, n.unit.split()[0] if n.unit else None, low) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crossing takes an hour and 20 minutes.", ("an hour and 20", 80.0, "minutes")),
        ("Repairs took a day and six hours.", ("a day and six", 30.0, "hours")),
        ("The trip now takes about 2 hours 10 minutes.", ("about 2 hours 10", 130.0, "minutes")),
    ],
)
def test_one_larger_unit_and_a_hedge_on_the_whole_span(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert figures(text) == [expected]
    # the hedge is the whole span's: about 130 minutes, not 2 hours give or take and 10
    (hedged,) = [
        c
        for c in extract_claims(Source.from_text("The council met.\n\n" + text, id="t"))
        if isinstance(c, Number)
    ]
    if hedged.hedge:
        assert hedged.low is not None and hedged.high is not None
        assert hedged.low < 130 < hedged.high and hedged.high - hedged.low < 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quarry lies half a mile from the school.", ("half a mile", 0.5, "mile")),
        ("The wall runs a kilometre and a half.", ("a kilometre and a half", 1.5, "kilometre")),
        ("Crews hauled one and a half tonnes of mud.", ("one and a half tonnes", 1.5, "tonnes")),
    ],
)
def test_one_unit_of_a_measure_and_a_half(text: str, expected: tuple[str, float, str]) -> None:
    assert figures(text) == [expected]


def test_half_a_mile_agrees_with_its_metres() -> None:
    comparison = compare_texts(
        {
            "a": "The new pier stands about 800 metres from the lighthouse.",
            "b": "Builders put the jetty roughly half a mile off the old beacon.",
        }
    )
    assert any(
        x.kind == "number" and str(x.verdict) == "agree" and len(x.members) == 2
        for x in comparison.alignments
    )
