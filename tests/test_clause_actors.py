"""Two people named for one deed only one can have done, in a clause of each
sentence (clause_contradictions.by_clauses). Sentences written here."""

from __future__ import annotations

from compare import compare_texts
from compare.align.clause_contradictions import by_clauses
from compare.align.model import Conflict

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def test_two_names_for_the_winning_basket_are_an_actor_conflict() -> None:
    a = "Mara Lindqvist hit the winning basket with two seconds left, and the crowd roared."
    b = "After a timeout, Joy Okafor hit the winning basket from the corner."
    found = by_clauses(a, b)
    assert found is not None and found.conflict == Conflict.ACTOR
    assert "Lindqvist" in found.a and "Okafor" in found.b


def test_a_deed_many_can_do_is_no_actor_conflict() -> None:
    a = "Mara Lindqvist hit a late basket from the corner, and the crowd roared."
    b = "After a timeout, Joy Okafor hit a late basket from the corner."
    assert by_clauses(a, b) is None


def test_a_pronoun_or_one_name_told_two_ways_is_no_actor_conflict() -> None:
    a = "Mara Lindqvist hit the winning basket with two seconds left."
    assert by_clauses(a, "In the end, she hit the winning basket with two seconds left.") is None
    assert by_clauses(a, "Then Lindqvist hit the winning basket with two seconds left.") is None


def test_the_public_path_reports_the_actor_conflict() -> None:
    a = (
        "Mara Lindqvist hit the winning basket with two seconds left, "
        "and the Harbour Hawks held on to beat Eastport 71-70."
    )
    b = (
        "Eastport led by a point at the final timeout, but Joy Okafor hit the winning "
        "basket from the corner to give the Harbour Hawks a 71-70 victory."
    )
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    assert any(
        al.kind == "statement" and al.conflict == Conflict.ACTOR for al in comparison.alignments
    )
