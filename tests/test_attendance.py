"""One named person absent by one article ("did not attend the hearing", "was not
in court") and present by the other ("sat through the hearing", "was present"),
each article telling it once (attendance): a negation; and what keeps two facts
apart. Sentences written here, in domains of their own."""

from __future__ import annotations

import pytest
from conftest import sole_findings

from compare import Conflict
from compare.align.attendance import attendance_apart, attendance_pairs, told

PUBLISHED = "---\npublished: 2025-09-17\n---\n\n"
BODY_A = (
    "A jury at Harrowgate Crown Court found a builder guilty of fraud on Wednesday. "
    "The case concerned invoices for work on a row of cottages that was never done. "
)
BODY_B = (
    "A builder who billed pensioners for repairs he never carried out was convicted "
    "at Harrowgate Crown Court on Wednesday. "
    "Jurors took four hours to reach their verdict. "
)


def _found(a: str, b: str) -> list[tuple[str, str, Conflict]]:
    return sole_findings(attendance_pairs, attendance_apart, (BODY_A, BODY_B), PUBLISHED, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Kenrick Doyle did not attend the hearing and was represented by his barrister.",
            "Doyle, who sat stony-faced through the hearing, left without comment.",
        ),
        (
            "Mr Doyle was present in court for the verdict.",
            "Kenrick Doyle was not in the courtroom to hear the verdict.",
        ),
        (
            "Doyle, in a dark suit, listened to the verdict standing in the dock.",
            "Doyle was absent when the jury returned, his barrister said.",
        ),
    ],
)
def test_one_person_present_and_absent_is_a_negation(a: str, b: str) -> None:
    ((x, y, conflict),) = _found(a, b)
    assert conflict == Conflict.NEGATION
    assert {x, y} == {a, b}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people
        (
            "Kenrick Doyle did not attend the hearing and was represented by his barrister.",
            "Marsh, who sat stony-faced through the hearing, left without comment.",
        ),
        # two kinds of occasion
        (
            "Kenrick Doyle did not attend the funeral of his former partner.",
            "Doyle, who sat through the hearing, left without comment.",
        ),
        # a plan
        (
            "Kenrick Doyle will not attend the sentencing, his barrister said.",
            "Doyle, who sat through the hearing, left without comment.",
        ),
        # the article tells his presence twice: a story of two moments
        (
            "Kenrick Doyle did not attend the first day. Doyle was in court for the verdict.",
            "Doyle, who sat through the hearing, left without comment.",
        ),
        # both present
        (
            "Mr Doyle was present in court for the verdict.",
            "Doyle, who sat through the hearing, left without comment.",
        ),
    ],
)
def test_what_keeps_presence_and_absence_apart(a: str, b: str) -> None:
    assert _found(a, b) == []


def test_readings() -> None:
    (one,) = told("Ms Ana Lund was not in the room when the board voted.")
    assert one.surname == "lund" and one.absent
    (other,) = told("Lund, 54, attended the meeting with her lawyer.")
    assert other.surname == "lund" and not other.absent
    assert told("Was Lund there?") == ()
    assert told("The hall was in the old town.") == ()


BODY_GAME_A = (
    "The Harbour Hawks won the regional cup final at Quayside Arena on Saturday. "
    "The home side led from the first quarter and never looked back. "
)
BODY_GAME_B = (
    "Harbour Hawks lifted the regional cup at Quayside Arena on Saturday night. "
    "A crowd of locals cheered every basket as the lead grew. "
)


def _game(a: str, b: str) -> list[tuple[str, str, Conflict]]:
    return sole_findings(
        attendance_pairs, attendance_apart, (BODY_GAME_A, BODY_GAME_B), PUBLISHED, a, b
    )


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        (
            "Guard Petra Solberg did not play after hurting her knee in training.",
            "Petra Solberg played the whole game despite a heavily strapped knee.",
            True,
        ),
        (
            "Forward Petra Solberg, playing through a knee injury, scored eleven points.",
            "The Hawks were without Petra Solberg, who missed the final with a knee injury.",
            True,
        ),
        # two players
        (
            "Guard Petra Solberg did not play after hurting her knee in training.",
            "Maja Lind played the whole game despite a heavily strapped knee.",
            False,
        ),
        # a team's name is no player: "Hawks' ... played"
        (
            "The Hawks' Petra Solberg did not play after hurting her knee in training.",
            "Harbour Hawks played the whole game without their injured guard.",
            False,
        ),
    ],
)
def test_a_player_who_played_and_did_not(a: str, b: str, found: bool) -> None:
    assert bool(_game(a, b)) == found
