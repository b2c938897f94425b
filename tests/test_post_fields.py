"""One post noun with another field before it on each side ("chief financial
officer" / "chief operating officer") names two posts; a grade ("senior" / "top
adviser") or a word of one family ("financial" / "finance director") does not.
Names, posts and sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts


def role_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "role"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Chief technical officer Omar Feld said the chips would ship in May.",
            "Chief financial officer Omar Feld said the chips would ship in May.",
        ),
        (
            "The season opens in May, said musical director Omar Feld.",
            "The season opens in May, said artistic director Omar Feld.",
        ),
    ],
)
def test_two_fields_of_one_post_noun_are_two_posts(a, b):
    assert role_verdicts(a, b) == [(Verdict.DIFFER, Conflict.TITLE)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The season opens in May, said senior adviser Omar Feld.",
            "The season opens in May, said top adviser Omar Feld.",
        ),
        (
            "The season opens in May, said financial director Omar Feld.",
            "The season opens in May, said finance director Omar Feld.",
        ),
        (
            "Chief financial officer Omar Feld said the chips would ship in May.",
            "The chips will ship in May, chief financial officer Omar Feld said.",
        ),
    ],
)
def test_a_grade_or_one_field_told_two_ways_is_one_post(a, b):
    assert (Verdict.DIFFER, Conflict.TITLE) not in role_verdicts(a, b)
