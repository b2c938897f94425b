"""One thing moved both ways, told with a verb on one side and a comparative, a
particle or a verb of outdoing on the other, is an opposite (change_directions.py);
two things, two periods or two baselines are not. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from compare import Verdict
from compare.align.change_directions import moves, turned
from compare.align.model import Conflict
from compare.align.statement_judge import judge_statements
from compare.extract import extract_claims
from compare.ingest import Source


def _statement(text: str, source: str):
    claims = extract_claims(Source.from_text(text, id=source))
    return next(c for c in claims if c.kind == "statement")


def _turned(a: str, b: str) -> bool:
    found = turned(_statement(a, "a"), _statement(b, "b")) is not None
    assert (turned(_statement(b, "a"), _statement(a, "b")) is not None) is found  # either order
    return found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a verb of falling against a comparative after a linking verb
        (
            "The snow eased over the pass on Friday evening.",
            "Snow grew heavier over the pass on Friday evening.",
        ),
        # a verb against a comparative with its baseline
        (
            "The county's backlog of court cases grew for the third month running.",
            "At 3,900, the backlog was smaller than a month earlier.",
        ),
        # "was down on" against a verb of outdoing, one baseline named by one noun
        (
            "The takings were down on the same festival last summer.",
            "The crowd spent $2 million, a figure that beat the equivalent festival a year ago.",
        ),
        # a verb of rising against "continued to fall"
        (
            "Water levels in the reservoir have risen since Monday.",
            "But water levels in the reservoir have continued to fall.",
        ),
        # better against worse, a WordNet synonym for the thing
        (
            "Conditions on the ridge improved during the night.",
            "The weather on the ridge worsened during the night.",
        ),
        # a comparative before a bare plural, opening its clause
        (
            "Gusts eased through the morning, letting the ferries sail.",
            "Stronger gusts through the morning kept the ferries in port.",
        ),
        # a verb and a time after it
        (
            "Ticket sales at the club rose this season.",
            "Ticket sales at the club fell this season.",
        ),
        # a verb and its particle
        ("Parking charges at the station will go up.", "Parking charges at the station will fall."),
    ],
)
def test_one_thing_moved_both_ways(a: str, b: str) -> None:
    assert _turned(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one way on both sides
        (
            "The snow over the pass eased on Friday.",
            "The snow over the pass grew lighter on Friday.",
        ),
        # two things
        ("Ticket sales rose in the spring.", "Season memberships fell in the spring."),
        # two kinds of one thing
        (
            "Oil prices rose on Monday in Asian trading.",
            "Gold prices fell on Monday in Asian trading.",
        ),
        (
            "Support for the mayor has fallen this month.",
            "Support for the plan has risen this month.",
        ),
        # two periods
        (
            "Bread prices rose sharply between 2008 and 2010.",
            "Bread prices fell slightly last year.",
        ),
        # a comparison with another measure, not an earlier value
        (
            "Temperatures in the valley were higher than forecast on Sunday.",
            "Temperatures in the valley dropped on Sunday.",
        ),
        # a year on year rise against a month's fall
        (
            "House prices in the region are higher than a year ago.",
            "House prices in the region fell last month.",
        ),
        # two baselines: month on month against year on year
        (
            "The queue for council homes was longer than a month earlier.",
            "The queue for council homes was shorter than a year earlier.",
        ),
        # a figure of change each: the number judge compares them
        (
            "Rents in the old city climbed 6% this spring.",
            "Rents in the old city fell 2% this spring.",
        ),
        # one side moves its thing both ways
        (
            "The river rose and then fell overnight beside the town.",
            "The river fell overnight beside the town.",
        ),
        # an indefinite singular compares two of a kind, it tells no change
        (
            "A second, smaller quake struck on Monday.",
            "A further, larger quake struck on Monday.",
        ),
        # "fell ill" is no change in amount; a motion of a person is none either
        (
            "Dozens of guests fell ill after the dinner.",
            "Dozens of guests grew stronger after the dinner.",
        ),
    ],
)
def test_not_one_thing_moved_both_ways(a: str, b: str) -> None:
    assert not _turned(a, b)


def test_the_judge_shows_the_opposite() -> None:
    judged = judge_statements(
        [
            _statement("The snow eased over the pass on Friday evening.", "a"),
            _statement("Snow grew heavier over the pass on Friday evening.", "b"),
        ]
    )
    assert judged.verdict == Verdict.DIFFER
    assert judged.conflict == Conflict.OPPOSITE


def test_a_physical_slide_is_no_move() -> None:
    assert not moves("The passengers slid down inflatable chutes onto the runway.")


def test_a_noun_before_a_phrase_is_the_thing_that_moves() -> None:
    # "attendance across the league" is the attendance, not the league
    assert _turned(
        "He said attendance across the league rose for a third consecutive season.",
        "The league chief said average attendance had fallen this season.",
    )
    assert _turned(
        "Weekly case numbers climbed again last week.",
        "Weekly cases fell last week, the ministry said.",
    )
