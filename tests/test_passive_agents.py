"""Who did it, when one outlet tells it in the passive ("... was arrested by
Officer X"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.passive_agents import passive_agent
from compare.extract import extract_claims
from compare.ingest import Source


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


def _statement(text: str):
    return next(c for c in extract_claims(Source.from_text(text, id="a")) if c.kind == "statement")


ACTIVE = "Constable Petra Vos detained the cyclist outside the station on Monday."


def test_the_agent_of_a_passive_is_read_after_by():
    claim = _statement("The cyclist was detained outside the station by Constable Omar Haddad.")
    assert passive_agent(claim) == "Constable Omar Haddad"
    # an active frame, or "by" with no person's name after it, has no passive agent
    assert passive_agent(_statement(ACTIVE)) is None
    assert passive_agent(_statement("The cyclist was detained by police on Monday.")) is None


def test_another_person_in_the_passive_is_an_actor_conflict():
    b = "The cyclist was detained outside the station by Constable Omar Haddad on Monday."
    assert _statements(ACTIVE, b) == [(Verdict.DIFFER, Conflict.ACTOR)]


@pytest.mark.parametrize(
    "b",
    [
        "The cyclist was detained outside the station by Constable Petra Vos on Monday.",
        "The cyclist was detained outside the station by Vos on Monday.",
        "The cyclist was detained outside the station by police on Monday.",
    ],
)
def test_the_same_person_or_no_name_is_no_actor_conflict(b):
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(ACTIVE, b)


@pytest.mark.parametrize(
    ("text", "lemma", "actor", "thing"),
    [
        # a past form that is its own base form, after "was": a passive all the same
        (
            "The undersea cable was cut by a trawler's anchor off the coast on Sunday.",
            "cut",
            "a trawler's anchor",
            "The undersea cable",
        ),
        # the same form after a full name, before its object: the clause's verb
        (
            "Senator Lea Moss hit the gavel before the roll call began in the chamber.",
            "hit",
            "Senator Lea Moss",
            "the gavel",
        ),
    ],
)
def test_a_past_form_like_its_base_form_is_read_as_a_verb(text, lemma, actor, thing):
    frame = _statement(text).frame
    assert (frame.lemma, frame.actor.text, frame.thing.text) == (lemma, actor, thing)


def test_set_to_is_no_passive():
    frame = _statement("The glassworks is set to close its doors next spring.").frame
    assert frame.thing is None or frame.thing.text != "The glassworks"
