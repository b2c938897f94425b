"""A person's age told at two moments is no conflict (compare/align/age_moments.py), on
articles written for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import claim_fields

from compare import Verdict, compare_texts
from compare.align.age_moments import ages_told_apart
from compare.extract.claims import Number
from compare.ingest import patterns


def _ages(date_a: str, date_b: str) -> list[tuple[Verdict, str]]:
    texts = {
        "a": f"{date_a}\nA delivery van hit a tram on the bridge at Lenby. "
        "Police named the driver as Tomas Adler, 41, a courier from the town.\n",
        "b": f"{date_b}\nThe crash on the bridge at Lenby left two passengers hurt. "
        "A jury found Tomas Adler, 43, guilty of dangerous driving over the crash.\n",
    }
    comparison = compare_texts(texts)
    return [(a.verdict, a.title) for a in comparison.alignments if a.kind == "number"]


def test_ages_two_years_apart_in_articles_two_years_apart_are_no_conflict() -> None:
    # named at the crash, convicted two years later: 41 then 43, both right
    assert _ages("March 3, 2019", "May 9, 2021") == []


@pytest.mark.parametrize(
    ("date_a", "date_b"),
    [
        ("March 3, 2019", "March 4, 2019"),  # one moment: the ages conflict
        ("May 9, 2021", "March 3, 2019"),  # the earlier article gives the older age
        ("March 3, 2019", "May 9, 2025"),  # six years cannot make two
    ],
)
def test_ages_the_dates_do_not_explain_still_conflict(date_a: str, date_b: str) -> None:
    assert _ages(date_a, date_b) == [(Verdict.DIFFER, "41 vs 43")]


def test_undated_articles_compare_their_ages_as_before() -> None:
    texts = {
        "a": "Police named the driver as Tomas Adler, 41, a courier from the town.",
        "b": "A jury found Tomas Adler, 43, guilty of dangerous driving over the crash.",
    }
    found = [a for a in compare_texts(texts).alignments if a.kind == "number"]
    assert [(a.verdict, a.title) for a in found] == [(Verdict.DIFFER, "41 vs 43")]


def test_the_years_between_bound_the_change() -> None:
    def age(source: str, value: float) -> Number:
        sentence = f"Mira Holt, {value:g}, won."
        return Number(
            **claim_fields(source, sentence, f"{value:g}"),
            value=value,
            low=None,
            high=None,
            hedge="",
            unit="",
            reported_by="",
            form="cardinal",
        )

    dates = {"a": dt.date(2010, 1, 1), "b": dt.date(2011, 7, 1)}  # a year and a half
    assert ages_told_apart(age("a", 30), age("b", 31), dates)
    assert ages_told_apart(age("a", 30), age("b", 32), dates)
    assert not ages_told_apart(age("a", 30), age("b", 33), dates)
    assert not ages_told_apart(age("a", 31), age("b", 30), dates)
    assert not ages_told_apart(age("a", 30), age("c", 32), dates)  # c has no date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("(March 20, 2007) - -", "March 20, 2007"),  # a wire dateline with its dashes
        ("(4 June 2012)", "4 June 2012"),
        ("June 25, 2005 --", "June 25, 2005"),
        ("March 20, 2007)", None),
        ("Updated: June 3, 2010 - then more", None),
    ],
)
def test_date_lines_are_read_in_parentheses_and_before_dashes(line: str, date: str | None) -> None:
    found = patterns.DATE_LINE.match(line)
    assert (found and found.group("date")) == date
