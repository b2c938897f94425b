"""A kind of people one sentence tells as its doers or its counted group, that the
other article never mentions, against people the other sentence tells there: no ✓
(people_unmentioned.py). Articles written for these tests."""

from __future__ import annotations

from compare import Comparison, compare_texts

PUBLISHED = "---\npublished: 2025-09-03\n---\n\n"


def compare(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})


def hall_told_alike(comparison: Comparison) -> bool:
    """Is the statement of the night in the hall shown ✓?"""
    return any(
        al.kind == "statement"
        and al.verdict.value == "agree"
        and all("hall" in m.text for m in al.members)
        for al in comparison.alignments
    )


FLOOD_A = (
    "The river burst its banks at Tellmoor on Sunday night. "
    "About 400 people spent Sunday night in the Tellmoor village hall after the river"
    " flooded. "
    "Residents said the water came up within an hour."
)


def flood_b(doers: str) -> str:
    """The other outlet's telling, its doers called by the word given."""
    return (
        "Floodwater swept through Tellmoor late on Sunday. "
        f"Some 400 {doers} spent Sunday night in the Tellmoor village hall when the river"
        " flooded. The council opened a rest centre."
    )


def test_a_kind_of_people_the_other_article_never_names_shows_no_tick() -> None:
    assert not hall_told_alike(compare(FLOOD_A, flood_b("soldiers")))


def test_a_kind_the_other_article_names_elsewhere_still_agrees() -> None:
    assert hall_told_alike(compare(FLOOD_A, flood_b("residents")))


def test_a_kind_of_the_same_family_in_the_other_article_still_agrees() -> None:
    assert hall_told_alike(compare(FLOOD_A, flood_b("locals")))
