"""A figure's move "up" or "down" against a main verb of the other way is no
agreement shown ✓ (figure_directions.py); one way on both sides, or a phrasal "up"
with no figure after it, is left alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Verdict
from compare.align.figure_directions import directions_apart
from compare.align.statement_judge import judge_statements
from compare.extract import extract_claims
from compare.ingest import Source


def _statement(text: str, source: str = "a"):
    claims = extract_claims(Source.from_text(text, id=source))
    return next(c for c in claims if c.kind == "statement")


def _apart(a: str, b: str) -> bool:
    found = directions_apart(_statement(a), _statement(b))
    assert directions_apart(_statement(b), _statement(a)) is found  # either order
    return found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The airline's shares ended up 4.2% in Frankfurt on Wednesday.",
            "The airline's shares dropped 4.2% by the close on Wednesday.",
        ),
        (
            "Ticket sales finished the season down by about 8% on last year.",
            "Ticket sales climbed 8% over the season.",
        ),
        (
            "Rents in the city have crept up to nearly $2,100 a month.",
            "The average monthly rent in the city has fallen to $2,100.",
        ),
    ],
)
def test_a_move_against_a_verb_of_the_other_way(a, b):
    assert _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one way on both sides
        (
            "The airline's shares ended up 4.2% in Frankfurt on Wednesday.",
            "The airline's shares rose 4.2% by the close on Wednesday.",
        ),
        # "up" with no figure after it: a phrasal verb, no move
        (
            "Volunteers picked up 37 oiled birds along the beach.",
            "The number of oiled birds found on the beach fell to 37.",
        ),
        # "up to": a bound, no move
        (
            "Forecasters warned of waves of up to 6 metres on the coast.",
            "Waves fell to 6 metres on the coast by the evening.",
        ),
        # the other side says "up" or "down" itself: polarity_apart's business
        (
            "Exports were down 3% in March.",
            "Exports fell 3% in March, the third month down in a row.",
        ),
    ],
)
def test_one_way_or_no_move_is_left_alone(a, b):
    assert not _apart(a, b)


def test_the_judge_shows_no_agreement_over_two_ways():
    a = _statement("The airline's shares ended up 4.2% in Frankfurt on Wednesday.", "a")
    b = _statement("The airline's shares dropped 4.2% by the close on Wednesday.", "b")
    judgement = judge_statements([a, b])
    assert judgement.verdict is Verdict.AGREE and judgement.unchecked
