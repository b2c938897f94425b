"""One deed told of "it" and credited after "by" to two doers, each article's only
deed of that verb credited so (compare/align/sole_agents.py), on sentences written
for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

from conftest import statement_findings

from compare import Conflict, Severity, Verdict


def _actor_differences(a: str, b: str) -> list[tuple[Verdict, Severity | None]]:
    return [(al.verdict, al.severity) for al in statement_findings(a, b, Conflict.ACTOR)]


def test_it_against_the_thing_named_two_doers_named_is_a_variant() -> None:
    a = "It was inaugurated by the transport minister, Ana Ruiz, before a crowd of guests."
    b = "The new tram depot was inaugurated by council leader Tomas Hale on a wet morning."
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


def test_a_verb_a_kind_of_the_other_pairs_too() -> None:
    a = "It was founded by a retired teacher, Ines Varga, in a church hall."
    b = "The youth choir was established by the organist Pavel Lind after the war."
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


def test_the_same_doer_is_no_finding() -> None:
    a = "It was inaugurated by the transport minister, Ana Ruiz, before a crowd of guests."
    b = "The new tram depot was inaugurated by Ana Ruiz on a wet morning."
    assert _actor_differences(a, b) == []


def test_an_article_with_two_such_deeds_pairs_neither() -> None:
    a = (
        "It was inaugurated by the transport minister, Ana Ruiz, before a crowd of guests. "
        "The bus station was inaugurated by Mayor Karl Benn in 1962."
    )
    b = "The new tram depot was inaugurated by council leader Tomas Hale on a wet morning."
    assert _actor_differences(a, b) == []


def test_two_verbs_of_other_deeds_do_not_pair() -> None:
    a = "It was designed by the architect Lena Moss over three years."
    b = "The new tram depot was inaugurated by council leader Tomas Hale on a wet morning."
    assert _actor_differences(a, b) == []
