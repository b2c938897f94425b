"""Where one thing was taken, told with two verbs of taking or going ("airlifted to a
hospital in X" / "flown to hospital in Y"), or as where the moved now stay ("taken
to a hall in X" / "sheltering in a school in Y"), is one fact: two towns for it are a
place variant; two things moved, two stages of a journey or a place not reached by
the move are not paired (compare.align.place_moves, place_towns)."""

from __future__ import annotations

import pytest
from conftest import place_differences

from compare.align import Severity
from compare.align.place_moves import one_move
from compare.extract import Place, extract_claims
from compare.ingest import Source


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two verbs of taking, one thing taken, a bare "to hospital" on one side
        (
            "Six of the wounded were airlifted to the regional hospital in Tarvos.",
            "The wounded were flown by helicopter to hospital in Merrow.",
        ),
        (
            "The miners were rushed to a clinic in Ostrava after the blast.",
            "The miners were driven to a clinic in Karvina, officials said.",
        ),
        # where the moved were taken, and where they now stay
        (
            "Most refugees were taken to a school in Dunmore on Monday.",
            "Many of the refugees are sheltering in a church hall in Archbald.",
        ),
    ],
)
def test_one_thing_taken_to_two_towns_is_a_place_variant(a: str, b: str) -> None:
    places = place_differences(a, b)
    assert places, "the two places were never paired"
    assert all(severity == Severity.VARIANT for _, severity in places)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two things moved: the injured and the dead
        (
            "The wounded were airlifted to a hospital in Tarvos.",
            "The bodies were flown to a mortuary in Merrow.",
        ),
        # two stages: the other article names the first destination too
        (
            "The migrants were taken to a camp in Pozzano.",
            "The migrants, first landed at Pozzano, were moved to a centre in Caltera.",
        ),
        # where it happened, against where the injured were taken
        (
            "The coach crashed near Tarvos on Sunday.",
            "The injured were flown to a hospital in Merrow.",
        ),
    ],
)
def test_two_moves_or_a_move_and_the_scene_are_not_paired(a: str, b: str) -> None:
    assert place_differences(a, b) == []


def _place(text: str) -> Place:
    claims = extract_claims(Source.from_text(text, id="a"))
    return next(c for c in claims if isinstance(c, Place))


def test_a_move_is_told_by_its_destination_only() -> None:
    taken = _place("The wounded were flown to a hospital in Merrow.")
    # "in" a town where the verb happened, not "to" it: no destination
    there = _place("The wounded were flown by helicopter in Tarvos to safety.")
    assert one_move(taken, _place("The wounded were rushed to a clinic in Tarvos."))
    assert not one_move(taken, there)
