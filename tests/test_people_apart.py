"""Two statements told of two kinds of people are not shown ✓ (people_apart.py), on
sentences written for these tests in several domains; the kinds one outlet calls by
another's word ("workers" / "employees") and the words for anyone ("people") agree."""

from __future__ import annotations

import pytest

from compare.align.people_apart import people_apart
from compare.extract import extract_claims
from compare.ingest import Source

# What the doers did, told alike on both sides: only the doers change.
_DEEDS = (
    "sealed off the street near the station on Tuesday evening.",
    "were taken to hospital after the crash on the ring road.",
    "blocked the motorway for six hours on Monday morning.",
)


def _statement(text: str):
    return next(c for c in extract_claims(Source.from_text(text, id="a")) if c.kind == "statement")


def _apart(a: str, b: str) -> bool:
    found = people_apart(_statement(a), _statement(b))
    assert people_apart(_statement(b), _statement(a)) is found  # either order
    return found


@pytest.mark.parametrize("deed", _DEEDS)
@pytest.mark.parametrize(
    ("doers_a", "doers_b"),
    [
        ("About 200 workers", "Nearly 200 investigators"),
        ("More than 1,100 firefighters", "Over 1,100 protesters"),
        ("Some 40 nurses", "Some 40 soldiers"),
        ("Dozens of farmers", "Dozens of students"),
        ("Three passengers", "Three pilots"),
        ("Police", "Farmers"),
        ("The rebels", "The tourists"),
        ("Inspectors", "Journalists"),
    ],
)
def test_two_kinds_of_people_are_apart(doers_a, doers_b, deed):
    assert _apart(f"{doers_a} {deed}", f"{doers_b} {deed}")


@pytest.mark.parametrize("deed", _DEEDS)
@pytest.mark.parametrize(
    ("doers_a", "doers_b"),
    [
        # one kind under two words
        ("About 200 workers", "Nearly 200 employees"),
        ("Police", "Officers"),
        ("Soldiers", "Troops"),
        ("Protesters", "Demonstrators"),
        ("Twelve miners", "Twelve workers"),
        ("Doctors", "Physicians"),
        ("Passengers", "Travellers"),
        ("Lawmakers", "Senators"),
        # a word for anyone, or a group, on one side
        ("About 3,000 people", "Some 3,000 residents"),
        ("Hundreds of people", "Hundreds of villagers"),
        ("Staff", "Nurses"),
        ("A crowd", "Fans"),
        # a word of the noun's family
        ("Rescuers", "Rescue workers"),
        # told by what they belong to
        ("Eleven members of the coalition", "Eleven coalition deputies"),
        ("Fourteen divers", "Fourteen crew members"),
        # one side names no kind of people
        ("Halvorsen", "Workers"),
    ],
)
def test_one_kind_or_no_kind_agrees(doers_a, doers_b, deed):
    assert not _apart(f"{doers_a} {deed}", f"{doers_b} {deed}")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Firefighters pulled two residents from the burning flat on Sunday night.",
            "Two residents were pulled from the burning flat by firefighters on Sunday.",
        ),
        (
            "Police arrested three protesters outside the embassy on Friday.",
            "Officers detained three demonstrators outside the embassy on Friday.",
        ),
        (
            "About 2,400 dockworkers at the port walked off the job on Monday.",
            "Roughly 2,400 dock workers downed tools at the port on Monday.",
        ),
        (
            "The company employs about 31,000 people in 22 countries.",
            "Halvorsen employs roughly 31,000 engineers across 22 countries.",
        ),
    ],
)
def test_the_other_sentence_names_the_kind(a, b):
    assert not _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a subject the frame misses behind an apposition
        (
            "More than 1,100 firefighters, supported by 14 helicopters, are battling the blaze.",
            "Over 1,100 protesters are now on the fire near the ridge, officials said.",
        ),
        # a compound read by its head
        (
            "About 2,400 dockworkers at the port walked off the job on Monday.",
            "Roughly 2,400 dock investigators downed tools at the port on Monday.",
        ),
        (
            "Some 300 steelworkers gathered outside the mill gates on Friday.",
            "Some 300 nurses gathered outside the mill gates on Friday.",
        ),
    ],
)
def test_subjects_the_frame_misses(a, b):
    assert _apart(a, b)


@pytest.mark.parametrize("noun", ["tools", "fans", "stars"])
def test_things_first_are_no_kind(noun):
    """A noun whose commonest sense is a thing is not read as people."""
    a = f"About 200 {noun} were left in the hall after the show on Friday."
    b = "About 200 nurses were left in the hall after the show on Friday."
    assert not _apart(a, b)
