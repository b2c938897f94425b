"""A shadow minister speaks for the opposition on a portfolio: "Shadow health
minister X" is not "Health Minister X", as "deputy minister" is not "minister".
Names and sentences written for these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def role_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "role"]


def test_a_shadow_minister_is_not_the_minister() -> None:
    a = "Health Minister Ann Polk said the clinic would reopen in March."
    b = "Shadow health minister Ann Polk said the clinic would reopen in March."
    assert role_verdicts(a, b) == [(Verdict.DIFFER, Conflict.TITLE)]


def test_one_shadow_post_told_twice_agrees() -> None:
    a = "Shadow health minister Ann Polk said the clinic would reopen in March."
    b = "The clinic will reopen in March, said shadow health minister Ann Polk."
    assert (Verdict.DIFFER, Conflict.TITLE) not in role_verdicts(a, b)
