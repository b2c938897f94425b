"""A subject read back over a chain of phrases ("A leak at a depot near Wexham on
Friday closed ...") and over an origin ("Divers from the coastguard found ..."),
so that the doer is the noun they describe, not a place or a day."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Frame, Statement, extract_claims


def frame(text: str) -> Frame:
    claims = extract_claims(Source.from_text(text), qualifiers=True)
    found = next(c for c in claims if isinstance(c, Statement))
    assert isinstance(found, Statement) and found.frame is not None
    return found.frame


def actor(text: str) -> str | None:
    read = frame(text).actor
    return None if read is None else read.text


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        # a chain of phrases: the first noun with its first phrase
        ("A leak at a fuel depot in Wexham on Friday closed two roads.", "A leak at a fuel depot"),
        ("A storm near Corlin on Sunday sank three yachts.", "A storm"),
        ("Tenants in a block on Mill Street in Bramby lost power overnight.", "Tenants in a block"),
        # an origin: the noun alone
        ("Divers from the coastguard found the wreck at dawn.", "Divers"),
        ("Engineers from Talvex Power restored the supply by noon.", "Engineers"),
        ("A sample from a well near the farm tested positive.", "A sample"),
        # one phrase, as before
        ("Sales in Oslo fell by a tenth last year.", "Sales in Oslo"),
        ("A court on Monday cleared the driver.", "A court"),
    ],
)
def test_the_doer_is_the_noun_the_phrases_describe(sentence: str, doer: str) -> None:
    assert actor(sentence) == doer


def test_an_ing_form_after_a_noun_is_said_of_that_noun() -> None:
    # "waiting" describes the relatives, not the cheers nor the day before them
    read = actor("The boat docked on Monday to cheers from relatives waiting at the quay.")
    assert read != "Monday to cheers"


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("On Thursday she will defend her seat in the capital.", "she"),
        ("In spring it floods the lower fields.", "it"),
        ("After the merger they cut forty jobs.", "they"),
    ],
)
def test_a_personal_pronoun_is_the_whole_subject(sentence: str, doer: str) -> None:
    assert actor(sentence) == doer


def test_a_who_clause_is_said_of_the_noun_its_phrases_describe() -> None:
    claims = extract_claims(
        Source.from_text("Tomas Berg, a fisherman from Kellow who sailed that night, was rescued."),
        qualifiers=True,
    )
    sail = [c.frame for c in claims if c.frame is not None and c.frame.lemma == "sail"]
    assert sail and all(f.actor is not None and f.actor.text == "a fisherman" for f in sail)
