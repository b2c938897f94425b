"""One deed done to one thing, placed apart (compare/align/deed_slots.py and
compare/align/happening_slots.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Verdict, compare_texts
from compare.align.deed_slots import one_deed_told, undergoer
from compare.align.sentence_claims import NO_SENTENCES
from compare.extract import Statement, extract_claims
from compare.ingest import Source


def _statement(text: str, source: str = "a") -> Statement:
    claims = extract_claims(Source.from_text(text, id=source))
    return next(c for c in claims if isinstance(c, Statement))


def _place_verdicts(a: str, b: str) -> list[Verdict]:
    return [al.verdict for al in statement_findings(a, b, Conflict.PLACE)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one verb, one thing, two places the other article never names
        (
            "The stolen violin was recovered in Grellham on Tuesday.",
            "The violin was recovered near Dunmere, police said.",
        ),
        # one event held and taking place at two sites
        (
            "The council's budget vote was held at Tennant Hall.",
            "The vote on the budget took place at the Orrin Centre.",
        ),
    ],
)
def test_one_deed_of_one_thing_placed_apart_is_a_place_difference(a, b):
    assert _place_verdicts(a, b) == [Verdict.DIFFER]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a place and the place inside it: the other article names the town
        (
            "The stolen violin was recovered at a pawnshop in Grellham.",
            "The violin was recovered in Grellham town centre, near the Marlow pawnshop.",
        ),
        # two plants of one company, told as another of its kind
        (
            "The firm closed its smaller plant near Tessbury.",
            "Its sister plant at Hollin Cross closed as well.",
        ),
        # a state may hold the other's town
        (
            "The violin was recovered in California.",
            "The violin was recovered in Grellham.",
        ),
    ],
)
def test_nested_widely_named_or_other_instances_are_no_place_difference(a, b):
    assert _place_verdicts(a, b) == []


def test_the_undergoer_is_the_object_or_the_subject_without_one_never_a_pronoun():
    assert undergoer(_statement("Police recovered the violin in Grellham.")) == "violin"
    assert undergoer(_statement("The violin was recovered in Grellham.")) == "violin"
    assert undergoer(_statement("It was recovered in Grellham by two detectives.")) is None
    assert undergoer(_statement("The auction took place in Grellham.")) == "auction"


def test_a_deed_turned_by_its_particle_is_no_one_deed():
    a = _statement("The singer checked into a clinic in Grellham.", "a")
    b = _statement("The singer checked out of a clinic in Dunmere.", "b")
    assert not one_deed_told(a, b, NO_SENTENCES)


def test_two_days_none_shared_are_two_deeds():
    comparison = compare_texts(
        {
            "a": "Local news. The ferry docked at Pellow harbour on Monday.",
            "b": "Local news. The ferry docked at Strand quay on Thursday.",
        }
    )
    assert not [al for al in comparison.alignments if al.conflict == Conflict.PLACE]
