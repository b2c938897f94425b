"""A deed told as not done until a moment is done at that moment ("did not reopen
until 9pm"): the clause is affirmed and its "until" dates the deed, while "until"
after an affirmed state ("stayed shut until Friday") stays a bound. Sentences
written here, in domains of their own."""

from __future__ import annotations

from conftest import differing_texts

from compare import Conflict, Verdict, compare_texts
from compare.extract.not_until import affirmed_until

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"  # a Friday
OPENING = "Heavy snow closed the Pellworth ski lift on Thursday. "
LATE = "Engineers did not restart the lift until 9.40pm, the operator said.\n"


def test_a_denied_deed_before_until_is_dated_at_the_moment() -> None:
    assert affirmed_until("The lift did not reopen ", "until 9pm")
    assert affirmed_until("The lift didn't reopen until shortly ", "after 9pm")
    assert affirmed_until("The new line will not carry passengers ", "until March 2028")


def test_until_after_a_state_or_another_clause_is_a_bound() -> None:
    assert not affirmed_until("The lift stayed shut ", "until Friday")
    assert not affirmed_until("Nobody was hurt, and the lift stayed shut ", "until Friday")
    assert not affirmed_until("It was not clear whether the lift would run ", "until Friday")
    assert not affirmed_until("No skiers were hurt and the lift was closed ", "until 9pm")


def test_not_until_against_a_time_is_a_time_conflict() -> None:
    a = PUBLISHED + OPENING + LATE
    b = PUBLISHED + OPENING + "Engineers restarted the lift at 7.15pm, according to the operator.\n"
    assert differing_texts(a, b, "time") == ["until 9.40pm / at 7.15pm"]
    comparison = compare_texts({"a": a, "b": b})
    statements = [
        al.conflict
        for al in comparison.alignments
        if al.kind == "statement" and al.verdict == Verdict.DIFFER
    ]
    assert Conflict.NEGATION not in statements


def test_not_until_against_the_same_time_is_no_denial() -> None:
    a = PUBLISHED + OPENING + LATE
    b = PUBLISHED + OPENING + "Engineers restarted the lift at 9.40pm, according to the operator.\n"
    comparison = compare_texts({"a": a, "b": b})
    assert not [al for al in comparison.alignments if al.verdict == Verdict.DIFFER]


def test_a_state_until_a_moment_is_no_deed_at_it() -> None:
    a = PUBLISHED + OPENING + "The lift stayed closed until 9.40pm, the operator said.\n"
    b = PUBLISHED + OPENING + "Engineers restarted the lift at 7.15pm, according to the operator.\n"
    assert differing_texts(a, b, "time") == []
