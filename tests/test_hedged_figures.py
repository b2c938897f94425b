"""One figure exact in one article and hedged in another: approximate (information)
when the pair is one fact beyond doubt, agreeing otherwise. Sentences written here."""

from __future__ import annotations

from conftest import number_verdicts

from compare import Comparison, compare_texts

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def compare(**texts: str) -> Comparison:
    return compare_texts({name: PUBLISHED + text for name, text in texts.items()})


def test_a_hedge_dropped_from_one_fact_is_approximate() -> None:
    comparison = compare(
        a="On Tuesday the hiker Mara Lind slipped and fell 300 feet into a ravine.",
        b="Mara Lind slipped on Tuesday and fell about 300 feet into a ravine, rescuers said.",
    )
    assert ("approximate", ["300", "about 300"]) in number_verdicts(comparison)


def test_two_hedges_of_one_figure_still_agree() -> None:
    comparison = compare(
        a="On Tuesday the hiker Mara Lind slipped and fell nearly 300 feet into a ravine.",
        b="Mara Lind slipped on Tuesday and fell about 300 feet into a ravine, rescuers said.",
    )
    assert [v for v, _ in number_verdicts(comparison)] == ["agree"]


def test_one_value_of_two_facts_shows_no_variant() -> None:
    # a survey's sample and a crowd: the same value, nothing ties them to one fact
    comparison = compare(
        a="A survey of 2,000 residents found most wanted the bypass built.",
        b="About 2,000 people marched through the market square against the bypass.",
    )
    assert all(v != "approximate" for v, _ in number_verdicts(comparison))


def test_one_value_in_clauses_of_two_events_shows_no_variant() -> None:
    # the protesters arrested and the protesters gathered: two counts of one value
    comparison = compare(
        a="Officers arrested 30 protesters outside the embassy on Monday.",
        b="About 30 protesters gathered outside the embassy on Monday.",
    )
    assert all(v != "approximate" for v, _ in number_verdicts(comparison))
