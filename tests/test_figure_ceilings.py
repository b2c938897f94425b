"""Two different ceilings of one thing differ, though the larger's interval holds the
smaller (figure_intervals). Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Verdict
from compare.align.figure_intervals import compare_figures
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def _first(text: str, source: str = "a") -> Number:
    claims = extract_claims(Source.from_text(PUBLISHED + text, id=source))
    return next(c for c in claims if isinstance(c, Number))


def test_two_ceilings_differ_though_the_larger_holds_the_smaller() -> None:
    low = _first("The permit allows up to 400 trucks a day on the quarry road.")
    high = _first("The permit allows a maximum of 650 trucks a day on the road.", "b")
    assert compare_figures(low, high) == Verdict.DIFFER


def test_a_ceiling_and_a_figure_under_it_are_approximate() -> None:
    cap = _first("The permit allows up to 650 trucks a day on the quarry road.")
    seen = _first("Some 600 trucks used the quarry road on Monday.", "b")
    assert compare_figures(cap, seen) == Verdict.APPROXIMATE


def test_two_near_ceilings_are_one_limit_told_loosely() -> None:
    one = _first("The contract could be worth up to 180 million dollars over eight years.")
    other = _first("The contract is worth as much as 184 million dollars.", "b")
    assert compare_figures(one, other) == Verdict.APPROXIMATE


def test_a_range_under_a_ceilings_words_is_a_range() -> None:
    rng = _first("As many as 35 to 40 volunteers searched the hillside.")
    cap = _first("As many as 40 volunteers searched the hillside.", "b")
    assert compare_figures(rng, cap) == Verdict.APPROXIMATE
