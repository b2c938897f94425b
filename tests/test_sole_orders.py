"""Each article's only order credited to two named authorities, on articles written
for these tests in several domains."""

from __future__ import annotations

import pytest
from conftest import FILLER_A, FILLER_B

from compare import Conflict, Severity, Verdict, compare_texts


def _actor_differences(a: str, b: str) -> list[tuple[Verdict, Severity | None]]:
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    return [
        (al.verdict, al.severity)
        for al in comparison.alignments
        if al.kind == "statement" and al.conflict == Conflict.ACTOR
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Harbour Board ordered the closure of the docks on Monday.",
            "The Port Ministry ordered the shutdown of the quays after the spill.",
        ),
        (
            "The Dunmore Health Trust ordered the recall of the vaccine batch.",
            "Regulators at the Kestran Medicines Agency ordered clinics to stop using it.",
        ),
    ],
)
def test_each_articles_only_order_by_two_named_authorities_is_an_actor_variant(a, b):
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.VARIANT)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a second order in one article: the story tells several orders
        (
            "The Harbour Board ordered the closure of the docks on Monday. "
            "The Port Ministry ordered an inquiry into the spill.",
            "The Port Ministry ordered the shutdown of the quays after the spill.",
        ),
        # an authority told by no name
        (
            "Officials ordered the closure of the docks on Monday.",
            "The Port Ministry ordered the shutdown of the quays after the spill.",
        ),
        # the other sentence names the authority too
        (
            "The Harbour Board ordered the closure of the docks on Monday.",
            "The Port Ministry ordered the shutdown of the quays, the Harbour Board said.",
        ),
        # an order denied
        (
            "The Harbour Board did not order the closure of the docks.",
            "The Port Ministry ordered the shutdown of the quays after the spill.",
        ),
        # the same authority on both sides
        (
            "The Harbour Board ordered the closure of the docks on Monday.",
            "The Harbour Board ordered the shutdown of the quays after the spill.",
        ),
    ],
)
def test_two_orders_an_unnamed_or_shared_authority_or_a_denial_are_no_actor_difference(a, b):
    assert _actor_differences(a, b) == []


def test_one_thing_ordered_in_the_same_words_stays_an_actor_conflict():
    a = "The Harbour Board ordered the closure of the docks on Monday."
    b = "The Port Ministry ordered the closure of the docks on Monday."
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.CONFLICT)]
