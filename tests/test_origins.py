"""Who set an event off (compare/align/origins.py): one beginning credited to two
doers, on sentences written for these tests in other domains than the benchmark
sets'."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Severity, Verdict
from compare.align.origins import Origin, doers_apart, one_event, origins


def _actor_differences(a: str, b: str) -> list[tuple[Verdict, Severity | None]]:
    return [(al.verdict, al.severity) for al in statement_findings(a, b, Conflict.ACTOR)]


def test_a_message_and_its_sender_is_the_origin() -> None:
    told = origins("The audit began after a complaint from the tenants' union Fairhome Renters.")
    assert told == (Origin("audit", "the tenants' union Fairhome Renters", opened=False),)


def test_a_clause_of_the_one_who_acted_is_the_origin() -> None:
    told = origins("The recall was started after a school nurse noticed the rash on three pupils.")
    assert told == (Origin("recall", "a school nurse", opened=False),)


def test_the_one_who_began_it_is_another_role() -> None:
    told = origins("The review was opened by the Harbour Authority in March.")
    assert told == (Origin("review", "the Harbour Authority", opened=True),)


@pytest.mark.parametrize(
    "sentence",
    [
        "The blaze was started by a faulty heater in the kitchen.",  # a means, not someone
        "The protests were sparked by the eviction of a family by bailiffs.",  # an event
        "The match began after a delay of an hour.",  # no one
        "It began after a call from the coastguard.",  # no event's noun
        "The vote was prompted by the late Friday release of the Harwick files.",  # an event
    ],
)
def test_no_doer_no_origin(sentence: str) -> None:
    assert origins(sentence) == ()


def test_events_tied_by_synonyms_and_kinds() -> None:
    assert one_event("inquiry", "probe")  # both an investigation
    assert one_event("investigation", "inquiry")
    assert not one_event("appeal", "case")  # two kinds of proceeding
    assert not one_event("strike", "audit")


def test_doers_of_one_sort_of_name() -> None:
    assert doers_apart("a Dutch trawler crew", "a Belgian ferry", "", "")
    assert not doers_apart("a Dutch retailer", "Kessel Foods", "", "")  # described / named
    assert not doers_apart("Fairhome Renters", "Fairhome Renters and Clearwater Trust", "", "")


@pytest.mark.parametrize(
    ("a", "b", "severity"),
    [
        (
            "The audit began after a complaint from the tenants' union Fairhome Renters.",
            "The audit was triggered by a tip-off from the charity Clearwater Trust.",
            Severity.CONFLICT,
        ),
        (
            "The search was launched after a call from a Dutch trawler crew.",
            "The search was prompted by a radio call from a Belgian trawler skipper.",
            Severity.VARIANT,
        ),
    ],
)
def test_one_beginning_by_two_doers_is_an_actor_difference(
    a: str, b: str, severity: Severity
) -> None:
    assert _actor_differences(a, b) == [(Verdict.DIFFER, severity)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "X and Y" against "X": one of the doers both tell
        (
            "The audit began after complaints from Fairhome Renters and Clearwater Trust.",
            "The audit was triggered by a complaint from Fairhome Renters.",
        ),
        # the one who opened it against the one who set it off
        (
            "The audit was opened by the Harbour Authority in March.",
            "The audit was triggered by a complaint from Fairhome Renters.",
        ),
        # two events
        (
            "The strike began after a call from the dockers' union Portside Workers.",
            "The audit was triggered by a complaint from Fairhome Renters.",
        ),
        # a described body against a named one
        (
            "The search was launched after a call from a Dutch trawler crew.",
            "The search was prompted by a radio call from Kessel Shipping.",
        ),
        # two beginnings in one article: a story of two audits
        (
            "The audit began after a complaint from Fairhome Renters. "
            "A second audit was prompted by a letter from Ostbank.",
            "The audit was triggered by a tip-off from the charity Clearwater Trust.",
        ),
        # the other article names the doer with the event elsewhere
        (
            "The audit began after a complaint from Fairhome Renters.",
            "The audit was triggered by a tip-off from the charity Clearwater Trust. "
            "Fairhome Renters later took part in the audit as a witness.",
        ),
    ],
)
def test_no_actor_difference(a: str, b: str) -> None:
    assert _actor_differences(a, b) == []


def test_a_name_and_its_acronym_are_one_doer() -> None:
    assert not doers_apart("the Financial Conduct Authority", "the FCA", "", "")
    assert not doers_apart("the SEC", "the Securities and Exchange Commission", "", "")
    assert doers_apart("the Financial Conduct Authority", "the Serious Fraud Office", "", "")
