"""Two vote tallies that are two votes: another occurrence ("a separate measure"),
or two bodies, one counting more than twice the voters of the other
(compare/align/vote_tallies.two_bodies_voting, sentence_facts._tallies). Sentences
invented here."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.vote_tallies import two_bodies_voting
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source
from tests.test_figure_owners import PUBLISHED


def tally(text: str) -> Number:
    claims = extract_claims(Source.from_text(PUBLISHED + text, id="x"))
    return next(c for c in claims if isinstance(c, Number) and c.pair is not None)


def test_a_committee_and_a_council_are_two_bodies() -> None:
    committee = tally("The planning committee voted 6-3 to send the scheme back.")
    council = tally("The full council backed the scheme by 41 votes to 30.")
    assert two_bodies_voting(committee, council)
    # one vote told two ways counts about the same members
    again = tally("The planning committee voted 5-4 to send the scheme back.")
    assert not two_bodies_voting(committee, again)


def test_statement_judge_leaves_two_bodies_votes_alone() -> None:
    a = "The planning committee voted 6-3 on Monday to send the harbour scheme back."
    b = "Councillors approved the harbour scheme by 41 votes to 30 on Monday."
    assert _statement_titles(a, b) == []
    c = "The planning committee voted 5-4 on Monday to send the harbour scheme back."
    assert "6–3 vs 5–4" in _statement_titles(a, c)


def _statement_titles(a: str, b: str) -> list[str]:
    """The titles of the alignments across the two articles that are no agreement."""
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [
        al.title
        for al in comparison.alignments
        if al.verdict != Verdict.AGREE and len(al.sources) == 2
    ]
