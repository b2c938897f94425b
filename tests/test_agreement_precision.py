"""bench.agreement_precision: stable keys and judgements by inclusion."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.agreement_precision import (
    agreement_key,
    judgement_of,
    member_triple,
    precision_text,
    same_member,
)

A = member_triple("a", "12 pianos", "The shop sold 12 pianos on Monday.")
B = member_triple("b", "twelve pianos", "Twelve pianos were sold, the shop said.")
C = member_triple("c", "12", "Its 12 branches stayed open.")


def row(judgement: str, *members: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "key": agreement_key("number", members),
        "kind": "number",
        "members": [{"source": s, "claim": c, "sentence": t} for s, c, t in members],
        "judgement": judgement,
    }


def test_key_ignores_order_case_and_punctuation() -> None:
    other = member_triple("a", "12  Pianos", "the shop sold 12 pianos on monday")
    assert agreement_key("number", [A, B]) == agreement_key("number", [B, other])
    assert agreement_key("number", [A, B]) != agreement_key("statement", [A, B])


def test_a_sentence_cut_differently_is_the_same_member() -> None:
    longer = member_triple("a", "12 pianos", "Dateline 3 May The shop sold 12 pianos on Monday.")
    assert same_member(A, longer)
    assert not same_member(A, member_triple("b", "12 pianos", A[2]))


def test_inside_a_right_group_is_right_and_holding_a_wrong_group_is_wrong() -> None:
    judged = [row("right", A, B, C), row("different", B, C)]
    assert judgement_of("number", [A, B], judged) == ("right", "inside a right group")
    judged = [row("different", B, C)]
    assert judgement_of("number", [A, B, C], judged) == ("different", "holds a wrong group")
    assert judgement_of("number", [A, B], judged) is None
    assert judgement_of("number", [B, C], judged) == ("different", "own")


def test_precision_leaves_unsure_out() -> None:
    text = precision_text(Counter(right=3, different=1, unsure=2))
    assert text.startswith("0.75")
