"""A cleft's fact is its "who" clause (phrases.main_group), and "first" between a
subject and its past verb is an adverb (wordclass.py). Sentences invented here."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Frame, Statement, extract_claims
from compare.extract.clauses import analyse
from compare.extract.tags import ADV


def frame(text: str) -> Frame:
    claims = extract_claims(Source.from_text(text), qualifiers=True)
    found = next(c for c in claims if isinstance(c, Statement))
    assert isinstance(found, Statement) and found.frame is not None
    return found.frame


@pytest.mark.parametrize(
    ("sentence", "lemma", "doer"),
    [
        ("It was the harbour master who closed the port on Monday.", "close", "the harbour master"),
        (
            "It was Norwegian divers who found the wreck, officials said.",
            "find",
            "Norwegian divers",
        ),
    ],
)
def test_a_cleft_states_its_who_clause(sentence: str, lemma: str, doer: str) -> None:
    read = frame(sentence)
    assert read.lemma == lemma
    assert read.actor is not None and read.actor.text == doer


def test_it_is_with_that_is_no_cleft_here() -> None:
    # "that" opens as many clauses of what was said as clefts: left as it was
    assert frame("It is the second year that the fair has been cancelled.").lemma == "be"


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("Rangers first spotted the smoke at noon.", "Rangers"),
        ("The night nurse first noticed the rash on Friday.", "The night nurse"),
    ],
)
def test_first_before_a_past_verb_is_no_part_of_the_doer(sentence: str, doer: str) -> None:
    read = frame(sentence)
    assert read.actor is not None and read.actor.text == doer


@pytest.mark.parametrize(
    "text",
    [
        "The first reported case was in May.",  # after a determiner: an ordinal
        "In the first detected wave, few were tested.",
        "First Avenue closed at noon.",  # a name
    ],
)
def test_first_stays_an_ordinal(text: str) -> None:
    tokens = analyse(text, 0).tokens
    assert all(t.tag != ADV for t in tokens if t.lower == "first")
