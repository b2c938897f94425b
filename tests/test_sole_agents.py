"""One deed told of "it" and credited after "by" to two doers, each article's only
deed of that verb credited so (compare/align/sole_agents.py), on sentences written
for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Severity, Verdict
from compare.align.sole_agents import active_deeds
from compare.align.words import stem
from compare.extract import extract_claims
from compare.ingest import Source


def _actor_differences(a: str, b: str) -> list[tuple[Verdict, Severity | None]]:
    return [(al.verdict, al.severity) for al in statement_findings(a, b, Conflict.ACTOR)]


def test_it_against_the_thing_named_two_doers_named_is_a_variant() -> None:
    a = (
        "The tram depot cost 40 million euros. "
        "It was inaugurated by the transport minister, Ana Ruiz, before a crowd of guests."
    )
    b = "The new tram depot was inaugurated by council leader Tomas Hale on a wet morning."
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


def test_a_verb_a_kind_of_the_other_pairs_too() -> None:
    a = (
        "The choir sings at the cathedral every Sunday. "
        "It was founded by a retired teacher, Ines Varga, in a church hall."
    )
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


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The new bridge opened to traffic on Monday. "
            "It was opened by the transport minister, Ana Ruiz.",
            "The footbridge over the canal was opened by council leader Tomas Hale in 1998.",
        ),
        (
            "The lawsuit was dismissed on Tuesday. "
            "It was filed by Nadia Brooks, a former employee.",
            "The appeal was filed by lawyer Karl Dunn on behalf of the company.",
        ),
        (
            "The motion passed by seven votes to two. It was proposed by councillor Jane Orr.",
            "The amendment was proposed by councillor Dev Patel.",
        ),
        (
            "The trial enrolled 400 patients. It was led by Dr Hana Ito of Leeds.",
            "A separate study was led by Dr Paul Grant of Bristol.",
        ),
    ],
)
def test_a_thing_the_it_article_never_names_is_another_thing(a: str, b: str) -> None:
    # "it" stands for a thing its article has named before; a thing in words that
    # article never names (a footbridge beside its bridge, an appeal beside its
    # lawsuit) is another thing, and its doer no other doer of "it"'s deed
    assert _actor_differences(a, b) == []


def test_it_against_the_thing_done_actively_by_another_is_a_variant() -> None:
    # the "it" article names the yacht first; the other tells the deed actively, and a
    # place after "to" stands between the passive's verb and its "by"
    a = (
        "The yacht lost its rudder off the headland on Saturday. "
        "It was towed to Harwick by the Merrow lifeboat, which reached it before dark."
    )
    b = "The salvage tug Brenna Star towed the yacht to Harwick on Sunday morning."
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


def test_an_active_deed_its_article_tells_twice_pairs_nothing() -> None:
    a = (
        "The yacht lost its rudder off the headland on Saturday. "
        "It was towed to Harwick by the Merrow lifeboat, which reached it before dark."
    )
    b = (
        "The salvage tug Brenna Star towed the yacht to Harwick on Sunday morning. "
        "The harbour launch Corran towed the dinghy to the slipway."
    )
    assert _actor_differences(a, b) == []


def test_the_deeds_noun_credited_to_no_one_is_no_second_deed() -> None:
    a = (
        "The yacht lost its rudder off the headland on Saturday. "
        "It was towed to Harwick by the Merrow lifeboat, which reached it before dark."
    )
    b = (
        "The salvage tug Brenna Star towed the yacht to Harwick on Sunday morning. "
        "The tow took about five hours."
    )
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("The council sold the site of the old mill to a developer.", "site"),
        ("A builder from Lyon bought the disused depot next to the station.", "depot"),
    ],
)
def test_a_thing_s_head_is_the_word_before_the_words_telling_more_of_it(
    sentence: str, head: str
) -> None:
    # "of" and "over" are stopwords: the head is read before they are dropped, or
    # "the site of the old mill" would be told by "mill"
    statements = [
        c for c in extract_claims(Source.from_text(sentence, id="x")) if c.kind == "statement"
    ]
    assert [d.head for c in statements for d in active_deeds(c)] == [stem(head)]
