"""Any verb of approval against any verb of disapproval of one thing by one holder
(compare.align.opposites: _APPROVING, _DISAPPROVING), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from conftest import first_statement

from compare import Conflict, Verdict, compare_texts
from compare.align.opposites import are_opposites
from compare.align.statement_judge import judge_statements


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("accepted", "disputed"),
        ("endorsed", "fought"),
        ("welcomed", "opposed"),
        ("backed", "challenged"),
        ("supported", "contested"),
        ("applauded", "denounced"),
        ("favoured", "resisted"),
    ],
)
def test_approval_and_disapproval_are_opposites(a: str, b: str) -> None:
    assert are_opposites(a, b) and are_opposites(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("accepted", "endorsed"), ("disputed", "fought"), ("challenged", "opposed")],
)
def test_one_stance_told_two_ways_is_no_opposite(a: str, b: str) -> None:
    assert not are_opposites(a, b)


def test_a_ruling_accepted_and_disputed_by_one_captain_is_an_opposite() -> None:
    a = first_statement(
        "Harbourside captain Lena Moss accepted the umpire's ruling on the boundary."
    )
    b = first_statement(
        "Harbourside skipper Lena Moss disputed the umpire's ruling on the boundary."
    )
    judgement = judge_statements([a, b])
    assert judgement.verdict == Verdict.DIFFER and judgement.conflict == Conflict.OPPOSITE


def test_a_bill_endorsed_and_fought_is_never_an_agreement() -> None:
    a = "The Tarnwick Farmers Union, the county's largest growers' group, endorsed the water bill."
    b = "The Tarnwick Farmers Union, the largest growers' group, fought the water bill to the end."
    comparison = compare_texts({"a": a, "b": b})
    statements = [al for al in comparison.alignments if al.kind == "statement"]
    assert [al.conflict for al in statements] == [Conflict.OPPOSITE]


def test_two_holders_of_two_stances_are_no_opposite() -> None:
    a = first_statement("The teachers' union welcomed the school funding plan on Monday.")
    b = first_statement("The Harwick Taxpayers Alliance opposed the school funding plan on Monday.")
    judgement = judge_statements([a, b])
    assert judgement.conflict != Conflict.OPPOSITE
