"""Two places of one thing the judge does not compare leave the pair unchecked,
never ✓ (places_apart.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.align.places_apart import places_apart
from compare.extract import Claim, extract_claims
from compare.ingest import Source


def _statement_and_inside(text: str) -> tuple[Claim, list[Claim]]:
    claims = extract_claims(Source.from_text(text, id="a"))
    statement = next(c for c in claims if c.kind == "statement")
    inside = [
        c
        for c in claims
        if c is not statement and statement.start <= c.start and c.end <= statement.end
    ]
    return statement, inside


def _apart(a: str, b: str) -> bool:
    sa, ia = _statement_and_inside(a)
    sb, ib = _statement_and_inside(b)
    found = places_apart(sa, ia, sb, ib)
    assert places_apart(sb, ib, sa, ia) is found  # either order
    return found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one landmark word before two names
        (
            "A new water treatment plant will be built on the Avon near Ashford next year.",
            "The council also plans a water treatment plant on the Avon near Millbrook.",
        ),
        (
            "The trawler sank outside Kilbarra harbour in heavy seas on Tuesday night.",
            "The trawler went down outside Port Sellick in heavy seas on Tuesday night.",
        ),
        # a base told as "X-based" against another place
        (
            "The colt is trained by Jo Reed at her stables in Tolley, where she keeps 40 horses.",
            "The Harwick-based trainer Jo Reed said the colt had come out of the race well.",
        ),
    ],
)
def test_two_places_are_no_agreement(a: str, b: str) -> None:
    assert _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one landmark, spelt alike
        (
            "A new water treatment plant will be built on the Avon near Ashford next year.",
            "The council also plans a water treatment plant on the Avon near Ashford.",
        ),
        # the base named in the other sentence too
        (
            "The colt is trained by Jo Reed at her stables in Harwick, where she keeps 40 horses.",
            "The Harwick-based trainer Jo Reed said the colt had come out of the race well.",
        ),
        # two places of two kinds of words: "near" against "in", left to the judge
        (
            "The plane came down near Ostby shortly after take-off.",
            "The plane crashed in a field in Ostby shortly after take-off.",
        ),
        # a common word before "-based", not a place
        (
            "Evidence-based policing has cut burglaries in Tolley by a fifth.",
            "Burglaries in Tolley fell by a fifth after the police changed tactics.",
        ),
    ],
)
def test_places_told_alike_or_not_comparable(a: str, b: str) -> None:
    assert not _apart(a, b)
