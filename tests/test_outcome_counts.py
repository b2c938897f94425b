"""Two figures of one counted noun and one outcome (the hurt, the dead, the held)
say what they count as well as one event verb does (compare.align.numbers): far
apart, they are a figure conflict. Sentences written here, each pair's articles
holding another count of the hurt, so that neither is its article's only one."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts

FILLER_A = "A second fire in Dunmore left two people injured and one person dead."
FILLER_B = "In Dunmore, two people were hurt and one person died in a smaller fire that night."


def _figure_conflicts(a: str, b: str) -> list[tuple[str, ...]]:
    comparison = compare_texts({"a": f"{a}\n\n{FILLER_A}", "b": f"{b}\n\n{FILLER_B}"})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER
    ]


ONE_COUNT = [
    (
        "Nine people were taken to hospital after the blast on Carr Street.",
        "Fourteen people were treated in hospital, ambulance staff on Carr Street said.",
        ("Nine", "Fourteen"),
    ),
    (
        "Seven people were taken to hospital with burns after the Carr Street fire.",
        "Twelve people were treated in hospital for burns, ambulance staff said.",
        ("Seven", "Twelve"),
    ),
]


@pytest.mark.parametrize(("a", "b", "figures"), ONE_COUNT)
def test_one_outcome_of_one_counted_noun_is_one_count(
    a: str, b: str, figures: tuple[str, str]
) -> None:
    assert figures in _figure_conflicts(a, b)


TWO_FACTS = [
    # the dead and the hurt
    (
        "Nine people were killed in the blast on Carr Street, police said.",
        "Fourteen people were treated in hospital after the blast on Carr Street.",
    ),
    # a part and the whole
    (
        "Nine of the people hurt on Carr Street were taken to hospital.",
        "Fourteen people were hurt in the blast on Carr Street, police said.",
    ),
    # another year's blast
    (
        "In 2019, nine people were taken to hospital after a blast on Carr Street.",
        "Fourteen people were treated in hospital after the blast on Carr Street.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_two_facts_stay_apart(a: str, b: str) -> None:
    assert _figure_conflicts(a, b) == []
