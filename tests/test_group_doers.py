"""One deed credited to a group by one outlet and to a named person of another kind
by the other, on sentences written for these tests in several domains."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.group_doers import Doer, doer, group_against_named
from compare.extract import extract_claims
from compare.extract.people_nouns import other_kinds
from compare.ingest import Source


def _statement(text: str):
    return next(c for c in extract_claims(Source.from_text(text, id="a")) if c.kind == "statement")


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        ("firefighters", "neighbour", True),
        ("villagers", "firefighter", True),
        ("police", "farmer", True),
        ("soldiers", "nurse", True),
        ("medics", "paramedic", False),  # one word inside the other
        ("police", "officer", False),  # a policeman belongs to the police
        ("troopers", "police", False),  # a trooper is a policeman
        ("police", "deputy", False),  # both lawmen
        ("firefighters", "firefighter", False),
        ("soldiers", "officer", False),
        ("doctors", "surgeon", False),
        ("nurses", "house", False),  # not a noun for people: nothing said
    ],
)
def test_kinds_of_people(a, b, other):
    assert other_kinds(a, b) is other
    assert other_kinds(b, a) is other


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Firefighters pulled the boy from the canal.", Doer("firefighters")),
        ("In the dark, villagers with torches found the boy.", Doer("villagers")),
        (
            "A neighbour, Imran Aziz, pulled the boy from the canal.",
            Doer("neighbour", "Imran Aziz"),
        ),
        ("Ana Ruiz, a farmer, found the boy.", Doer("farmer", "Ana Ruiz")),
        ("Ana Ruiz, 52, a local farmer, found the boy.", Doer("farmer", "Ana Ruiz")),
        ("Shepherd Ali Demir found the boy near the ridge.", Doer("shepherd", "Ali Demir")),
        # a phrase of place or belonging after the noun
        (
            "A nurse from the night shift, Ruth Okafor, found the boy.",
            Doer("nurse", "Ruth Okafor"),
        ),
        ("Crews pulled the boy from the canal.", None),  # a crew may be of anyone
        ("The boy was found by police near the old mill.", None),  # a passive: passive_agents.py
        ("Ana Ruiz found the boy near the old mill on Sunday.", None),  # no noun says who she is
    ],
)
def test_the_doer_is_read_before_the_verb(sentence, told):
    assert doer(_statement(sentence)) == told


# (group's sentence, named person's sentence): one deed, two kinds of doer
APART = [
    (
        "Firefighters pulled a 10-year-old girl from the rubble after the blast.",
        "A neighbour, Imran Aziz, pulled a 10-year-old girl from the rubble after the blast.",
    ),
    (
        "Villagers rescued the stranded hikers on the north face on Sunday.",
        "Priya Nair, a mountain guide, rescued the stranded hikers on the north face on Sunday.",
    ),
    (
        "Soldiers found the missing canoeist near the weir on Tuesday morning.",
        "A student, Tomas Berg, found the missing canoeist near the weir on Tuesday morning.",
    ),
    (
        "Police caught the escaped python in a garden shed on Friday.",
        "A teacher, Mia Holt, caught the escaped python in a garden shed on Friday.",
    ),
]


@pytest.mark.parametrize(("group", "named"), APART)
def test_a_group_and_a_named_person_of_another_kind_are_two_doers(group, named):
    found = group_against_named(_statement(group), _statement(named))
    assert found is not None and found.conflict == Conflict.ACTOR
    # what users run: never an agreement
    assert (Verdict.AGREE, None) not in _statements(group, named)
    assert (Verdict.AGREE, None) not in _statements(named, group)


@pytest.mark.parametrize(("group", "named"), APART[:2])
def test_shown_as_an_actor_conflict(group, named):
    assert _statements(group, named) == [(Verdict.DIFFER, Conflict.ACTOR)]


@pytest.mark.parametrize(
    ("group", "named"),
    [
        # a member of the group: one of the firefighters, one of the police
        (
            "Firefighters pulled a 10-year-old girl from the rubble after the blast.",
            "A firefighter, Imran Aziz, pulled a 10-year-old girl from the rubble after the blast.",
        ),
        (
            "Police arrested the driver outside the stadium on Saturday night.",
            "An officer, Dana Klee, arrested the driver outside the stadium on Saturday night.",
        ),
        (
            "Police arrested the driver outside the stadium on Saturday night.",
            "Deputy Sam Ortiz arrested the driver outside the stadium on Saturday night.",
        ),
        # a noun for whoever does some act: anyone may be one
        (
            "Rescuers pulled a 10-year-old girl from the rubble after the blast.",
            "A neighbour, Imran Aziz, pulled a 10-year-old girl from the rubble after the blast.",
        ),
        # two acts: the deed befalls two people
        (
            "Firefighters pulled a 10-year-old girl from the rubble after the blast.",
            "A neighbour, Imran Aziz, pulled an elderly man from the rubble after the blast.",
        ),
        # who said it is the speaker rules' business
        (
            "Officials said the bridge would reopen on Monday.",
            "A spokesman, Tom Reed, said the bridge would reopen on Monday.",
        ),
    ],
)
def test_a_member_a_doer_of_anything_or_two_acts_are_no_actor_conflict(group, named):
    assert group_against_named(_statement(group), _statement(named)) is None
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(group, named)


def test_a_passive_agent_of_one_kind_is_a_doer() -> None:
    told = _statement("The fire in the barn was reported by a passing cyclist on Sunday.")
    assert doer(told) == Doer("cyclist")


def test_a_passive_agent_named_beside_its_noun_is_a_doer() -> None:
    told = _statement("The stray calf was found by a shepherd, Owen Pryce, near the ford.")
    assert doer(told) == Doer("shepherd", "Owen Pryce")


def test_an_unnamed_agent_against_a_named_person_of_another_kind() -> None:
    a = "The leak in the dam was spotted by a fisherman early on Sunday morning."
    b = "The reservoir's manager, Delyth Evans, spotted the leak in the dam on Sunday morning."
    assert (Verdict.DIFFER, Conflict.ACTOR) in _statements(a, b)


def test_an_unnamed_agent_against_a_named_person_of_its_kind_is_no_conflict() -> None:
    a = "The leak in the dam was spotted by a fisherman early on Sunday morning."
    b = "A fisherman, Delyth Evans, spotted the leak in the dam on Sunday morning."
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(a, b)


def test_two_unnamed_people_are_left_alone() -> None:
    a = "The leak in the dam was spotted by a fisherman early on Sunday morning."
    b = "A dog walker spotted the leak in the dam on Sunday morning."
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(a, b)


def test_an_agent_told_only_by_sex_or_age_is_no_kind() -> None:
    told = _statement("The tractor was driven by a man into the flooded lane on Sunday.")
    assert doer(told) is None
