"""Each article's only hospital, named apart (compare/align/sole_sites.py), on
articles written for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Severity, Verdict
from compare.align.sole_sites import hospitals


def _hospital_differences(a: str, b: str) -> list[tuple[Verdict, Severity | None]]:
    return [(al.verdict, al.severity) for al in statement_findings(a, b, Conflict.PLACE)]


def test_each_articles_only_hospital_named_apart_is_a_place_variant():
    a = "The two climbers were airlifted to Glenmore General Hospital with frostbite."
    b = "Both climbers were driven to the Carrick Infirmary for treatment."
    assert _hospital_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two hospitals in one article: transfers or several patients
        (
            "The two climbers were airlifted to Glenmore General Hospital with frostbite. "
            "One was later moved to St Ann's Hospital.",
            "Both climbers were driven to the Carrick Infirmary for treatment.",
        ),
        # one hospital told two ways
        (
            "The two climbers were airlifted to Glenmore General Hospital with frostbite.",
            "Both climbers were driven to Glenmore Hospital for treatment.",
        ),
        # a hospital told by no name
        (
            "The two climbers were airlifted to a hospital in Glenmore with frostbite.",
            "Both climbers were driven to the Carrick Infirmary for treatment.",
        ),
    ],
)
def test_two_hospitals_one_hospital_or_an_unnamed_one_are_no_difference(a, b):
    assert _hospital_differences(a, b) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was taken to the Royal Denholm Infirmary.", {"royal denholm"}),
        ("Staff at Westbay Medical Center treated him.", {"westbay"}),
        ("He visited a hospital near the coast.", set()),
    ],
)
def test_hospitals_are_read_by_their_distinctive_words(text, expected):
    assert hospitals(text) == expected


def test_each_articles_only_stadium_named_apart_is_a_place_variant():
    a = "The rugby league semi-final was won on a late try at Kelvin Road Stadium."
    b = "The semi-final was staged at the Marlowe Park Arena before a crowd of 9,000."
    assert _hospital_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two stadiums in one article: this match's and the next's
        (
            "The semi-final was won on a late try at Kelvin Road Stadium. "
            "The final will be played at Dunmore Stadium next month.",
            "The semi-final was staged at the Marlowe Park Arena before a crowd of 9,000.",
        ),
        # one stadium told two ways
        (
            "The semi-final was won on a late try at Kelvin Road Stadium.",
            "The semi-final was staged at the Kelvin Stadium before a crowd of 9,000.",
        ),
    ],
)
def test_stadiums_that_may_be_one_or_two_sites_are_left_alone(a: str, b: str) -> None:
    assert _hospital_differences(a, b) == []


def test_an_events_centre_is_a_ground_as_an_arena_is():
    a = "The chess olympiad's last round was held at the Quarry Hill Events Centre."
    b = "The last round of the chess olympiad took place at Stenmoor Arena."
    assert _hospital_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


def test_a_hospital_and_a_stadium_are_two_kinds_of_site():
    a = "The injured fan was taken to Glenmore General Hospital."
    b = "The injured fan was treated at the Marlowe Park Arena."
    assert _hospital_differences(a, b) == []


def test_a_hospital_named_after_its_kind_word_is_read():
    # Spanish, Italian and Portuguese names put the kind first: "Hospital Italiano"
    a = "The injured cyclist was taken to the Hospital Valtierra with a broken wrist."
    b = "The cyclist was rushed to the Hospital Ondarreta, where his wrist was set."
    assert _hospital_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


@pytest.mark.parametrize(
    "text",
    ["The crash closed Hospital Road for an hour.", "The Hospital Trust said it would review it."],
)
def test_english_words_after_hospital_name_no_hospital(text: str) -> None:
    assert hospitals(text) == frozenset()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a plan against a deed: the next round's ground, this round's
        (
            "The final of the rowing regatta will be held at Kelvin Road Stadium in June.",
            "The regatta's semi-final was staged at the Marlowe Park Arena on Sunday.",
        ),
        # a ground told as a club's home, not where this game was played
        (
            "The visitors, who play their home games at Kelvin Road Stadium, lost the semi-final.",
            "The semi-final was staged at the Marlowe Park Arena before a crowd of 9,000.",
        ),
    ],
)
def test_two_events_at_two_grounds_are_left_alone(a: str, b: str) -> None:
    assert _hospital_differences(a, b) == []


def test_two_grounds_on_two_days_are_two_matches():
    a = "The netball league leaders won 51-40 at Kelvin Road Stadium on 14 June 2025."
    b = "The netball champions drew 38-38 at the Marlowe Park Arena on 15 June 2025."
    assert _hospital_differences(a, b) == []


def test_a_hospital_title_keeps_an_owners_s_small():
    a = "The injured roofer was taken to Glenmore General Hospital."
    b = "The roofer was flown to St Brendan's Infirmary."
    (found,) = statement_findings(a, b, Conflict.PLACE)
    assert "Brendan's" in found.title
