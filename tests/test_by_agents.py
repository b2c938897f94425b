"""One deed done to one thing and credited to two doers after "by", on sentences
written for these tests in several domains."""

from __future__ import annotations

import pytest
from conftest import FILLER_A, FILLER_B, first_statement

from compare import Conflict, Verdict, compare_texts
from compare.align.by_agents import deeds
from compare.align.by_agents import deeds_apart as claims_apart
from compare.align.words import stem


def deeds_apart(a: str, b: str):
    return claims_apart(first_statement(a), first_statement(b))


def _alignments(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    return [
        (al.verdict, al.conflict)
        for al in comparison.alignments
        if al.kind == "statement"
        and any(a in m.sentence for m in al.members)
        and any(b in m.sentence for m in al.members)
    ]


@pytest.mark.parametrize(
    ("sentence", "thing", "doer"),
    [
        (
            "The rally was organised by the Dockers' Union on Sunday.",
            (stem("rally"),),
            "the Dockers' Union",
        ),
        (
            "Built by Norrland Yards, the ferry entered service in 2019.",
            (stem("ferry"),),
            "Norrland Yards",
        ),
        (
            "The new bridge was designed by Arup Partners and opened in May.",
            (stem("new"), stem("bridge")),
            "Arup Partners",
        ),
        (
            "The petition was started by a parents' group, Safe Streets Now.",
            (stem("petition"),),
            "a parents' group, Safe Streets Now",
        ),
        ("The striker was brought down by a late tackle.", None, None),  # a means
        ("The fire was started by lightning near the ridge.", None, None),  # no one
    ],
)
def test_the_deed_and_its_doer_are_read(sentence, thing, doer):
    found = deeds(sentence)
    if thing is None:
        assert found == ()
    else:
        assert [(d.thing, d.doer) for d in found] == [(thing, doer)]


APART = [
    (
        "The rally was organised by the Dockers' Union and drew about 2,000 people.",
        "Organised by the Harbour Traders Association, the rally blocked the quay for an hour.",
    ),
    (
        "The ferry was built by Norrland Yards of Umeå in 2018.",
        "Built by Baltic Marine in Gdańsk, the ferry carries up to 600 passengers.",
    ),
    (
        "The winning goal was scored by Lena Voss in the 88th minute.",
        "The winning goal was scored by Mia Okafor after a corner.",
    ),
    (
        "The petition was started by a parents' group, Safe Streets Now.",
        "The petition was started by Councillor Ruth Amis last spring.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_one_deed_two_named_doers_is_an_actor_conflict(a, b):
    found = deeds_apart(a, b)
    assert found is not None and found.conflict == Conflict.ACTOR
    shown = _alignments(a, b)
    assert (Verdict.DIFFER, Conflict.ACTOR) in shown
    assert all(verdict != Verdict.AGREE for verdict, _ in shown)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same doer, told in full or in part
        (
            "The rally was organised by the Dockers' Union and drew about 2,000 people.",
            "Organised by the union, the rally blocked the quay for an hour.",
        ),
        (
            "The ferry was built by Norrland Yards of Umeå in 2018.",
            "Built by Norrland Yards, the ferry carries up to 600 passengers.",
        ),
        # one doer with two titles, one of them read as the doer's end
        (
            "Cheeks was replaced by assistant coach Tony Ruiz, a long-time member of staff.",
            "Cheeks was replaced by Vice President and Assistant Coach Tony Ruiz.",
        ),
        # two things: two deeds
        (
            "The first goal was scored by Lena Voss in the 8th minute.",
            "The second goal was scored by Mia Okafor after a corner.",
        ),
        # two verbs: two deeds
        (
            "The ferry was built by Norrland Yards of Umeå in 2018.",
            "The ferry was bought by Baltic Marine last year.",
        ),
        # two casualty verbs, though WordNet makes killing a way to shoot: two deeds
        (
            "The guard was shot by a Kestran sniper at the checkpoint.",
            "The guard was killed by Valdorian soldiers at the checkpoint.",
        ),
        # people of one kind: police and an officer
        (
            "The driver was stopped by police on the ring road.",
            "The driver was stopped by officers from the traffic unit.",
        ),
    ],
)
def test_one_doer_two_things_or_two_verbs_are_no_actor_conflict(a, b):
    assert deeds_apart(a, b) is None
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _alignments(a, b)


MIXED = [
    # one side active, the other "by": the doers are people of both sides
    (
        "A local farmer, Ana Quispe, spotted the first fossil in 2019.",
        "The first fossil was spotted by a geology student, Mateo Rojas.",
    ),
    (
        "Firefighters pulled a 10-year-old girl from the rubble after the blast.",
        "A 10-year-old girl was pulled from the rubble by a neighbour, Imran Aziz.",
    ),
    # a one-word thing, and a verb naming a kind of the other's deed (WordNet)
    (
        "The ceasefire was negotiated by Omani envoys, officials in the capital said.",
        "Egyptian intelligence officers brokered the ceasefire, a diplomat said.",
    ),
    # two active clauses: a group and a named person of another kind
    (
        "Villagers rescued the stranded hikers on the north face on Sunday.",
        "In the storm, a mountain guide, Priya Nair, rescued the stranded hikers"
        " on the north face.",
    ),
]


@pytest.mark.parametrize(("a", "b"), MIXED)
def test_an_active_doer_against_another_doer_is_an_actor_conflict(a, b):
    found = deeds_apart(a, b)
    assert found is not None and found.conflict == Conflict.ACTOR
    shown = _alignments(a, b)
    assert (Verdict.DIFFER, Conflict.ACTOR) in shown
    assert all(verdict != Verdict.AGREE for verdict, _ in shown)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a driver and the car he drove: across the voices only people are compared
        (
            "Okafor allegedly struck Raj Patel, a 59-year-old cyclist, on the bridge.",
            "Raj Patel was hit by a 2015 silver Corolla on the bridge.",
        ),
        # "claimed by" credits the claim, not the killing
        (
            "The envoy was killed in an attack claimed by the Northern Front.",
            "Soldiers of the Kestran Army killed the envoy near the border.",
        ),
        # the same person on both sides
        (
            "A local farmer, Ana Quispe, spotted the first fossil in 2019.",
            "The first fossil was spotted by Ana Quispe, who farms the valley.",
        ),
        # two active clauses of two named bodies: the judge's own rules, not these
        # (two active clauses of two named people: kindred_deeds.py)
        (
            "The Harlow Trust restored the old chapel in 2019.",
            "Kestrel Heritage restored the old chapel in 2019.",
        ),
    ],
)
def test_a_means_a_claim_or_one_person_is_no_actor_conflict_here(a, b):
    assert deeds_apart(a, b) is None
