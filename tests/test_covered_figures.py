"""A hedged figure that covers the other article's figure, both counting one thing,
is one fact told loosely (covered_figures). Sentences written here."""

from __future__ import annotations

from conftest import numbers_of

from compare import Verdict, compare_texts
from compare.align.covered_figures import covered_figure_pairs


def paired(a: str, b: str) -> list[tuple[str, str]]:
    numbers = numbers_of(a, b)
    return sorted((numbers[i].text, numbers[j].text) for _, i, j in covered_figure_pairs(numbers))


def test_a_bound_covering_the_other_figure_pairs_when_tied() -> None:
    a = "About 310,000 households lost power in the storm on the island."
    b = "The storm cut power to more than 300,000 on the island."
    assert paired(a, b) == [("About 310,000", "more than 300,000")]


def test_a_bound_the_other_figure_lies_outside_does_not_pair() -> None:
    a = "About 250,000 households lost power in the storm on the island."
    b = "The storm cut power to more than 300,000 on the island."
    assert paired(a, b) == []


def test_figures_with_nothing_tying_them_do_not_pair() -> None:
    a = "About 310,000 households are in the region."
    b = "More than 300,000 tickets were sold for the festival."
    assert paired(a, b) == []


def test_deaths_and_injuries_stay_apart() -> None:
    a = "More than 40 people were injured in the crash on the motorway."
    b = "The crash on the motorway killed 43 people."
    assert paired(a, b) == []


def test_two_figures_the_bound_covers_leave_it_unpaired() -> None:
    # which of the first article's figures is the other's?
    a = (
        "About 310,000 households lost power in the storm on the island. "
        "The storm left 305,000 households on the island without power for a day."
    )
    b = "The storm cut power to more than 300,000 on the island."
    assert paired(a, b) == []


def test_the_pair_is_shown_as_an_agreement() -> None:
    a = "About 310,000 households lost power in the storm on the island."
    b = "The storm cut power to more than 300,000 on the island."
    comparison = compare_texts({"a": a, "b": b})
    found = [
        (al.verdict, [m.text for m in al.members])
        for al in comparison.alignments
        if al.kind == "number"
    ]
    assert found == [(Verdict.AGREE, ["About 310,000", "more than 300,000"])]


def test_two_counted_nouns_are_two_things_whatever_the_sentences_share() -> None:
    a = "Ortiz has scored at least 105 runs for the club in each of his seasons."
    b = "Ortiz played a combined 157 games for the club."
    assert paired(a, b) == []


def test_spans_of_time_are_not_paired() -> None:
    a = "Captain Lowe was a 28-year veteran of the harbour police."
    b = "The harbour police station has stood on the quay for at least 10 years."
    assert paired(a, b) == []
