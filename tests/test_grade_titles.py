"""A post with "Additional" before it is the grade below it in civil services: another
post, as "deputy" makes one (titles._RANK). Sentences written for these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def role_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "role"]


def test_an_additional_secretary_is_not_the_secretary() -> None:
    a = "Chief Forest Secretary Ravi Menon said the survey was complete."
    b = "Additional Chief Forest Secretary Ravi Menon said the survey was complete."
    assert role_verdicts(a, b) == [(Verdict.DIFFER, Conflict.TITLE)]


def test_the_same_grade_told_twice_agrees() -> None:
    a = "Additional Chief Forest Secretary Ravi Menon said the survey was complete."
    b = "Additional Chief Forest Secretary Ravi Menon told reporters the survey was complete."
    assert (Verdict.DIFFER, Conflict.TITLE) not in role_verdicts(a, b)
