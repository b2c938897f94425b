"""A figure given per a stretch of time against a total (compare.align.figure_rates):
neither a figure conflict nor a ✓. Sentences written here, on other stories than
the sets'."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.figure_rates import rates_apart


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    found = compare_texts({"a": a, "b": b}).alignments
    return [(al.verdict, al.conflict) for al in found if al.verdict.value != "unique"]


def test_rates_apart() -> None:
    assert rates_apart("year", "")
    assert rates_apart("year", "month")
    assert not rates_apart("", "")
    assert not rates_apart("offenc", "")


def test_a_yearly_pay_against_a_total_is_no_conflict_and_no_agreement() -> None:
    a = "The conductor will be paid $450,000 a year, the orchestra said."
    b = "The orchestra agreed to pay the conductor $2.1 million."
    assert _statements(a, b) == []


def test_two_totals_stay_a_figure_conflict() -> None:
    a = "The conductor will be paid $1.8 million, the orchestra said."
    b = "The orchestra agreed to pay the conductor $2.1 million."
    assert (Verdict.DIFFER, Conflict.FIGURE) in _statements(a, b)


def test_a_rate_told_by_an_adjective_is_a_rate() -> None:
    a = "The nurses seek a rise of 6% a year over two years, the union said."
    b = "The nurses want annual rises of 9% for two years, the union said."
    assert (Verdict.AGREE, None) not in _statements(a, b)
