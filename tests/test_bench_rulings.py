"""A bench's ruling told by its tally is a vote's tally: "ruled 2-1", "reached its
decision 2-1" against "a unanimous 3-0 vote" (vote_tallies.vote_tally). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.vote_tallies import vote_tally
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source


def tallies(text: str) -> list[Number]:
    claims = extract_claims(Source.from_text(text, id="a"))
    return [c for c in claims if isinstance(c, Number) and c.pair is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The three-judge appeal panel ruled 2-1 against the fishery.",
        "The licensing tribunal reached its decision 2-1 after a day of evidence.",
    ],
)
def test_a_ruling_told_by_its_tally_is_a_vote(text: str) -> None:
    (found,) = tallies(text)
    assert vote_tally(found)


def test_a_split_ruling_against_a_unanimous_vote_differs() -> None:
    a = "The three-judge appeal panel ruled 2-1 against the fishery on Friday."
    b = "The appeal judges threw out the fishery's case by a unanimous 3-0 vote."
    found = [
        (al.verdict, al.conflict)
        for al in compare_texts({"a": a, "b": b}).alignments
        if al.kind == "number"
    ]
    assert (Verdict.DIFFER, Conflict.TALLY) in found
