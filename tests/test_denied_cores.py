"""One clause said in one article and denied in the other, sharing only its core,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import verdicts_of

from compare import Conflict, Verdict
from compare.align.denied_cores import core_denied, denied_cores

FILLER_A = "The weather was mild for the time of year. Shops reported a busy afternoon. "
FILLER_B = "Traffic was light in the centre. The council thanked residents for their patience. "


def test_a_denied_core_is_read():
    (core,) = denied_cores("The panel's verdict was not final, two members said.")
    assert core.denied and core.head == "final" and core.subject == {"panel", "verdict"}
    # a modal, a condition or "not only" state no fact
    assert denied_cores("The bridge could not be reopened before spring.") == ()
    assert denied_cores("The bridge couldn't be reopened before spring.") == ()
    assert denied_cores("If the pumps were not repaired, the mine would flood.") == ()
    assert denied_cores("The storm not only cut power but flooded roads.") == ()


APART = [
    # the shorter clause's two roots are all it says
    (
        "The panel's verdict was final, the chairman said.",
        "The verdict was not final, two members of the panel said.",
    ),
    # the other clause of the sentence is cut away ("when ...")
    (
        "The brake was applied when the lorry left the depot, the driver said.",
        "The lorry's brake was not applied at the depot, the report says.",
    ),
    # a denied passive whose subject is what the active verb is done to
    (
        "Laboratory checks detected lead in water drawn from the school taps.",
        "Lead has not been detected, and the council awaits further checks.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_a_core_said_and_denied_is_a_negation(a, b):
    found = core_denied(a, b)
    assert found is not None and found.conflict == Conflict.NEGATION
    shown = verdicts_of(a, b, FILLER_A, FILLER_B)
    assert (Verdict.DIFFER, Conflict.NEGATION) in shown
    assert (Verdict.AGREE, None) not in shown


TRAPS = [
    # two different doers
    ("The mayor did not attend the hearing.", "The treasurer attended the hearing."),
    # one doer, two different things done
    ("Police did not name the driver.", "Police named the passenger as Ana Ruiz."),
    ("The firm did not admit fraud.", "The firm admitted delays."),
    # a past state and a present one
    ("The gallery was open on Mondays.", "The gallery is not open on Mondays."),
    # a pronoun with too little after the verb to tell one fact
    ("He did not win the vote.", "Ortiz won the vote."),
    # an act only meant ("to help decide") is not done
    ("The cause of the flood has not been found.", "Engineers came to help find the cause."),
    # both passive: the one named is not the one denied
    ("Harris was named as a witness.", "Cole has not been named as a witness."),
]


@pytest.mark.parametrize(("a", "b"), TRAPS)
def test_two_facts_are_not_a_denied_core(a, b):
    assert core_denied(a, b) is None
    assert core_denied(b, a) is None
