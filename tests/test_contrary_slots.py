"""No ✓ on two sentences a contrary slot sets apart (compare/align/contrary_slots.py)."""

from __future__ import annotations

from conftest import verdicts_of

from compare import Verdict

# the statement pairs are read as a user's comparison reads them, inside filler
DOERS_APART = (
    "The state environment ministry issued a permit on Tuesday allowing the animal to be shot.",
    "Despite the tests, the local district authority in Lüneburg issued an order allowing a "
    "single wolf to be shot.",
)
BY_AGENTS_APART = (
    "The doses were delivered by UNICEF, which flew them to Zanzibar last week.",
    "Three hundred and fifty thousand doses have arrived, delivered by the World Health "
    "Organization from an emergency stockpile.",
)
SAME_DOER = (
    "The state environment ministry issued a permit on Tuesday allowing the animal to be shot.",
    "The environment ministry issued a permit allowing the wolf to be shot.",
)


def test_doers_apart_take_the_tick_away() -> None:
    for a, b in (DOERS_APART, BY_AGENTS_APART):
        assert (Verdict.AGREE, None) not in verdicts_of(a, b)


def test_one_doer_told_twice_still_agrees() -> None:
    assert (Verdict.AGREE, None) in verdicts_of(*SAME_DOER)
