"""A word one article denies and the other states, each article telling it in that
sentence only (sole_told_denials): a negation; and what keeps two facts apart.
Sentences written here, in domains of their own."""

from __future__ import annotations

import pytest
from conftest import sole_findings

from compare import Conflict
from compare.align.sole_told_denials import (
    denied_words,
    sole_told_denial_apart,
    sole_told_denial_pairs,
)

PUBLISHED = "---\npublished: 2025-03-04\n---\n\n"
BODY_A = (
    "A storm flooded the village hall in Garrow on Sunday night. "
    "Volunteers spent Monday pumping water out of the building. "
)
BODY_B = (
    "Heavy rain left the Garrow village hall under a foot of water on Sunday. "
    "The parish council met in a pub on Monday to plan the repairs. "
)


def _found(a: str, b: str) -> list[tuple[str, str, Conflict]]:
    return sole_findings(
        sole_told_denial_pairs, sole_told_denial_apart, (BODY_A, BODY_B), PUBLISHED, a, b
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The hall's piano was not insured, the treasurer said.",
            "The treasurer said the piano was insured against flood damage.",
        ),
        (
            "No helpers needed hospital treatment after the clean-up.",
            "Two helpers went to hospital with cuts from broken glass.",
        ),
        (
            "The council has not offered grants to the affected tenants.",
            "The council offered grants of 500 pounds to every tenant.",
        ),
    ],
)
def test_a_word_denied_and_stated_once_in_each_article_is_a_negation(a: str, b: str) -> None:
    found = _found(a, b)
    assert [c for *_, c in found] == [Conflict.NEGATION]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the word told in another sentence too: a story of two moments
        (
            "The hall's piano was not insured, the treasurer said. "
            "The organ was insured last spring.",
            "The treasurer said the piano was insured against flood damage.",
        ),
        # a plan against a deed
        (
            "The council would not offer grants to the affected tenants.",
            "The council offered grants of 500 pounds to every tenant.",
        ),
        # a narrowed denial: "no serious injuries" leaves minor ones
        (
            "There were no serious injuries among the helpers.",
            "Two helpers were treated for minor injuries from broken glass.",
        ),
        # "almost no": a little, not none
        (
            "The appeal raised almost no donations from local firms.",
            "Local firms gave donations worth 2,000 pounds to the appeal.",
        ),
        # the other side denies too, or refuses
        (
            "The hall's piano was not insured, the treasurer said.",
            "The treasurer refused to say whether the piano was insured.",
        ),
        # one word alone, with nothing else shared
        (
            "Nobody expected the mayor to stay silent, and he was not thanked.",
            "Organisers thanked the bakery for the soup.",
        ),
    ],
)
def test_what_keeps_two_facts_apart(a: str, b: str) -> None:
    assert _found(a, b) == []


def test_denied_words_skip_common_words_names_and_times() -> None:
    told = [w for w, *_ in denied_words("Calls to Brennan were not answered this afternoon.")]
    assert told == ["answered"]
    assert denied_words("Is the piano not insured?") == ()
    assert [w for w, *_ in denied_words("She has never had to testify.")] == []


def test_a_denied_head_told_by_its_opposite_is_no_negation() -> None:
    a = "Stewards inspected the pier on Friday and have not closed it to anglers."
    b = "The pier was inspected by stewards on Friday and remains open to anglers."
    assert _found(a, b) == []
