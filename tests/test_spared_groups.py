"""A harm denied of a group ("No passengers were injured") against a count of that
group harmed ("Three passengers were taken to hospital with minor injuries"), each
told in other words (spared_groups): a negation; and what keeps two facts apart.
Sentences written here, in domains of their own."""

from __future__ import annotations

import pytest
from conftest import sole_findings

from compare import Conflict
from compare.align.spared_groups import (
    Harm,
    counted,
    spared,
    spared_group_apart,
    spared_group_pairs,
)

PUBLISHED = "---\npublished: 2025-03-04\n---\n\n"
BODY_A = (
    "A river ferry ran into the quay at Tollbridge on Monday afternoon. "
    "The crossing was closed for the rest of the day while divers checked the hull. "
)
BODY_B = (
    "A ferry struck the landing stage at Tollbridge on Monday as it came in to berth. "
    "The operator said the vessel would stay out of service until it had been inspected. "
)


def _found(a: str, b: str) -> list[tuple[str, str, Conflict]]:
    return sole_findings(spared_group_pairs, spared_group_apart, (BODY_A, BODY_B), PUBLISHED, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "No passengers were injured, and all were helped ashore by the crew.",
            "Four passengers were taken to hospital with cuts and minor injuries.",
        ),
        (
            "None of the passengers was hurt, the operator said.",
            "Two passengers suffered minor injuries when the ferry jolted.",
        ),
        (
            "No passengers needed hospital treatment, the ambulance service said.",
            "Two passengers were taken to Tollbridge General Hospital as a precaution.",
        ),
        (
            "No one was seriously injured, the coastguard said.",
            "A deckhand suffered serious head injuries when a rope snapped.",
        ),
    ],
)
def test_a_harm_denied_of_a_group_and_counted_in_it_is_a_negation(a: str, b: str) -> None:
    ((x, y, conflict),) = _found(a, b)
    assert conflict == Conflict.NEGATION
    assert {x, y} == {a, b}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another group: the denial may be true beside a count of others
        (
            "No passengers were injured, the operator said.",
            "Two crew members suffered minor injuries when the ferry jolted.",
        ),
        # a denial narrowed by its degree, against a count of lesser harm
        (
            "No one was seriously injured, the coastguard said.",
            "Two passengers suffered minor injuries when the ferry jolted.",
        ),
        # a denial narrowed to a place the count does not tell
        (
            "No passengers were injured on the upper deck, the operator said.",
            "Two passengers suffered minor injuries when the ferry jolted.",
        ),
        # another harm: hurt is not a stay in hospital
        (
            "No passengers needed hospital treatment, the ambulance service said.",
            "Two passengers suffered minor injuries when the ferry jolted.",
        ),
        # a plan or forecast is not read
        (
            "No passengers would be hurt by the repairs, the operator said.",
            "Two passengers suffered minor injuries when the ferry jolted.",
        ),
        # the denying article counts the harm too: a story of two moments
        (
            "No passengers were hurt at first. Later two passengers were treated for "
            "minor injuries.",
            "Two passengers suffered minor injuries when the ferry jolted.",
        ),
        # another instance
        (
            "No passengers were hurt, the operator said.",
            "In a similar crash, two passengers suffered minor injuries.",
        ),
    ],
)
def test_what_keeps_a_denial_and_a_count_apart(a: str, b: str) -> None:
    assert _found(a, b) == []


def test_readings() -> None:
    denial = spared("None of the crew was hurt, the skipper said.")[0]
    assert denial.deed == Harm.INJURY.value and denial.who == frozenset({"crew"})
    assert spared("Nobody died in the fire.")[0].deed == Harm.DEATH.value
    assert spared("Was no one hurt?") == ()
    assert Harm.DEATH.value in [c.deed for c in counted("Three of the crew were killed.")]
    assert counted("Three of the crew were not hurt.") == ()
    # any deed done to a group, denied in the passive, and done to some of it
    (closed,) = spared("No branches have been closed, the bank said.")
    assert closed.deed == "deed:close" and closed.who == frozenset({"branch"})
    assert [c.deed for c in counted("Two branches in the north were closed.")] == ["deed:close"]
    assert spared("No longer were they open.") == ()
    assert spared("No new branches were opened.") == ()  # an adjective: some branches only


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        (
            "No sailings have been cancelled, the operator said.",
            "Two sailings to the island were cancelled after the crash.",
            True,
        ),
        # another verb: another deed
        (
            "No sailings have been cancelled, the operator said.",
            "Two sailings to the island were delayed after the crash.",
            False,
        ),
        # another group
        (
            "No sailings have been cancelled, the operator said.",
            "Two trains to the coast were cancelled after the crash.",
            False,
        ),
    ],
)
def test_any_deed_denied_of_a_group(a: str, b: str, found: bool) -> None:
    assert bool(_found(a, b)) == found
