"""One clause's core told with a predicate and its opposite, in sentences that share
too little as wholes, on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.opposed_cores import opposed_core

FILLER_A = "The weather was mild for the time of year. Shops reported a busy afternoon. "
FILLER_B = "Traffic was light in the centre. The council thanked residents for their patience. "

APART = [
    # one subject, one thing, the rest of each sentence about other things
    (
        "The orchestra, Halvard Sinfonia, accepted responsibility for the cancelled concerts"
        " in a letter to subscribers last week.",
        "Halvard Sinfonia denied responsibility for the cancelled concerts in an interview"
        " with a local radio station, saying the venue had failed its safety checks.",
    ),
    # a passive whose subject is what the active verb is done to, its doer in "by"
    (
        "The jury cheered the verdict, and the chef lifted the trophy above her head.",
        "The verdict was booed by most of the jury, who had favoured the pastry round.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_a_core_told_with_opposite_predicates_is_an_opposite(a, b):
    found = opposed_core(a, b)
    assert found is not None and found.conflict == Conflict.OPPOSITE
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    shown = [
        (al.verdict, al.conflict)
        for al in comparison.alignments
        if al.kind == "statement" and any(m.sentence == a for m in al.members)
    ]
    assert (Verdict.DIFFER, Conflict.OPPOSITE) in shown
    assert (Verdict.AGREE, None) not in shown


TRAPS = [
    # two subjects
    ("The mayor accepted the proposal.", "The treasurer rejected the proposal."),
    # one subject, two moments
    (
        "Shares of the airline rose sharply on Monday.",
        "Shares of the airline fell sharply on Friday.",
    ),
    # nothing after the verbs in common: two acts of one ship
    ("The frigate closed in and ordered them to stop.", "The frigate opened fire on the skiff."),
    # a noun is no predicate ("a budget gap" is no opening)
    (
        "The council approved the budget, closing a projected shortfall.",
        "The budget plan eliminates a budget gap projected at the start of the year.",
    ),
    # a state then and a state now, read from the verbs' forms
    ("The painter lived in Lisbon for a decade.", "The painter dies in Lisbon, aged 90."),
    # a passive's long subject is not all in the other's object
    (
        "She left a clinic in Oslo that was approved by doctors and the court.",
        "A doctor objected to the choice of clinic in Oslo.",
    ),
    # "did not win" and "lost" agree
    ("The Rovers did not win the final.", "The Rovers lost the final."),
]


@pytest.mark.parametrize(("a", "b"), TRAPS)
def test_two_facts_are_not_an_opposed_core(a, b):
    assert opposed_core(a, b) is None
    assert opposed_core(b, a) is None
