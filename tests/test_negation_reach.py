"""How far a negator reaches in the word reading of two statements (by_words): a
denied readiness reaches the verb after "to"; "failed" and "declined" deny only an
infinitive; "nothing" before a preposition is an object, not a denial of the noun
after it. Sentences written here."""

from __future__ import annotations

import pytest

from compare import Conflict
from compare.align.word_contradictions import by_words


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a denied readiness and a plain denial of one deed
        (
            "The warden will not open the gates to visitors during the storm.",
            "The warden said he was not prepared to open the gates to visitors during the storm.",
        ),
        (
            "The board is not willing to sell the harbour land to developers.",
            "The board will not sell the harbour land to developers.",
        ),
        # "failed" and "declined" as verbs of breaking down and of falling
        (
            "The generator failed in the basement of the hospital overnight.",
            "A faulty generator in the basement of the hospital caused the blackout overnight.",
        ),
        (
            "Orders declined sharply in the final quarter for the shipyard.",
            "Orders for the shipyard dropped sharply in the final quarter.",
        ),
        # "nothing" as the object of a verb, told with "never"
        (
            "Every winter the council does nothing about the potholes on the coast road.",
            "The council never repairs the potholes on the coast road, whatever the winter.",
        ),
    ],
)
def test_no_negation_read(a: str, b: str) -> None:
    found = by_words(a, b)
    assert found is None or found.conflict != Conflict.NEGATION


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a readiness denied on one side only
        (
            "The warden was prepared to open the gates to visitors during the storm.",
            "The warden was not prepared to open the gates to visitors during the storm.",
        ),
        # a refusal of an infinitive still denies it
        (
            "The generator failed to start in the basement of the hospital overnight.",
            "The generator started in the basement of the hospital overnight.",
        ),
    ],
)
def test_negation_still_read(a: str, b: str) -> None:
    found = by_words(a, b)
    assert found is not None and found.conflict == Conflict.NEGATION


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The old chapel stood inside the grounds of the county hospital until the fire.",
            "The old chapel sits inside the grounds of the county hospital, the trust said.",
        ),
        (
            "The wreck lies off the northern headland in shallow water near the reef.",
            "The wreck sat near the reef in shallow water off the northern headland.",
        ),
    ],
)
def test_verbs_of_posture_before_a_place_are_no_opposites(a: str, b: str) -> None:
    found = by_words(a, b)
    assert found is None or found.conflict != Conflict.OPPOSITE


def test_nothing_opening_a_sentence_still_denies() -> None:
    found = by_words(
        "Nothing about the harbour plan was approved.", "The harbour plan was approved."
    )
    assert found is not None and found.conflict == Conflict.NEGATION
