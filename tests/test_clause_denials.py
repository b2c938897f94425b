"""A verb denied in a clause of one statement, with no denial anywhere in the
other, is no agreement shown ✓ (clause_denials.py); a denial on both sides, a word
that denies, and "not only" are left alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.align.clause_denials import clause_denied_apart
from compare.align.statement_judge import judge_statements
from compare.extract import extract_claims
from compare.ingest import Source


def _statement(text: str, source: str = "a"):
    claims = extract_claims(Source.from_text(text, id=source))
    return next(c for c in claims if c.kind == "statement")


def _apart(a: str, b: str) -> bool:
    found = clause_denied_apart(_statement(a), _statement(b))
    assert clause_denied_apart(_statement(b), _statement(a)) is found  # either order
    return found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Economists expect the new levy will not raise more than $40 million a year.",
            "The finance ministry says the levy will bring in $40 million a year.",
        ),
        (
            "The operator said the line wasn't reopened until Friday evening.",
            "The line reopened on Friday evening, the operator said.",
        ),
        (
            "Residents say the council has never repaired the bridge since the flood.",
            "The council repaired the bridge after the flood, residents said.",
        ),
    ],
)
def test_a_denied_clause_against_no_denial(a, b):
    assert _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a denial on both sides
        (
            "The mayor did not answer questions about the contract.",
            "The mayor could not be reached for comment about the contract.",
        ),
        # a word that denies on the other side
        (
            "The minister did not comment on the report.",
            "The minister declined to comment on the report.",
        ),
        (
            "The driver was not hurt in the crash on the bypass.",
            "The driver walked away unharmed from the crash on the bypass.",
        ),
        # "not only": no denial
        (
            "The storm did not only flood the harbour but cut power to the town.",
            "The storm flooded the harbour and cut power to the town.",
        ),
    ],
)
def test_denials_on_both_sides_or_none(a, b):
    assert not _apart(a, b)


def test_the_judge_shows_no_agreement_over_a_denied_clause():
    a = _statement("Economists expect the new levy will not raise more than $40 million a year.")
    b = _statement("The finance ministry says the levy will bring in $40 million a year.", "b")
    judgement = judge_statements([a, b])
    assert judgement.unchecked or judgement.verdict.value == "differ"
