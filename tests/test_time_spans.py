"""Spans of time told in two units (compare.align.time_spans): compared in the
larger unit, in the number judge and the number matcher (the statement figure
check's cases are in test_figures_apart). Sentences written here."""

from __future__ import annotations

import pytest
from conftest import figures_in

from compare import Verdict, compare_texts
from compare.align.number_judge import judge_pair
from compare.align.numbers import unit_key
from compare.align.time_spans import in_one_unit, span_postings, two_units
from compare.extract import Number


def _one(text: str) -> Number:
    found = figures_in(text)
    assert len(found) == 1, [n.text for n in found]
    return found[0]


def test_the_smaller_unit_is_converted_to_the_larger():
    hours = _one("The union said the stoppage would last 36 hours.")
    days = _one("The stoppage will run for two days.")
    a, b = in_one_unit(hours, unit_key(hours), days, unit_key(days))
    assert (a.value, b.value) == (1.5, 2)
    assert (a.low, a.high) == (1.5, 1.5)


def test_a_hedge_interval_is_converted_too():
    hours = _one("The trial could last up to 48 hours.")
    days = _one("The trial is expected to take three days.")
    a, b = in_one_unit(hours, unit_key(hours), days, unit_key(days))
    assert (a.value, a.low, a.high) == (2, 0, 2)
    assert b is days


def test_other_units_are_left_as_they_are():
    miles = _one("The convoy covered 20 miles before dusk.")
    days = _one("The convoy travelled for two days.")
    assert not two_units(unit_key(miles), unit_key(days))
    assert in_one_unit(miles, unit_key(miles), days, unit_key(days)) == (miles, days)


def test_spans_in_one_unit_only_get_no_posting_of_their_own():
    assert span_postings(["day", "day", "ship"]) == {}
    assert span_postings(["day", "hour", "ship"]) == {"span:": [0, 1]}


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("The festival lasts 72 hours.", "The festival lasts three days.", Verdict.AGREE),
        ("The jury spent 90 minutes on it.", "The jury took 1.5 hours.", Verdict.AGREE),
        ("He was suspended for 18 months.", "He was suspended for two years.", Verdict.DIFFER),
        ("The works take about 55 minutes.", "The works take one hour.", Verdict.APPROXIMATE),
    ],
)
def test_the_judge_compares_spans_in_one_unit(a, b, verdict):
    assert judge_pair(_one(a), _one(b)).verdict == verdict


def test_a_differing_span_names_both_units():
    judged = judge_pair(
        _one("He was suspended for 18 months."), _one("He was suspended for two years.")
    )
    assert judged.title == "18 months vs 2 years"


def test_one_span_told_in_hours_and_in_days_agrees():
    a = "Dock workers at Harwick will strike for 48 hours from Monday, their union said."
    b = "The walkout by Harwick dock workers will last two days, starting on Monday."
    comparison = compare_texts({"a": a, "b": b})
    agreeing = [
        {m.text for m in al.members}
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.AGREE
    ]
    assert {"48", "two"} in agreeing


def test_days_and_months_are_not_converted():
    # a month is 28 to 31 days: "30 days" / "a month" is no difference to report
    assert not two_units(unit_key(_one("It took 30 days.")), unit_key(_one("It took one month.")))
    assert two_units(unit_key(_one("It took 18 months.")), unit_key(_one("It took two years.")))
    assert span_postings(["day", "month"]) == {}


def test_the_title_gives_the_units_as_written():
    judged = judge_pair(_one("The talks lasted 90 minutes."), _one("The talks lasted two hours."))
    assert judged.title == "90 minutes vs 2 hours"
