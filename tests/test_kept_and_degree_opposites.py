"""Opposites of news beyond the earlier table (opposites.py): keeping a thing against
ending it, a slight degree against a great one, good against poor, ahead against
behind, a refusal against an acceptance, a guilty verdict against an acquittal.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Verdict
from compare.align.model import Conflict
from compare.align.opposites import are_opposites
from tests.conftest import verdicts_of


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("extended", "lifted"),
        ("kept", "scrapped"),
        ("retained", "abolished"),
        ("maintained", "lifted"),
        ("prolonged", "ended"),
        ("slight", "severe"),
        ("little", "extensive"),
        ("minimal", "heavy"),
        ("good", "poor"),
        ("ahead", "behind"),
        ("accepted", "spurned"),
        ("welcomed", "rebuffed"),
        ("guilty", "acquitted"),
        ("innocent", "convicted"),
    ],
)
def test_news_opposites_beyond_the_table(a: str, b: str) -> None:
    assert are_opposites(a, b) and are_opposites(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("extended", "cut"),  # a deadline extended and a price cut: no class between them
        ("kept", "lost"),  # converse-like, left to the converse rules
        ("slight", "slender"),
        ("good", "fine"),
        ("little", "small"),
    ],
)
def test_words_left_apart(a: str, b: str) -> None:
    assert not are_opposites(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Inspectors said the old grain store was in remarkably good condition.",
            "But the old grain store is in poor condition.",
        ),
        (
            "The flood caused little damage to the grain store near the river.",
            "The flood caused extensive damage to the grain store near the river.",
        ),
        (
            "Officials in Corrow on Monday extended the closure of the town's eastern paths.",
            "On Monday, officials in Corrow lifted the closure of the town's eastern paths.",
        ),
        (
            "The carer was found guilty of theft at the crown court on Friday.",
            "The carer was acquitted of theft at the crown court on Friday.",
        ),
        (
            "Ministers will retain the cap on rents in the capital next year.",
            "Ministers will abolish the cap on rents in the capital next year.",
        ),
    ],
)
def test_such_opposites_are_no_agreement(a: str, b: str) -> None:
    found = verdicts_of(a, b)
    assert (Verdict.AGREE, None) not in found
    assert (Verdict.DIFFER, Conflict.OPPOSITE) in found


def test_a_forecast_cut_and_lowered_still_agree() -> None:
    a = "The bank cut its growth forecast for the region on Tuesday, citing weak exports."
    b = "The bank lowered its growth forecast for the region on Tuesday, citing weak exports."
    assert all(verdict is not Verdict.DIFFER for verdict, _ in verdicts_of(a, b))
