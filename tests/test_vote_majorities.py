"""A "7-2 majority" is a vote's tally: it is compared with a vote told with the
verb ("voted 6-3"), on sentences written for these tests."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.measures import tally_acts
from compare.extract import extract_claims
from compare.ingest import Source


def _tally(text: str):
    claims = extract_claims(Source.from_text(text, id="a"))
    return next(c for c in claims if c.kind == "number" and c.pair is not None)


def test_a_majority_tallies_a_vote_and_a_margin_does_not():
    assert ("vote", False) in tally_acts(_tally("The motion was carried by a 30-12 majority."))
    # a game is won by a margin too: no act is read from it
    assert ("vote", False) not in tally_acts(_tally("The measure passed by a 5-4 margin."))


def test_a_vote_and_a_majority_that_differ_are_a_tally_conflict():
    comparison = compare_texts(
        {
            "a": "The council voted 8-1 on Monday to close the harbour road to lorries.",
            "b": "The plan to close the harbour road to lorries was carried by a 6-3 majority.",
        }
    )
    found = [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]
    assert found == [(Verdict.DIFFER, Conflict.TALLY)]


def test_a_vote_and_a_majority_that_agree_are_no_conflict():
    comparison = compare_texts(
        {
            "a": "The council voted 8-1 on Monday to close the harbour road to lorries.",
            "b": "The plan to close the harbour road to lorries was carried by an 8-1 majority.",
        }
    )
    assert not [al for al in comparison.alignments if al.verdict == Verdict.DIFFER]
