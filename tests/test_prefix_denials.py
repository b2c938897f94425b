"""A predicate denied by its prefix on one side only is no agreement to show
(prefix_denials.py), on sentences written for these tests; the pairs where the
other side denies too, or where the prefixed word is no predicate, stay alone."""

from __future__ import annotations

import pytest

from compare.align.prefix_denials import prefix_denied, prefix_denied_apart
from compare.extract import extract_claims
from compare.ingest import Source


def _statement(text: str):
    return next(c for c in extract_claims(Source.from_text(text, id="a")) if c.kind == "statement")


def _apart(a: str, b: str) -> bool:
    found = prefix_denied_apart(_statement(a), _statement(b))
    assert prefix_denied_apart(_statement(b), _statement(a)) is found  # either order
    return found


@pytest.mark.parametrize(
    ("word", "denied"),
    [
        ("unable", True),
        ("impossible", True),
        ("disagreed", True),
        ("illegal", True),
        ("incomplete", True),
        ("uninformed", True),
        ("invest", False),  # "in" opens the word, denies nothing
        ("union", False),
        ("display", False),
        ("discovered", False),
        ("understood", False),
        ("able", False),
    ],
)
def test_words_denied_by_their_prefix(word, denied):
    assert prefix_denied(word) is denied


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Visitors will be unable to see the bones at the museum from 2027.",
            "The fossils will go on display at the museum next year.",
        ),
        (
            "Lenders have disagreed to provide $250 million to keep the business running.",
            "The retailer said it had secured $250 million in new financing.",
        ),
        (
            "Forecasters said a surge of three metres above high tide was impossible.",
            "Forecasters said the storm surge could reach three metres above high tide.",
        ),
        (
            "The sale of the land was illegal, the court found on Tuesday.",
            "The court found on Tuesday that the land had been sold lawfully.",
        ),
        (
            "The data protection regulator has remained uninformed of the breach.",
            "The hospital has reported the breach to the data protection regulator.",
        ),
        (
            "The new timetable is still incomplete, the transport authority said.",
            "The transport authority said it had finished the new timetable.",
        ),
    ],
)
def test_a_denied_predicate_against_one_stated(a, b):
    assert _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the other side denies too
        (
            "The mayor was unable to attend the meeting on Monday evening.",
            "The mayor did not attend the meeting on Monday evening.",
        ),
        (
            "The mayor was unable to attend the meeting on Monday evening.",
            "The mayor failed to attend the meeting on Monday evening.",
        ),
        (
            "About 3,000 workers became unemployed after the plant shut in March.",
            "The closure of the plant in March left about 3,000 workers jobless.",
        ),
        (
            "A rescue of the crew was impossible in the storm, the coastguard said.",
            "The coastguard said it could never have reached the crew in the storm.",
        ),
        # the prefixed word names or describes someone, it is no predicate
        (
            "Police arrested an unidentified man outside the station on Friday.",
            "Police arrested a man outside the station on Friday.",
        ),
        (
            "An independent panel will review the decision in the spring.",
            "A panel of outside experts will review the decision in the spring.",
        ),
        # no prefix: not this module's business
        (
            "Visitors will be able to see the bones at the museum from 2027.",
            "The fossils will go on display at the museum next year.",
        ),
    ],
)
def test_left_alone(a, b):
    assert not _apart(a, b)
