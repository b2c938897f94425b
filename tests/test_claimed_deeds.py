"""Responsibility claimed by two named groups, on sentences written for these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


def test_two_groups_claiming_or_taking_responsibility_are_an_actor_conflict():
    a = "An armed faction known as the Iron Oak claimed responsibility in a video on Friday."
    b = "A militia called Stonebridge took responsibility for the bombing in a statement on Friday."
    assert _statements(a, b) == [(Verdict.DIFFER, Conflict.ACTOR)]


def test_one_group_claiming_and_taking_responsibility_is_no_conflict():
    a = "An armed faction known as the Iron Oak claimed responsibility in a video on Friday."
    b = "The Iron Oak took responsibility for the bombing in a statement on Friday."
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(a, b)


def test_a_group_denying_responsibility_is_not_claiming_it():
    a = "An armed faction known as the Iron Oak claimed responsibility in a video on Friday."
    b = "A militia called Stonebridge denied responsibility for the bombing on Friday."
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(a, b)
