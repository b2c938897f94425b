"""A court's decision dated as the court's deed and as its ruling is one step of a
case (court_decisions): "A tribunal on Tuesday ordered" / "In a ruling handed down
on 9 March". A conviction and a sentence are two steps, and an article that dates
two steps is left alone. Sentences written here (published Friday 14 March 2025)."""

from __future__ import annotations

from conftest import compare_on_a_friday, day_pairs

from compare import Verdict
from compare.align.court_decisions import court_decision_pairs


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the dates the matcher pairs across the two articles."""
    return day_pairs(court_decision_pairs, a, b)


def test_a_court_that_ordered_and_a_ruling_handed_down_pair() -> None:
    a = "A tribunal on Tuesday ordered the bakery chain to reinstate two drivers."
    b = "In a ruling handed down on 6 March, the tribunal found the dismissals unfair."
    assert paired(a, b) == [("on Tuesday", "on 6 March")]


def test_a_jury_that_found_and_a_verdict_delivered_pair() -> None:
    a = "A jury in Marlow on Wednesday found the contractor liable for the collapse."
    b = "The verdict, delivered on 10 March at Marlow Crown Court, took two days."
    assert paired(a, b) == [("on Wednesday", "on 10 March")]


def test_shown_as_a_date_conflict() -> None:
    a = "A judge on Wednesday ordered the quarry to close its eastern pit."
    b = "The judgment was delivered on 10 March in the county court."
    comparison = compare_on_a_friday(a, b)
    dates = [al for al in comparison.alignments if al.kind == "date"]
    assert [(al.verdict, al.conflict) for al in dates] == [(Verdict.DIFFER, "date")]


def test_a_conviction_and_a_sentence_are_two_steps() -> None:
    a = "A jury on Tuesday convicted the former treasurer of theft."
    b = "The former treasurer was sentenced on 13 March to two years."
    assert paired(a, b) == []


def test_an_article_that_dates_two_decisions_is_left_alone() -> None:
    a = (
        "The appeal court on Thursday quashed the conviction. "
        "The jury's verdict had been returned on 3 February."
    )
    b = "The verdict was returned on 10 February after a week of evidence."
    assert paired(a, b) == []


def test_a_council_decision_is_no_court_decision() -> None:
    a = "The council's decision, taken on 4 March, ends the market."
    b = "The decision was announced on 6 March by the mayor."
    assert paired(a, b) == []


def test_a_ruling_that_sparked_protests_is_another_deed() -> None:
    a = "The ruling sparked protests outside the courthouse on Thursday."
    b = "The ruling was issued on 11 March by the constitutional court."
    assert paired(a, b) == []
