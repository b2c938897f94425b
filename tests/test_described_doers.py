"""Doers told by what they are, not by name ("a coastguard diver", "a ferry
mechanic who heard the alarm"): sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import FILLER_A, FILLER_B, statement_findings

from compare import Conflict, compare_texts
from compare.align.described_doers import described_head, heads_apart


@pytest.mark.parametrize(
    ("doer", "head"),
    [
        ("a Harbour Board of Inland Waters lifeguard", "lifeguard"),
        ("A ferry mechanic", "mechanic"),
        ("officers of the port's marine unit", "officer"),
        ("Soldiers from the coastal brigade", "soldier"),
        ("Volunteer firefighters", "firefighter"),
    ],
)
def test_a_doer_told_by_its_party_has_a_head(doer, head):
    assert described_head(doer) == head


@pytest.mark.parametrize(
    "doer",
    [
        "Officers",  # a bare noun: a role anyone in the story may be
        "a masked gunman",  # an adjective tells no party
        "the ferry's owner, Ida Brandt",  # a named person
        "Dock manager Ida Brandt",
        "A salvage crew",  # a group takes in people of any kind
        "a man from the village",  # sex or age only
        "Rescuers from the harbour",  # anyone who rescues is a rescuer
    ],
)
def test_no_head_for_names_groups_and_bare_roles(doer):
    assert described_head(doer) is None


def test_two_kinds_of_people_apart_and_one_kind_not():
    assert heads_apart("lifeguard", "mechanic")  # both only workers
    assert not heads_apart("officer", "police")  # a member of the other
    assert not heads_apart("fireman", "firefighter")  # two compounds of one trade


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The missing kayak was found by a Harbour Board of Inland Waters lifeguard at dawn.",
            "A ferry mechanic who had heard the radio appeal found the missing kayak at dawn.",
        ),
    ],
)
def test_one_deed_credited_to_two_described_doers_is_an_actor_conflict(a, b):
    assert statement_findings(a, b, Conflict.ACTOR)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one kind of people, told in two words
        (
            "The missing kayak was found by a Harbour Board patrol officer at dawn.",
            "Harbour police found the missing kayak at dawn.",
        ),
        # a bare role on one side
        (
            "The missing kayak was found by a local fisherman at dawn.",
            "A ferry mechanic who had heard the radio appeal found the missing kayak at dawn.",
        ),
    ],
)
def test_no_actor_conflict_between_described_doers(a, b):
    assert not statement_findings(a, b, Conflict.ACTOR)


def test_a_kind_the_other_article_speaks_of_is_no_other_doer():
    a = "The missing kayak was found by a Harbour Board of Inland Waters lifeguard at dawn. "
    b = (
        "A ferry mechanic who had heard the radio appeal found the missing kayak at dawn. "
        "Two lifeguards later searched the channel for the paddle. "
    )
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    assert not [al for al in comparison.alignments if al.conflict == Conflict.ACTOR]
