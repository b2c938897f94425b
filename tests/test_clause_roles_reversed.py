"""One deed with who did it and to whom swapped, told in a clause other than the
main one on one side (compare/align/reversed_roles.clause_roles_reversed), on
sentences written for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

from conftest import verdicts_of

from compare import Conflict, Verdict
from compare.align.reversed_roles import clause_roles_reversed
from compare.extract import extract_claims
from compare.extract.claims import Statement
from compare.ingest import Source


def _statement(text: str, source: str) -> Statement:
    told = [c for c in extract_claims(Source.from_text(text, id=source))]
    return next(c for c in told if isinstance(c, Statement))


def test_roles_swapped_in_a_clause_are_an_actor_conflict() -> None:
    a = _statement("The merger talks started after Kestrel's owners contacted Harlow in May.", "a")
    b = _statement(
        "Harlow first contacted Kestrel last summer, people close to the talks said.", "b"
    )
    found = clause_roles_reversed(a, b)
    assert found is not None and found.conflict == Conflict.ACTOR


def test_the_same_roles_are_no_conflict() -> None:
    a = _statement("The merger talks started after Kestrel's owners contacted Harlow in May.", "a")
    b = _statement(
        "Kestrel first contacted Harlow last summer, people close to the talks said.", "b"
    )
    assert clause_roles_reversed(a, b) is None


def test_a_clause_of_another_verb_is_no_conflict() -> None:
    a = _statement("The merger talks started after Kestrel's owners contacted Harlow in May.", "a")
    b = _statement(
        "Harlow first rejected Kestrel last summer, people close to the talks said.", "b"
    )
    assert clause_roles_reversed(a, b) is None


def test_shown_as_an_actor_conflict_not_an_agreement() -> None:
    a = "The merger talks started after Kestrel's owners contacted Harlow in May."
    b = "Harlow first contacted Kestrel last summer, people close to the talks said."
    verdicts = verdicts_of(a, b)
    assert (Verdict.AGREE, None) not in verdicts


def test_a_reciprocal_verb_told_from_either_side_is_no_conflict() -> None:
    # meeting, marrying, merging: both sides do it, so either may be the subject
    a = _statement("The deal was agreed after Harlan Foods met Copper Kettle in May.", "a")
    b = _statement("Copper Kettle met Harlan Foods in May, the firms said.", "b")
    assert clause_roles_reversed(a, b) is None
    a = _statement("The chapel filled after Ines Marlow married Tomas Reyes in June.", "a")
    b = _statement("Tomas Reyes married Ines Marlow in June, friends said.", "b")
    assert clause_roles_reversed(a, b) is None
