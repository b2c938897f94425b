"""A feat credited to its doer by a possessive ("Mara Lind's header sealed it") meets
the same feat credited by a verb: sentences written for these tests, in sports the
benchmark sets do not tell (water polo, cricket, rugby, ice hockey)."""

from __future__ import annotations

import pytest
from conftest import FILLER_A, FILLER_B, statement_findings

from compare import Conflict, compare_texts
from compare.align.possessed_feats import possessed_feats


def test_an_opening_possessive_credits_a_feat_to_a_person_named_in_full():
    found = possessed_feats("Level at 9-9, and Petra Novak's header from the wing sealed it.")
    assert [(f.doer, f.head, f.modifiers) for f in found] == [("Petra Novak", "header", ())]


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Novak's arrest was confirmed on Monday.",  # a noun of a verb: the one arrested
        "Kolding's equaliser came late in the half.",  # a team's, not a person's
        "The crowd cheered Petra Novak's header from the wing.",  # no clause opens on it
    ],
)
def test_no_feat_credited(sentence):
    assert not possessed_feats(sentence)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a verb done to the feat told with "the" / the feat's possessor
        (
            "Centre back Petra Novak scored the decisive goal with ten seconds left.",
            "Kolding led 9-8 late on, and Ilse Varga's goal with ten seconds left sealed it.",
        ),
        # told with "a" and every word of the possessed phrase
        (
            "Opener Dev Malhotra hit a last-ball six to win the final for Harbourside.",
            "Kiran Bose's last-ball six won the final for Harbourside in front of a full house.",
        ),
    ],
)
def test_one_feat_credited_to_two_people_is_an_actor_conflict(a, b):
    assert statement_findings(a, b, Conflict.ACTOR)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "a six" / "X's last-ball six": the possessed phrase gives a word the other lacks
        (
            "Opener Dev Malhotra hit a six in the third over at Harbourside.",
            "Kiran Bose's last-ball six won the final for Harbourside in front of a full house.",
        ),
        # the same person both sides
        (
            "Winger Aled Price scored the winning touchdown in the corner.",
            "Aled Price's winning touchdown in the corner settled a tight game.",
        ),
        # an owner's thing, which undergoes: "X's car was towed" / "Y towed the car"
        (
            "Aled Price's car was towed from the stadium car park after the game.",
            "Steward Rhys Morgan towed the car from the stadium car park after the game.",
        ),
    ],
)
def test_no_actor_conflict(a, b):
    assert not statement_findings(a, b, Conflict.ACTOR)


def test_an_article_crediting_the_possessor_with_such_a_feat_may_tell_two():
    a = (
        "Centre back Petra Novak scored the decisive goal with ten seconds left. "
        "Ilse Varga had scored a goal in the first period. "
    )
    b = "Kolding led 9-8 late on, and Ilse Varga's goal with ten seconds left sealed it. "
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    assert not [al for al in comparison.alignments if al.conflict == Conflict.ACTOR]
