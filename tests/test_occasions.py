"""Two occasions told apart by the years and periods the sentences name
(compare/align/occasions.py): a figure, score or year that differs between them
is no discrepancy, and the same fact told wrongly on one occasion still is.
Sentences invented here, in several domains."""

from __future__ import annotations

from typing import Any

from compare import Verdict, compare_texts
from compare.align.occasions import occasions_apart, years_of_two_occasions


def shown(a: str, b: str) -> list[Any]:
    """The alignments covering a sentence of each side that are not agreements."""
    found = compare_texts({"a": a, "b": b}).alignments
    return [x for x in found if x.verdict != Verdict.AGREE and len(x.sources) == 2]


def test_two_years_named_apart_are_two_occasions() -> None:
    assert occasions_apart(
        "The chemical plant was fined $2 million in 2021 over the leak.",
        "The company was fined $300,000 in 2015 for a boiler explosion.",
    )
    assert not occasions_apart(
        "The chemical plant was fined $2 million in 2021 over the leak.",
        "The plant was fined $3 million in 2021 after the leak.",
    )


def test_periods_of_a_sequence_are_two_occasions() -> None:
    assert occasions_apart(
        "The winger made 31 appearances last season.",
        "She made 12 appearances in her debut season with the club.",
    )
    assert not occasions_apart(
        "The winger made 31 appearances last season.",
        "She played 33 times for the club last season.",
    )
    assert not occasions_apart(
        "The winger made 31 appearances last season.",
        "She played 33 times for the club last term.",
    )


def test_a_past_period_against_a_day_of_the_story() -> None:
    assert occasions_apart(
        "Last year's school levy was approved 6-3.",
        "The levy was approved 4-3 on Thursday night.",
    )
    # a day on both sides, or a year against a period, is not told apart here
    assert not occasions_apart("The levy passed 6-3 on Monday.", "The levy passed 4-3 on Thursday.")
    assert not occasions_apart(
        "Sales fell 4% last year.", "Sales fell 6% in 2025, the company said."
    )


def test_a_figure_is_not_read_as_a_year() -> None:
    assert not occasions_apart(
        "A crowd of 1900 people gathered in the square.",
        "A crowd of 1800 people gathered in the square.",
        frozenset({"1900", "1800"}),
    )
    assert not occasions_apart("Rescuers saved 2012 sheep.", "Rescuers saved 2011 sheep.")


def test_a_year_conflict_with_another_difference_is_two_occasions() -> None:
    no_figures: tuple[frozenset[float], frozenset[float]] = (frozenset(), frozenset())
    # the other side names this side's year too
    assert years_of_two_occasions(
        "in 2009",
        "in 2019",
        "The orchestra last toured Japan in 2009.",
        "After touring Korea in 2019, the orchestra returns to Japan, its first visit since 2009.",
        no_figures,
    )
    # each side also gives a figure the other lacks
    assert years_of_two_occasions(
        "in 2004",
        "in 1987",
        "A flood in 2004 drowned 11 people in the valley.",
        "The worst flood, in 1987, drowned 40 people.",
        (frozenset({11.0, 2004.0}), frozenset({40.0, 1987.0})),
    )
    # one noun after two names: two things ("the Harlow bridge" / "the Kestrel bridge")
    assert years_of_two_occasions(
        "in 1932",
        "in 1936",
        "The river's oldest crossing is the Harlow bridge, opened in 1932.",
        "The Kestrel bridge, opened in 1936, is the longest.",
        no_figures,
    )
    # the year alone differs: one date told two ways, still a clash
    assert not years_of_two_occasions(
        "in 1932",
        "in 1936",
        "The bridge was opened in 1932.",
        "The bridge was opened in 1936.",
        no_figures,
    )


def test_a_fine_of_another_year_is_not_reported() -> None:
    assert not shown(
        "The airline was fined £250,000 in 2023 over the delays.",
        "The airline was fined £90,000 in 2016 for losing baggage.",
    )


def test_a_vote_of_last_year_is_not_reported() -> None:
    assert not shown(
        "Last year's zoning plan passed 8-1 with little debate.",
        "The zoning plan passed on a 5-4 vote late Monday.",
    )


def test_one_occasion_told_two_ways_is_still_reported() -> None:
    found = shown(
        "The zoning plan passed 8-1 late Monday.",
        "The zoning plan passed on a 5-4 vote late Monday.",
    )
    assert found and found[0].verdict == Verdict.DIFFER
    found = shown(
        "The airline was fined £250,000 in 2023 over the delays.",
        "The airline was fined £90,000 in 2023 over the delays.",
    )
    assert found and found[0].verdict == Verdict.DIFFER


def test_a_flood_of_another_year_is_not_reported() -> None:
    assert not shown(
        "A flood in 2004 drowned 11 people in the valley.",
        "The worst flood, in 1987, drowned 40 people.",
    )


def test_a_figure_set_beside_for_comparison_is_not_reported() -> None:
    # "That compares with ..." sets another occasion's figure beside the story's
    assert not shown(
        "Turnout in the mayoral race was 38 per cent.",
        "That compares with a turnout of 45 per cent in the last mayoral race.",
    )
    assert shown(
        "Turnout in the mayoral race was 38 per cent.",
        "Turnout in the mayoral race was 45 per cent.",
    )


def test_a_year_of_another_named_thing_is_not_reported() -> None:
    assert not shown(
        "Few silver hoards have been found in the county, the best known of them the Selby "
        "hoard, unearthed in 1978 near the old mill.",
        "The Marston hoard, unearthed in 1991, is the largest ever found in the county.",
    )
    # one hoard, two years: still reported
    assert shown(
        "The Selby hoard was unearthed in 1978 near the old mill.",
        "The Selby hoard, unearthed in 1991, is the largest ever found in the county.",
    )


def test_quarters_and_rounds_of_a_sequence_are_two_occasions() -> None:
    assert not shown(
        "The brewer said sales rose 4% in the second quarter.",
        "Sales rose 9% in the first quarter, the brewer said.",
    )
    # "opening" and "first" are one place in the sequence: still compared
    assert shown("Okafor won the opening set 6-4.", "Okafor won the first set 6-3.")
    # "the last round" is the event's own final round, not a past occasion
    assert not occasions_apart(
        "She shot 68 in the last round.", "She shot a 71 on Sunday to win the title."
    )


def test_a_year_describing_a_thing_is_not_the_occasion_of_its_figure() -> None:
    # the years date the stadium and the ferry, not the crowd or the passengers:
    # one thing described two ways, both clashes still shown
    assert shown(
        "The stadium, built in 1998, holds 42,000 fans.",
        "The stadium, which opened in 2001, holds 45,000 fans.",
    )
    assert shown(
        "The ferry, built in 1994, was carrying 212 passengers.",
        "The ferry, built in 1996, was carrying 180 passengers.",
    )
