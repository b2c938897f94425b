"""One toll of the dead or the hurt told with two nouns ("Three people were killed"
/ "left three dead", "claimed two lives") is one count; deaths against injuries,
differing figures, and a figure beside a denial are not paired so. Sentences
written for these tests."""

from __future__ import annotations

from conftest import compare_on_a_friday as compare
from conftest import number_verdicts


def _pairs(first: str, second: str) -> list[tuple[str, list[str]]]:
    return number_verdicts(
        compare(
            f"A gas main burst in Harwick on Monday. {first} Roads were shut.",
            f"A gas main exploded in Harwick on Monday. {second} Schools closed.",
        )
    )


def test_people_killed_and_the_dead_are_one_toll() -> None:
    assert ("agree", ["Four", "four"]) in _pairs(
        "Four people were killed.", "The blast left four dead."
    )


def test_lives_claimed_are_deaths() -> None:
    assert ("agree", ["Two", "two"]) in _pairs("Two people died.", "The blast claimed two lives.")


def test_lives_lost_by_a_kind_of_person() -> None:
    assert ("agree", ["Two", "Two"]) in _pairs(
        "Two engineers were killed.", "Two members of the repair crew lost their lives."
    )


def test_deaths_and_injuries_stay_apart() -> None:
    assert _pairs("Four people were killed.", "Four people were injured.") == []
    assert _pairs("Two people died.", "Rescuers saved two lives.") == []


def test_differing_tolls_of_two_nouns_are_not_paired() -> None:
    assert _pairs("Four people were killed.", "The blast left five dead.") == []


def test_a_count_beside_a_denial_is_no_toll() -> None:
    # the figure counts deaths under inquiry, not deaths confirmed
    assert (
        _pairs(
            "The council has not confirmed any deaths, though two deaths are being examined.",
            "The blast claimed two lives.",
        )
        == []
    )
