"""The subject of a verb that follows asides set off by commas ("Pruitt, 45, a
driver from Lorain, showed"): compare/extract/antecedents.before_asides. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Frame, Statement, extract_claims


def frame(text: str) -> Frame:
    claims = extract_claims(Source.from_text(text), qualifiers=True)
    found = next(c for c in claims if isinstance(c, Statement))
    assert isinstance(found, Statement) and found.frame is not None
    return found.frame


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Okafor, 38, a bus driver from Leeds, denied the charge.", "Okafor"),
        ("The keeper, 29, from Bristol, saved two penalties.", "The keeper"),
        ("A park ranger, Tomas Vidal, found the cub on Sunday.", "A park ranger, Tomas Vidal"),
        ("OSLO (Wire) — Nordvik Air, the regional carrier, cancelled 40 flights.", "Nordvik Air"),
        ("The mayor, who took office in May, signed the order.", "The mayor"),
    ],
)
def test_the_subject_before_the_asides(sentence: str, doer: str) -> None:
    read = frame(sentence)
    assert read.actor is not None and read.actor.text == doer


@pytest.mark.parametrize(
    "sentence",
    [
        "In the end, after two recounts, won the seat.",  # a phrase opens: no subject
        "Officials said the road, which flooded twice, reopened.",  # "road" has its own
    ],
)
def test_no_subject_from_a_phrase(sentence: str) -> None:
    read = frame(sentence)
    assert read.actor is None or read.actor.text not in ("In the end", "Officials")


def test_a_passive_after_asides_keeps_no_thing_from_them() -> None:
    # a passive's subject is the thing acted on; a description and a name of one
    # person there are told apart by no matcher yet, so none is read
    read = frame("Marsh, 31, was arrested on Friday.")
    assert read.thing is None
