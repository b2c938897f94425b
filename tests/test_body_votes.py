"""A body's vote dated as the members' deed, as the vote or as its meeting is one
step (body_votes): "The council on Thursday approved the plan" / "At Wednesday
evening's session, the councillors backed the plan". A committee's vote, a first
reading and an article dating two votes stay apart. Sentences written here
(published Friday 14 March 2025)."""

from __future__ import annotations

from conftest import compare_on_a_friday, day_pairs

from compare import Verdict
from compare.align.body_votes import body_vote_pairs


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the dates and times the matcher pairs across the two articles."""
    return day_pairs(body_vote_pairs, a, b)


def test_a_council_that_approved_and_its_session_pair() -> None:
    a = "Rosslea town council on Thursday approved the Mill Street scheme."
    b = "At Wednesday evening's session, Rosslea councillors backed the Mill Street scheme."
    assert paired(a, b) == [("on Thursday", "Wednesday evening")]


def test_the_vote_and_the_vote_taken_pair() -> None:
    a = "The vote came at 10.40pm after a long debate on the library."
    b = "The final vote was taken at 9.15pm in a half-empty hall."
    assert paired(a, b) == [("at 10.40pm", "at 9.15pm")]


def test_shown_as_a_date_conflict() -> None:
    a = "Rosslea town council on Thursday approved the Mill Street scheme."
    b = "At Wednesday evening's session, Rosslea councillors backed the Mill Street scheme."
    comparison = compare_on_a_friday(a, b)
    dates = [al for al in comparison.alignments if al.kind == "date"]
    assert [(al.verdict, al.conflict) for al in dates] == [(Verdict.DIFFER, "date")]


def test_a_committee_vote_and_the_council_vote_are_two_steps() -> None:
    a = "The planning committee backed the scheme on Tuesday."
    b = "The council approved the scheme on Thursday."
    assert paired(a, b) == []


def test_a_first_reading_and_a_vote_are_two_steps() -> None:
    a = "Lawmakers approved the bill on first reading on Tuesday."
    b = "Lawmakers approved the bill on Thursday."
    assert paired(a, b) == []


def test_an_article_that_dates_two_votes_is_left_alone() -> None:
    a = (
        "Shareholders approved the sale on Tuesday. "
        "The board had approved the purchase on 3 February."
    )
    b = "Shareholders backed the sale on 11 March."
    assert paired(a, b) == []
