"""A deed's noun credited to its doer with "came from" ("The winner came from Hannah
Okoro") is one deed with the other outlet's clause that tells the noun's verb
("Priya Nair scored the winning goal"): two named doers are an actor conflict
(compare.align.deed_frames)."""

from __future__ import annotations

import pytest

from compare import compare_texts
from compare.align import Conflict, Verdict


def actor_conflicts(a: str, b: str) -> list[object]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        al
        for al in comparison.alignments
        if al.verdict == Verdict.DIFFER and al.conflict == Conflict.ACTOR
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Priya Nair scored the winning goal in the last minute.",
            "The winner came from Hannah Okoro, who headed in a corner.",
        ),
        (
            "Marta Lenz scored the winning basket at the buzzer.",
            "The winner came from Ilse Brandt, a reserve guard.",
        ),
    ],
)
def test_a_deed_credited_with_came_from_to_another_doer_is_an_actor_conflict(
    a: str, b: str
) -> None:
    assert actor_conflicts(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another deed of the same verb: the opening goal is not the winner
        (
            "Priya Nair scored the opening goal in the first minute.",
            "The winner came from Hannah Okoro, who headed in a corner.",
        ),
        # the other article names the doer too: it may tell two deeds
        (
            "Priya Nair scored the winning goal. Hannah Okoro was booked in the second half.",
            "The winner came from Hannah Okoro, who headed in a corner.",
        ),
        # "came from" a thing someone else did: the corner's taker is not the scorer
        (
            "Maria Vos scored the winning goal from a corner.",
            "The winner came from a corner taken by Lena Ortiz.",
        ),
        (
            "Maria Vos scored the winning goal from a free kick.",
            "The winner came from a mistake by goalkeeper Lena Ortiz.",
        ),
        # "came from" a place: no doer
        (
            "The bones were dug up by Ana Ruiz in March.",
            "The bones came from a hillside near Tarvel, said Marco Diaz.",
        ),
    ],
)
def test_no_actor_conflict_without_one_deed_of_two_doers(a: str, b: str) -> None:
    assert not actor_conflicts(a, b)
