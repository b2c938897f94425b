"""One deed, each article's only telling of it, credited to two parties
(compare/align/sole_deeds.py, compare/align/party_doers.py), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Severity, Verdict
from compare.align.contrary_slots import contrary_slot
from compare.align.party_doers import is_group_noun, parties_apart, party
from compare.align.sole_deeds import credited_apart
from compare.extract import Claim, extract_claims
from compare.ingest import Source


def _actor_differences(a: str, b: str) -> list[tuple[Verdict, Severity | None]]:
    return [(al.verdict, al.severity) for al in statement_findings(a, b, Conflict.ACTOR)]


def test_a_body_told_by_its_noun_against_a_named_body_is_a_variant() -> None:
    a = "The bylaw was drafted by the city's planning department over the winter."
    b = "The bylaw was drafted by a residents' association, Green Streets Trust."
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


def test_a_thing_in_other_words_the_other_article_speaks_of_is_one_thing() -> None:
    a = (
        "The scheme would close two car parks near the harbour. "
        "The proposal was drawn up by the city's transport department."
    )
    b = "The scheme was drawn up by an engineering consultancy, Orbis Partners."
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


def test_a_thing_the_other_article_never_names_is_another_thing() -> None:
    a = "The lawsuit was filed by the tenants' union in the spring."
    b = "The appeal was filed by the city's housing department in the spring."
    assert _actor_differences(a, b) == []


def test_a_list_of_doers_is_no_one_party() -> None:
    a = "The road was reopened by the highway agency and local volunteers on Friday."
    b = "The road was reopened by the county's roads department on Friday."
    assert _actor_differences(a, b) == []


def test_an_earlier_occasion_is_another_deed() -> None:
    a = "In 2019 the footbridge was repaired by the county's roads department."
    b = "The footbridge was repaired by a private contractor, Delta Works Ltd."
    assert _actor_differences(a, b) == []


def test_an_article_telling_the_deed_twice_pairs_nothing() -> None:
    a = (
        "The bylaw was drafted by the city's planning department over the winter. "
        "The parking rules were drafted by the council's legal office."
    )
    b = "The bylaw was drafted by a residents' association, Green Streets Trust."
    assert _actor_differences(a, b) == []


@pytest.mark.parametrize(
    ("doer", "head"),
    [
        ("the mayor's office", "office"),
        ("the railway infrastructure company", "company"),
        ("the city's transport department over two years", "department"),
    ],
)
def test_a_qualified_body_noun_is_a_party(doer: str, head: str) -> None:
    found = party(doer)
    assert found is not None and found.body and found.head == head


@pytest.mark.parametrize("doer", ["the ministry", "Police", "officials", "four men"])
def test_a_bare_noun_is_no_party(doer: str) -> None:
    assert party(doer) is None


def test_bodies_sharing_a_word_are_not_apart() -> None:
    assert not parties_apart(
        "the city's transport department", "the transport ministry's office", "", ""
    )
    assert parties_apart("the city's transport department", "the Harbour Board", "", "")


def test_a_named_person_against_a_body_told_by_its_noun_is_not_apart() -> None:
    # a body acts through its head: "the institute" and "its director, Ana Ruiz"
    assert not parties_apart("the national weather institute", "director Ana Ruiz", "", "")


def test_group_nouns_come_from_wordnet() -> None:
    assert is_group_noun("department") and is_group_noun("ministry")
    assert not is_group_noun("yard") and not is_group_noun("bridge")


def _statement(text: str, source: str) -> Claim:
    return next(
        c for c in extract_claims(Source.from_text(text, id=source)) if c.kind == "statement"
    )


def test_one_thing_credited_to_two_parties_is_no_agreement_whatever_the_verbs() -> None:
    a = _statement("The march was organised by the Harbour Dockers' Union.", "a")
    b = _statement("The march was called by the Quay Traders Federation.", "b")
    assert credited_apart(a, b) is not None
    assert contrary_slot(a, b) is not None


def test_one_thing_credited_to_one_party_in_two_words_keeps_its_agreement() -> None:
    a = _statement("The march was organised by the Harbour Dockers' Union.", "a")
    b = _statement("The march was called by the dockers' union.", "b")
    assert credited_apart(a, b) is None


def test_a_title_shared_by_two_named_people_does_not_join_them() -> None:
    assert parties_apart("Councillor Rana Obi", "Councillor Piet Lutz", "", "")
