"""A body sentence the grouping set beside the other article's headline only keeps
its body partner: the body pair is grouped again and shown when it agrees."""

from __future__ import annotations

from conftest import claim_fields

from compare.align import _past_headlines
from compare.extract.claims import Statement
from compare.ingest import HEADLINE


def statement(source: str, text: str, block: str = "body") -> Statement:
    return Statement(**{**claim_fields(source, text), "block": block})


CLAIMS = [
    statement("a", "Corvex blamed a cracked valve on a pipe between two tanks."),
    statement("b", "Cracked valve blamed for Corvex ammonia leak", HEADLINE),
    statement("b", "Corvex has blamed a valve failure on a pipe that links its tanks."),
    statement("b", "The fire service said nobody was hurt."),
    statement("a", "Nobody needed hospital treatment, firefighters said."),
]


def test_body_claim_beside_a_headline_only_meets_its_body_partner() -> None:
    pairs = [(0.9, 0, 1), (0.6, 0, 2), (0.7, 3, 4)]
    groups = [([0, 1], 0.9), ([3, 4], 0.7)]
    assert _past_headlines(CLAIMS, pairs, groups) == [([0, 2], 0.6)]


def test_body_claims_grouped_with_body_partners_stay_as_they_are() -> None:
    # claim 0 is grouped with a body sentence already: no second group for it
    pairs = [(0.9, 0, 2), (0.6, 0, 3), (0.7, 1, 4)]
    groups = [([0, 2], 0.9), ([1, 4], 0.7)]
    assert _past_headlines(CLAIMS, pairs, groups) == []


def test_two_free_body_claims_neither_beside_a_headline_are_left_to_the_grouping() -> None:
    pairs = [(0.6, 0, 2)]
    assert _past_headlines(CLAIMS, pairs, []) == []
