"""A denied clause whose subject stands outside it ("X said it would not ...", "X,
which ..., does not ..."), and a denied intention ("does not plan to sell"), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import verdicts_of

from compare import Conflict, Verdict
from compare.align.denied_cores import _CLAUSE_BREAK, _plain, core_denied, denied_cores
from compare.align.intentions import intends
from compare.align.unsaid_subjects import clauses

FILLER_A = "The weather was mild for the time of year. Shops reported a busy afternoon. "
FILLER_B = "Traffic was light in the centre. The council thanked residents for their patience. "


def _unsaid(text: str) -> list[tuple[str, ...]]:
    return [c.unsaid for c in clauses(text, _CLAUSE_BREAK, _plain)]


def test_the_subject_left_unsaid_is_read_from_the_opening():
    # a reported pronoun stands for the one who reports
    opening = ("the", "harbour", "trust")
    assert opening in _unsaid("The Harbour Trust said it would not sell the ferry.")
    # a main clause resumed after a relative clause
    text = "The Harbour Trust, which runs three marinas, does not plan to sell the ferry."
    assert opening in _unsaid(text)
    # "it" does not stand for a person, and a clause that names its subject keeps it
    assert not any(_unsaid("The spokeswoman said it would not sell the ferry."))
    assert not any(_unsaid("The trust said the ferry would be sold in May."))


def test_verbs_of_intending_come_from_wordnet():
    assert intends("plan") and intends("intends") and intends("aims")
    assert not intends("want") and not intends("expect") and not intends("hope")


def test_a_denied_intention_denies_the_act():
    (core,) = denied_cores("The museum, which reopened in May, does not plan to lend the vase.")
    assert core.head == "lend" and core.subject == {"museum"} and core.denied


APART = [
    # a pronoun after "said" and an intention denied of the opening noun phrase
    (
        "Corvin Airways, which flies to nine cities, said it would drop the route to Split.",
        "Corvin Airways, which serves nine cities from Bristol, does not intend to drop the route.",
    ),
    # "or" ends the denied clause: what follows it is another act
    (
        "Halden Rowing Club will sell its two oldest boats to a school in Leeds.",
        "Halden Rowing Club said it would not sell its boats or lease the boathouse.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_a_core_denied_of_a_subject_left_unsaid_is_a_negation(a, b):
    found = core_denied(a, b)
    assert found is not None and found.conflict == Conflict.NEGATION
    shown = verdicts_of(a, b, FILLER_A, FILLER_B)
    assert (Verdict.DIFFER, Conflict.NEGATION) in shown
    assert (Verdict.AGREE, None) not in shown


TRAPS = [
    # two subjects
    (
        "The Harbour Trust said it would sell the ferry.",
        "The city council does not plan to sell the ferry.",
    ),
    # a wish is no intention
    (
        "Brenton Athletic will sell their goalkeeper in January.",
        "Brenton Athletic said they do not want to sell their goalkeeper.",
    ),
    # a place denied of a pronoun is no denial of a name that holds the place's word
    (
        "Rita Vance of the Albion Theatre told reporters the show would go on.",
        "Vance said she was not at the theatre when the ceiling fell.",
    ),
    # "it" after a person's noun names someone else
    (
        "The Harbour Trust will sell the ferry.",
        "The spokeswoman said it would not sell the ferry this year.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TRAPS)
def test_two_facts_are_not_read_as_one_denied(a, b):
    assert core_denied(a, b) is None
    assert core_denied(b, a) is None
