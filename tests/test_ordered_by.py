"""Who ordered an act, told actively ("X told the schools to shut") or passively
("the schools were shut on the orders of Y"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts
from compare.align.ordered_by import orders, orders_apart


def _statements(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


@pytest.mark.parametrize(
    ("sentence", "who", "verb"),
    [
        ("Governor Ana Ruiz told 40 clinics to suspend visits.", "Governor Ana Ruiz", "suspend"),
        ("The Harbour Board ordered the ferries to stay in port.", "The Harbour Board", "stay"),
        ("Mayor Tom Bell ordered the beaches closed on Sunday.", "Mayor Tom Bell", "closed"),
        (
            "The beaches were closed on the orders of the Coast Guard.",
            "the Coast Guard",
            "closed",
        ),
        (
            "Twelve flights were cancelled at the request of the Civil Aviation Authority.",
            "the Civil Aviation Authority",
            "cancelled",
        ),
        (
            "The match was postponed on the instructions of the Premier League.",
            "the Premier League",
            "postponed",
        ),
    ],
)
def test_an_ordered_act_and_its_authority_are_read(sentence, who, verb):
    found = orders(sentence)
    assert [(o.who, o.verb) for o in found] == [(who, verb)]


APART = [
    (
        "Governor Ana Ruiz told 40 clinics in the valley to suspend visits for a week.",
        "40 clinics in the valley suspended visits for a week"
        " on the orders of the Harlow Health Trust.",
    ),
    (
        "Mayor Tom Bell ordered the north beaches closed after the shark sighting.",
        "The north beaches were closed after the shark sighting on the orders of the Coast Guard.",
    ),
    (
        "The Premier League told Dunmore Rovers to postpone the derby.",
        "The derby was postponed at the request of Essex Police.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_one_act_ordered_by_two_named_authorities_is_an_actor_conflict(a, b):
    found = orders_apart(a, b)
    assert found is not None and found.conflict == Conflict.ACTOR and not found.unpaired
    assert (Verdict.AGREE, None) not in _statements(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same authority, told with its title or its full name
        (
            "Mayor Tom Bell ordered the north beaches closed after the shark sighting.",
            "The north beaches were closed on the orders of Mayor Tom Bell.",
        ),
        (
            "Bell ordered the north beaches closed after the shark sighting.",
            "The north beaches were closed on the orders of Mayor Tom Bell.",
        ),
        # two acts: what was closed differs
        (
            "Mayor Tom Bell ordered the north beaches closed after the shark sighting.",
            "The harbour pools were closed on the orders of the Coast Guard.",
        ),
        # no order credited on one side
        (
            "Mayor Tom Bell ordered the north beaches closed after the shark sighting.",
            "The north beaches were closed after the shark sighting.",
        ),
    ],
)
def test_one_authority_two_acts_or_no_order_is_no_conflict(a, b):
    assert orders_apart(a, b) is None


def test_an_authority_one_side_does_not_name_is_no_agreement():
    a = "The government told 38 schools in fire-prone areas to shut for the day."
    b = "38 schools in fire-prone areas were shut on the orders of the Country Fire Service."
    found = orders_apart(a, b)
    assert found is not None and found.unpaired  # neither a ✓ nor a finding
    assert (Verdict.AGREE, None) not in _statements(a, b)
    assert (Verdict.DIFFER, Conflict.ACTOR) not in _statements(a, b)


FILLER_A = "The weather was mild for the time of year. Shops reported a busy afternoon. "
FILLER_B = "Traffic was light in the centre. The council thanked residents for their patience. "


@pytest.mark.parametrize(("a", "b"), APART[:2])
def test_shown_as_an_actor_conflict_among_other_sentences(a, b):
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    shown = [
        (al.verdict, al.conflict)
        for al in comparison.alignments
        if al.kind == "statement" and any(m.sentence == a for m in al.members)
    ]
    assert shown == [(Verdict.DIFFER, Conflict.ACTOR)]
