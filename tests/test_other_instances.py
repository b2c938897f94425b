"""A thing told as another of its kind (compare.align.other_instances): a denial of
the story's own thing and a deed on "a similar" one are two facts, neither a
negation nor a ✓. Sentences written here, on other stories than the sets'."""

from __future__ import annotations

from compare import Verdict, compare_texts


def _verdicts(a: str, b: str) -> list[tuple[Verdict, object]]:
    found = compare_texts({"a": a, "b": b}).alignments
    return [(al.verdict, al.conflict) for al in found if al.kind.value == "statement"]


def test_a_denial_and_a_deed_on_a_similar_thing_are_two_facts() -> None:
    a = "No militia has claimed the ambush, officials said."
    b = "The militia claimed an earlier ambush in 2020, officials said."
    assert _verdicts(a, b) == []
    a = "No airline has cancelled the route, regulators said."
    b = "The airline cancelled a similar route in 2021, regulators said."
    assert _verdicts(a, b) == []


def test_the_same_thing_denied_and_told_stays_a_negation() -> None:
    a = "No airline has cancelled the route, regulators said."
    b = "The airline cancelled the route, regulators said."
    assert [v for v, _ in _verdicts(a, b)] == [Verdict.DIFFER]
