"""Verbs that grant or deny a reported clause (extract.phrases: _ADMITTING, _DENYING;
align.denied_reports), and a mutual-best pair that denies one verb of what each
outlet calls by its own bare noun (align.best_clashes), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from conftest import first_statement

from compare import Conflict, Source, Verdict, compare_texts
from compare.align.best_clashes import frames_turned
from compare.align.statement_judge import judge_statements
from compare.extract import Frame, Statement, extract_claims


def _frame(text: str) -> Frame:
    claims = extract_claims(Source.from_text(text))
    statement = next(c for c in claims if isinstance(c, Statement))
    assert statement.frame is not None
    return statement.frame


@pytest.mark.parametrize(
    ("text", "lemma", "negated"),
    [
        ("A council spokesman admitted the footbridge had not been inspected.", "inspect", True),
        ("The club acknowledged that the pitch had been frozen overnight.", "freeze", False),
        ("The mayor conceded that the recount had found new ballots.", "find", False),
        ("The operator denied that a power cut had stopped the trains.", "stop", True),
        ("The operator denied that the trains had not been checked.", "check", False),
    ],
)
def test_a_granted_or_denied_clause_is_the_fact(text: str, lemma: str, negated: bool) -> None:
    frame = _frame(text)
    assert (frame.lemma, frame.negated) == (lemma, negated)


@pytest.mark.parametrize(
    ("text", "lemma", "negated"),
    [
        ("The bank admitted the failings and agreed to pay the fine.", "admit", False),
        ("The goalkeeper conceded two goals in the first half.", "concede", False),
        ("The firm did not admit wrongdoing in the settlement.", "admit", True),
        ("The minister denied the charges at the hearing on Monday.", "deny", False),
        ("The haulier denied responsibility for the spill.", "deny", False),
    ],
)
def test_a_plain_object_keeps_the_verb(text: str, lemma: str, negated: bool) -> None:
    frame = _frame(text)
    assert (frame.lemma, frame.negated) == (lemma, negated)


def test_a_clause_confirmed_and_denied_is_an_opposite() -> None:
    a = first_statement("The ferry company confirmed that a fuel leak had damaged the hull.")
    b = first_statement("Northline Ferries denied that a fuel leak had damaged the hull.")
    judgement = judge_statements([a, b])
    assert judgement.verdict == Verdict.DIFFER
    assert judgement.conflict == Conflict.OPPOSITE
    assert judgement.title == "confirmed vs denied"


def test_a_clause_stated_and_denied_is_a_negation() -> None:
    a = first_statement("A fuel leak had damaged the hull of the ferry.")
    b = first_statement("Northline Ferries denied that a fuel leak had damaged the hull.")
    judgement = judge_statements([a, b])
    assert judgement.conflict == Conflict.NEGATION
    assert judgement.title == "had damaged vs denied had damaged"  # not "not had damaged"


def test_a_clause_denied_on_both_sides_agrees() -> None:
    a = first_statement("The ferry company denied that a fuel leak had damaged the hull.")
    b = first_statement("Northline Ferries denied that a fuel leak had damaged the hull.")
    assert judge_statements([a, b]).verdict == Verdict.AGREE


def test_one_verb_denied_of_two_bare_nouns_is_turned_round() -> None:
    a = first_statement("The county said the bypass had been salted before the frost.")
    b = first_statement(
        "A county spokeswoman admitted the road had not been salted before the frost."
    )
    assert frames_turned(a.frame, b.frame)


def test_two_bare_nouns_of_two_verbs_are_not_turned_round() -> None:
    a = first_statement("The bypass had been salted before the frost.")
    b = first_statement("The road had not been gritted before the frost.")
    assert not frames_turned(a.frame, b.frame)


def test_a_salted_road_and_a_road_admitted_unsalted_are_never_an_agreement() -> None:
    a = (
        "Ice closed the county's main commuter route on Monday. "
        "The county said the bypass had been salted before the frost arrived."
    )
    b = (
        "Drivers were stranded for hours on Monday morning. "
        "A county spokeswoman admitted the road had not been salted before the frost arrived."
    )
    comparison = compare_texts({"a": a, "b": b})
    salted = [al for al in comparison.alignments if all("salted" in m.text for m in al.members)]
    assert salted and all(al.verdict != Verdict.AGREE for al in salted)
