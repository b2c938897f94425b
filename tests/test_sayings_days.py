"""One figure told on two days that only date the sayings ("police said on Thursday" /
"the force confirmed last night") is one figure; a saying's day against the event's
own year is not. Sentences written for these tests."""

from __future__ import annotations

from conftest import compare_on_a_friday as compare
from conftest import number_verdicts


def test_two_sayings_days_do_not_part_one_figure() -> None:
    comparison = compare(
        "Officers have arrested 23 people in raids across Lanark aimed at a ring of "
        "bicycle thieves, Lanark Police said on Tuesday.",
        "Twenty-three people were held in the raids, the force confirmed last night.",
    )
    assert ("agree", ["23", "Twenty-three"]) in number_verdicts(comparison)


def test_a_saying_day_against_the_events_year_stays_apart() -> None:
    comparison = compare(
        "The herd was last counted in 2011, when about 40 elk crossed the pass.",
        "More than 40 elk crossed the pass over the weekend, rangers said on Thursday.",
    )
    assert number_verdicts(comparison) == []
