"""The general edits of bench/perturbed.py: each makes the contradiction it names."""

from __future__ import annotations

import pytest

from bench.perturbed import EDITS

CASES = [
    (
        "negation",
        "The council approved the plan on Monday.",
        "The council did not approve the plan on Monday.",
    ),
    (
        "negation",
        "Officials said the bridge will reopen in May.",
        "Officials said the bridge will not reopen in May.",
    ),
    (
        "negation",
        "Rescuers found the crew late on Monday.",
        "Rescuers did not find the crew late on Monday.",
    ),
    (
        "figure",
        "Rescuers pulled 14 people from the rubble.",
        "Rescuers pulled 21 people from the rubble.",
    ),
    ("figure", "Damage was put at 1,200 homes in 2024.", "Damage was put at 1,800 homes in 2024."),
    ("figure", "Three ministers resigned.", "Six ministers resigned."),
    ("weekday", "The vote is set for Tuesday.", "The vote is set for Friday."),
    ("month-day", "The ship sank on March 3.", "The ship sank on March 12."),
    ("month-day", "Polls close on 14 June.", "Polls close on 23 June."),
    ("clock", "The fire started at 9 p.m.", "The fire started at 11 p.m."),
    ("clock", "Trains stopped at 14:30.", "Trains stopped at 17:30."),
    (
        "doer-name",
        "On Friday, Judge Ana Ruiz freed the men.",
        "On Friday, Judge Ana Okonkwo freed the men.",
    ),
    (
        "doer-name",
        "The Harbour Authority closed the quay.",
        "The Okonkwo Authority closed the quay.",
    ),
    ("doer-noun", "Police evacuated the tower.", "Officials evacuated the tower."),
    ("doer-noun", "Local volunteers rebuilt the school.", "Local doctors rebuilt the school."),
    (
        "place",
        "Two men were arrested in Leeds on Monday.",
        "Two men were arrested in Harwick on Monday.",
    ),
    (
        "place",
        "A fire broke out at Ridley Street station.",
        "A fire broke out at Harwick Street station.",
    ),
    ("antonym", "The zoo closed its gates.", "The zoo opened its gates."),
    ("antonym", "The senator said the plan was legal.", "The senator said the plan was illegal."),
]


@pytest.mark.parametrize(("kind", "before", "after"), CASES)
def test_edit_makes_its_contradiction(kind: str, before: str, after: str) -> None:
    assert EDITS[kind](before) == after


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("negation", "Fresh talks, new hope."),
        ("figure", "The plant opened in 2019."),  # a year is no figure to change
        ("figure", "The vote was on June 4 at 9:30."),  # a date's day, a clock time
        ("weekday", "The vote was held last week."),
        ("clock", "Some 40 people were hurt."),
        ("doer-noun", "The mayor thanked the police."),  # police is no doer here
        ("place", "He lives in the city."),
    ],
)
def test_edit_does_not_apply(kind: str, text: str) -> None:
    assert EDITS[kind](text) is None
