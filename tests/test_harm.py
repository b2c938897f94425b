"""Harm denied in a bare sentence against people counted as harmed, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


LEAD_A = "A gas leak forced the evacuation of a school in Tarnow on Monday morning."
LEAD_B = "Pupils were led out of a Tarnow school on Monday after a gas pipe cracked."


@pytest.mark.parametrize(
    ("denial", "count"),
    [
        ("No one was hurt.", "Two teachers were hurt, the fire service said."),
        ("No injuries were reported.", "Four pupils suffered minor burns, officials said."),
        ("There were no deaths.", "Two people died in hospital, officials said."),
    ],
)
def test_a_bare_denial_of_harm_against_a_count_is_a_negation(denial, count):
    found = _statements(f"{LEAD_A} {denial}", f"{LEAD_B} {count}")
    assert (Verdict.DIFFER, Conflict.NEGATION) in found


@pytest.mark.parametrize(
    ("denial", "count"),
    [
        # whom it spares is named: others may have been hurt
        ("No pupils were hurt in the leak.", "Two teachers were hurt, the fire service said."),
        # another harm: nobody hurt is no denial of deaths counted, and the reverse
        ("There were no deaths.", "Two teachers were hurt, the fire service said."),
    ],
)
def test_a_qualified_denial_or_another_harm_is_no_negation(denial, count):
    found = _statements(f"{LEAD_A} {denial}", f"{LEAD_B} {count}")
    assert (Verdict.DIFFER, Conflict.NEGATION) not in found


def test_people_harmed_in_another_occurrence_are_no_count_of_this_one():
    found = _statements(
        f"{LEAD_A} No one was hurt.",
        f"{LEAD_B} In a similar leak in 2019, two teachers were hurt.",
    )
    assert (Verdict.DIFFER, Conflict.NEGATION) not in found
