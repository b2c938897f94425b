"""One deed told of "it" and credited after "by" to two doers, each article's only
deed of that verb credited so (compare/align/sole_agents.py), on sentences written
for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Severity, Verdict


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
    ("a", "b"),
    [
        (
            "The growers took their case against the port to court in March. "
            "The lawsuit was filed by the Santa Lucia growers' cooperative, led by Ana Pires.",
            "The lawsuit against the port was heard on Monday. "
            "The case was filed by the fishermen's union of Porto Vell, led by Rui Matos.",
        ),
        (
            "The council debated the plan for three hours. "
            "The proposal was drafted by councillor Mia Stroud.",
            "Critics said the proposal would cost too much. "
            "The plan was drafted by deputy mayor Ken Oduya.",
        ),
        (
            "The dockers accepted the deal on Friday. "
            "The agreement was negotiated by union leader Bo Lindahl.",
            "The agreement ends a strike of nine days. "
            "The deal was brokered by the mediator Anna Reyes.",
        ),
        (
            "The expedition reached the glacier in May. "
            "The trip was led by the geologist Mara Quist.",
            "The trip took six weeks. The expedition was led by the glaciologist Ivo Stern.",
        ),
        (
            "Critics said the scheme would cost too much. "
            "The project was designed by the architect Lena Moss.",
            "The project will cost 12 million euros. "
            "The scheme itself was designed by the Oslo architect Per Dahl.",
        ),
    ],
)
def test_one_thing_in_other_words_both_articles_name_is_a_variant(a: str, b: str) -> None:
    # each article credits its only deed of the verb to someone after "by", of a thing
    # the other article names too: one proposal told as "the plan", two drafters
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            # the other article never names the lawsuit: the appeal is another thing
            "The growers sued the port over the dredging. "
            "The lawsuit was filed by the Santa Lucia growers' cooperative, led by Ana Pires.",
            "The appeal was filed by the fishermen's union of Porto Vell, led by Rui Matos.",
        ),
        (
            # things told by rank are several of a kind: the first goal, the second
            "Both goals came after the break. The first goal was scored by the striker Ola Berg.",
            "The second goal was not enough. The second goal was scored by the winger Timo Rask.",
        ),
        (
            # an article crediting the verb twice tells two things
            "The scheme will add a wing to the museum. "
            "The project was designed by the architect Lena Moss. "
            "The wing was designed by the architect Jo Hart.",
            "The project will cost 12 million euros. "
            "The scheme itself was designed by the Oslo architect Per Dahl.",
        ),
    ],
)
def test_things_in_other_words_not_tied_are_no_finding(a: str, b: str) -> None:
    assert _actor_differences(a, b) == []
